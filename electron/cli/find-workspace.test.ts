import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findWorkspace, workspaceFolders } from './find-workspace';

let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('findWorkspace', () => {
  it('finds a bare name in Parley’s data folders, with or without .parley', async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-ws-'));
    await writeFile(join(dir, 'Default.parley'), '');
    expect(findWorkspace('Default', ['/nowhere', dir])).toBe(join(dir, 'Default.parley'));
    expect(findWorkspace('Default.parley', [dir])).toBe(join(dir, 'Default.parley'));
  });

  it('says where the default workspace lives when the name is not found', () => {
    expect(() => findWorkspace('my.parley', ['/data/a', '/data/b'])).toThrow(
      /my\.parley does not exist\. Nor is it in Parley’s data folders\. The app’s default workspace is \/data\/a\/Default\.parley or \/data\/b\/Default\.parley;/,
    );
  });

  it('looks in $PARLEY_DATA_DIR and, on Linux, the desktop app’s folder too', () => {
    expect(workspaceFolders({ PARLEY_DATA_DIR: '/p' }, 'linux', '/home/a')).toEqual([
      '/p',
      '/home/a/.config/Parley',
    ]);
    expect(workspaceFolders({}, 'linux', '/home/a')).toEqual([
      '/home/a/.local/share/Parley',
      '/home/a/.config/Parley',
    ]);
  });
});
