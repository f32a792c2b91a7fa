import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { saveMatrixExport } from './save-export';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'parley-matrix-save-'));
  dirs.push(dir);
  return dir;
};

describe('saving the matrix export through the host dialog', () => {
  it('writes the export where the dialog points, offering the suggested name', async () => {
    const dir = await tempDir();
    const target = join(dir, 'matrix.csv');
    const asked: [string, string, string][] = [];
    const saved = await saveMatrixExport(
      (format, name, title) => {
        asked.push([format, name, title]);
        return Promise.resolve(target);
      },
      'csv',
      'parley-matrix-as-of-2024-12-01.csv',
      () => Promise.resolve('party,issue\nRussia,Crimea\n'),
    );
    expect(saved).toBe(target);
    expect(asked).toEqual([
      ['csv', 'parley-matrix-as-of-2024-12-01.csv', 'Export position matrix'],
    ]);
    expect(await readFile(target, 'utf8')).toBe('party,issue\nRussia,Crimea\n');
    expect(await readdir(dir)).toEqual(['matrix.csv']);
  });

  it('writes nothing, and reads no export, when the analyst cancels or the host has no dialog', async () => {
    let read = 0;
    const contents = () => {
      read += 1;
      return Promise.resolve('{}');
    };
    expect(await saveMatrixExport(() => Promise.resolve(null), 'json', 'm.json', contents)).toBe(
      null,
    );
    expect(await saveMatrixExport(undefined, 'json', 'm.json', contents)).toBeNull();
    expect(read).toBe(0);
  });

  it('replaces an earlier file whole, and a failed write leaves it and no half-written file', async () => {
    const dir = await tempDir();
    const target = join(dir, 'matrix.json');
    await writeFile(target, 'earlier');
    const pick = () => Promise.resolve(target);
    await expect(
      saveMatrixExport(pick, 'json', 'm.json', () => Promise.reject(new Error('no matrix'))),
    ).rejects.toThrow('no matrix');
    expect(await readFile(target, 'utf8')).toBe('earlier');

    // A folder where the file should go: the rename fails, the temporary file goes.
    const taken = join(dir, 'taken');
    await mkdir(taken);
    await expect(
      saveMatrixExport(
        () => Promise.resolve(taken),
        'json',
        'm.json',
        () => Promise.resolve('{}'),
      ),
    ).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['matrix.json', 'taken']);
    expect(await readdir(taken)).toEqual([]);

    await saveMatrixExport(pick, 'json', 'm.json', () => Promise.resolve('{"cells":[]}'));
    expect(await readFile(target, 'utf8')).toBe('{"cells":[]}');
    expect((await readdir(dir)).sort()).toEqual(['matrix.json', 'taken']);
  });
});
