import { describe, expect, it } from 'vitest';
import { browserOpener } from './open-browser';

describe('browserOpener', () => {
  it('uses the desktop’s opener, and none on a Linux machine without a display', () => {
    expect(browserOpener('linux', {})).toBeNull();
    expect(browserOpener('linux', { DISPLAY: ':0' })?.command).toBe('xdg-open');
    expect(browserOpener('linux', { WAYLAND_DISPLAY: 'wayland-0' })?.command).toBe('xdg-open');
    expect(browserOpener('darwin', {})?.command).toBe('open');
    expect(browserOpener('win32', {})?.args('http://x')).toEqual(['/c', 'start', '""', 'http://x']);
  });

  it('lets PARLEY_OPENER name the program, which gets the address', () => {
    const opener = browserOpener('linux', { PARLEY_OPENER: '/usr/bin/firefox' });
    expect(opener?.command).toBe('/usr/bin/firefox');
    expect(opener?.args('http://127.0.0.1:1/?token=t')).toEqual(['http://127.0.0.1:1/?token=t']);
  });
});
