// Issue #8: the index must not keep files that no longer exist — renamed or deleted subfolders
// (updateFiles with a folder's path) and folders that vanished (refresh).
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ShardedSearchLibrary } from './index';
import { cleanUp, openLibrary, tempDir } from './test-support';

afterEach(cleanUp);

function open(): ShardedSearchLibrary {
  // Small shards, so a subfolder's files are spread over several of them.
  return openLibrary({ cacheDir: tempDir('cache'), shardSize: 8 });
}

/** Writes `count` articles about a ferry under `dir` (relative to `folder`). */
function ferryStories(folder: string, dir: string, count: number): void {
  mkdirSync(join(folder, dir), { recursive: true });
  for (let i = 0; i < count; i++)
    writeFileSync(
      join(folder, dir, `story-${i}.txt`),
      `Story ${i}\n\nThe ferry crossed at ${i}.\n`,
    );
}

const ferryPaths = (library: ShardedSearchLibrary): string[] =>
  library
    .search({ text: 'ferry', limit: 1_000 })
    .hits.map((hit) => hit.path)
    .sort();

describe('a subfolder that is renamed or deleted (updateFiles)', () => {
  it('ends a rename with exactly the files on disk: old paths gone, new ones searchable', async () => {
    const folder = tempDir('renamed');
    ferryStories(folder, 'a', 30);
    writeFileSync(join(folder, 'top.txt'), 'Top\n\nA note about the harbour.\n');
    const library = open();
    const before = await library.addFolder(folder);
    expect(before.articles).toHaveLength(31);
    const oldIds = before.articles.filter((a) => a.path.startsWith('a/')).map((a) => a.id);

    renameSync(join(folder, 'a'), join(folder, 'b'));
    // Only the two folders' own paths: the library must rescan them, not wait for every file.
    await library.updateFiles(folder, ['a', 'b']);

    const after = library.folders()[0]!;
    expect(after.articles).toHaveLength(31);
    expect(ferryPaths(library)).toHaveLength(30);
    expect(ferryPaths(library).every((p) => p.startsWith('b/'))).toBe(true);
    for (const id of oldIds) expect(await library.getArticle(id)).toBeNull();
    const moved = after.articles.find((a) => a.path === 'b/story-7.txt')!;
    expect((await library.getArticle(moved.id))?.text).toContain('The ferry crossed at 7.');
  });

  it('drops every article of a deleted subfolder, and its skipped files', async () => {
    const folder = tempDir('deleted');
    ferryStories(folder, 'sub', 20);
    ferryStories(folder, 'keep', 3);
    writeFileSync(join(folder, 'sub', 'notes.pdf'), 'not an article');
    const library = open();
    await library.addFolder(folder);
    expect(ferryPaths(library)).toHaveLength(23);

    rmSync(join(folder, 'sub'), { recursive: true });
    await library.updateFiles(folder, ['sub']);

    expect(ferryPaths(library)).toEqual([
      'keep/story-0.txt',
      'keep/story-1.txt',
      'keep/story-2.txt',
    ]);
    expect(library.folders()[0]!.skipped).toEqual([]);
  });

  it('indexes a subfolder that appears, by its own path', async () => {
    const folder = tempDir('appeared');
    writeFileSync(join(folder, 'top.txt'), 'Top\n\nA note about the harbour.\n');
    const library = open();
    await library.addFolder(folder);
    ferryStories(folder, 'new/deeper', 5);
    mkdirSync(join(folder, 'new', '.cache'));
    writeFileSync(join(folder, 'new', '.cache', 'hidden.txt'), 'Hidden\n\nThe ferry.\n');
    await library.updateFiles(folder, ['new']);
    expect(ferryPaths(library)).toHaveLength(5);
    expect(library.folders()[0]!.skipped).toEqual([
      { path: 'new/.cache', reason: 'hidden folder' },
    ]);
  });
});

describe('a registered folder that no longer exists', () => {
  it('drops all its articles on refresh, stays registered, and serves them again once back', async () => {
    const parent = tempDir('vanishing');
    const folder = join(parent, 'corpus');
    ferryStories(folder, '.', 20);
    const library = open();
    const { articles } = await library.addFolder(folder);
    expect(articles).toHaveLength(20);

    rmSync(folder, { recursive: true });
    await expect(library.refresh(folder)).rejects.toMatchObject({ code: 'not-found' });
    expect(ferryPaths(library)).toEqual([]);
    expect(await library.getArticle(articles[0]!.id)).toBeNull();
    expect(library.folders()).toEqual([{ folder, articles: [], skipped: [] }]);

    ferryStories(folder, '.', 20);
    writeFileSync(join(folder, 'extra.txt'), 'Extra\n\nOne more ferry.\n');
    await library.refresh(folder);
    expect(ferryPaths(library)).toHaveLength(21);
    expect((await library.getArticle(articles[0]!.id))?.text).toContain('The ferry crossed');
  });

  it('drops all its articles when a change is reported after it was deleted', async () => {
    const parent = tempDir('vanishing');
    const folder = join(parent, 'corpus');
    ferryStories(folder, 'sub', 10);
    const library = open();
    await library.addFolder(folder);
    rmSync(folder, { recursive: true });
    await expect(library.updateFiles(folder, ['sub/story-1.txt'])).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(ferryPaths(library)).toEqual([]);
  });
});
