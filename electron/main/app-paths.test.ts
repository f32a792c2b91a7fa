import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstRunCorpora, readLaunchOptions } from './app-paths';

describe('readLaunchOptions', () => {
  it('takes --data-dir and repeated --corpus among Electron’s own switches', () => {
    const argv = [
      '.',
      '--no-sandbox',
      '--data-dir',
      '/tmp/p',
      '--corpus=/a',
      '--corpus',
      '/b',
      '--inspect=9229',
    ];
    expect(readLaunchOptions(argv, {})).toEqual({ dataDir: '/tmp/p', corpora: ['/a', '/b'] });
  });

  it('falls back to PARLEY_DATA_DIR, then to Electron’s userData (null)', () => {
    expect(readLaunchOptions(['.'], { PARLEY_DATA_DIR: '/tmp/e2e' }).dataDir).toBe('/tmp/e2e');
    expect(readLaunchOptions(['.'], { PARLEY_DATA_DIR: '' }).dataDir).toBeNull();
    expect(readLaunchOptions(['--data-dir', '/x'], { PARLEY_DATA_DIR: '/y' }).dataDir).toBe('/x');
  });

  it('makes relative paths absolute', () => {
    expect(readLaunchOptions(['--data-dir', 'profile'], {}).dataDir).toBe(resolve('profile'));
  });
});

describe('firstRunCorpora', () => {
  const none = { dataDir: null, corpora: [] };

  it('uses the seeds shipped beside app.asar when packaged', () => {
    expect(
      firstRunCorpora(none, { isPackaged: true, resourcesPath: '/opt/Parley/resources' }),
    ).toEqual(['/opt/Parley/resources/seeds']);
  });

  it('leaves development runs to the workbench default and honours --corpus', () => {
    expect(firstRunCorpora(none, { isPackaged: false, resourcesPath: '/x' })).toBeUndefined();
    expect(
      firstRunCorpora(
        { dataDir: null, corpora: ['/a'] },
        { isPackaged: true, resourcesPath: '/x' },
      ),
    ).toEqual(['/a']);
  });
});
