import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { DomainError } from '../errors';
import { listFolder, listFolderInWorker, type FolderListing } from './folder-listing';
import { tempDir } from './test-support';

const script = path.resolve(__dirname, '../../../dist/electron/walk-worker.cjs');
const options = { maxFileBytes: 1 << 20 };

/** A folder with articles at two depths, a symlinked article, and files the walk skips. */
function folder(): string {
  const root = tempDir('parley-listing-');
  mkdirSync(path.join(root, 'wires', 'reuters'), { recursive: true });
  writeFileSync(path.join(root, 'a.txt'), 'Talks on Crimea resumed.');
  writeFileSync(path.join(root, 'wires', 'reuters', 'b.md'), '# Kyiv\n\nTalks.');
  writeFileSync(path.join(root, 'wires', 'c.html'), '<p>Empty</p>');
  writeFileSync(path.join(root, 'notes.pdf'), '%PDF');
  writeFileSync(path.join(root, '.hidden.txt'), 'x');
  symlinkSync(path.join(root, 'a.txt'), path.join(root, 'wires', 'alias.txt'));
  return root;
}

const inWorker = (root: string, signal?: AbortSignal): Promise<FolderListing> =>
  listFolderInWorker(
    script,
    { root, realRoot: root },
    { ...options, ...(signal ? { signal } : {}) },
  );

describe('listing a folder in a worker', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    warn.mockRestore();
  });

  it('finds the files and skips the walk on this thread finds, with their stats and real paths', async () => {
    const root = folder();
    const here = await listFolder(root, options);
    expect(here.files.map((f) => f.relPath)).toEqual([
      'a.txt',
      'wires/c.html',
      'wires/reuters/b.md',
    ]);
    expect(here.skipped.map((s) => s.path)).toEqual(
      expect.arrayContaining(['.hidden.txt', 'notes.pdf', 'wires/alias.txt']),
    );
    expect(await inWorker(root)).toEqual(here);
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps the real path of a file that is not where its relative path says', async () => {
    const root = tempDir('parley-listing-');
    const elsewhere = path.join(root, 'store');
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, 'x.txt'), 'Moved text.');
    symlinkSync(elsewhere, path.join(root, 'linked'));
    const listing = await inWorker(root);
    expect(listing.files.find((f) => f.relPath === 'linked/x.txt')?.absPath).toBe(
      path.join(elsewhere, 'x.txt'),
    );
    expect(listing).toEqual(await listFolder(root, options));
    expect(warn).not.toHaveBeenCalled();
  });

  it('rejects a missing folder with the walk’s own error', async () => {
    const missing = path.join(tempDir('parley-listing-'), 'gone');
    await expect(inWorker(missing)).rejects.toThrow(DomainError);
    await expect(inWorker(missing)).rejects.toMatchObject({ code: 'not-found' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('walks on this thread when the worker script is missing', async () => {
    const root = folder();
    const listing = await listFolderInWorker(
      path.join(tempDir('parley-listing-'), 'no-such-worker.cjs'),
      { root, realRoot: root },
      options,
    );
    expect(listing).toEqual(await listFolder(root, options));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('walk worker failed'));
  });

  it('stops when the scan is aborted', async () => {
    const abort = new AbortController();
    abort.abort(new Error('folder removed'));
    await expect(inWorker(folder(), abort.signal)).rejects.toThrow('folder removed');
  });
});
