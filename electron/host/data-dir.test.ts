import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './data-dir';

describe('defaultDataDir', () => {
  const home = '/home/ana';

  it('prefers an explicit PARLEY_DATA_DIR on every platform', () => {
    expect(defaultDataDir({ env: { PARLEY_DATA_DIR: '/tmp/p' }, platform: 'darwin', home })).toBe(
      '/tmp/p',
    );
  });

  it('follows XDG_DATA_HOME on Linux, and its default when unset or relative', () => {
    expect(defaultDataDir({ env: { XDG_DATA_HOME: '/data' }, platform: 'linux', home })).toBe(
      '/data/Parley',
    );
    expect(defaultDataDir({ env: {}, platform: 'linux', home })).toBe(
      '/home/ana/.local/share/Parley',
    );
    expect(defaultDataDir({ env: { XDG_DATA_HOME: 'rel' }, platform: 'linux', home })).toBe(
      '/home/ana/.local/share/Parley',
    );
  });

  it('uses Application Support on macOS and APPDATA on Windows', () => {
    expect(defaultDataDir({ env: {}, platform: 'darwin', home })).toBe(
      '/home/ana/Library/Application Support/Parley',
    );
    expect(defaultDataDir({ env: { APPDATA: '/roaming' }, platform: 'win32', home })).toBe(
      '/roaming/Parley',
    );
  });
});
