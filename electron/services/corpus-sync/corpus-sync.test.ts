// Live folder watching over the real search library (issue #8): what the analyst sees after a
// subfolder is renamed or deleted, and after a watched folder disappears and comes back.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CorpusFolder } from '../../../shared/corpus';
import { cleanUp, compose, tempDir, type TestApp } from '../../compose-test-support';
import { createSearchLibrary } from '../search';

afterEach(cleanUp);

/** Writes `count` articles about a ferry into `dir`. */
function ferryStories(dir: string, count: number, from = 0): void {
  mkdirSync(dir, { recursive: true });
  for (let i = from; i < from + count; i++)
    writeFileSync(join(dir, `story-${i}.txt`), `Story ${i}\n\nThe ferry crossed at ${i}.\n`);
}

/** The app over the real library, watching `corpus` with a short quiet period. */
async function watching(corpus: string): Promise<TestApp> {
  const wb = await compose(createSearchLibrary, {
    dataDir: await tempDir(),
    corpora: [corpus],
    watch: true,
    watchDebounceMs: 50,
    workers: 1,
  });
  await wb.idle();
  return wb;
}

/** Resolves with the first corpus:changed push (from now on) whose first folder holds `count` articles. */
function pushWith(wb: TestApp, count: number): Promise<CorpusFolder> {
  return new Promise((resolve) => {
    const off = wb.events.on('corpus:changed', (list) => {
      if (list[0]?.articleCount !== count) return;
      off();
      resolve(list[0]);
    });
  });
}

async function ferryHits(wb: TestApp): Promise<{ id: string; path: string }[]> {
  const result = await wb.call('search:query', { text: 'ferry', limit: 1_000 });
  return result.hits.map(({ id, path }) => ({ id, path }));
}

async function expectGone(wb: TestApp, ids: string[]): Promise<void> {
  for (const id of ids)
    await expect(wb.call('article:get', { id })).rejects.toMatchObject({ code: 'not-found' });
}

describe('a watched folder', () => {
  it('ends the rename of a 30-file subfolder with exactly its 30 files, the old ones gone', async () => {
    const corpus = await tempDir();
    ferryStories(join(corpus, 'a'), 30);
    const wb = await watching(corpus);
    const before = await ferryHits(wb);
    expect(before).toHaveLength(30);

    const settled = pushWith(wb, 30);
    renameSync(join(corpus, 'a'), join(corpus, 'b'));
    await settled;
    await wb.idle();

    expect((await wb.call('corpus:list'))[0]?.articleCount).toBe(30);
    const after = await ferryHits(wb);
    expect(after).toHaveLength(30);
    expect(after.filter((hit) => hit.path.startsWith('b/'))).toHaveLength(30);
    await expectGone(
      wb,
      before.map((hit) => hit.id),
    );
    const moved = after[0]!;
    expect((await wb.call('article:get', { id: moved.id })).text).toContain('The ferry crossed');
  });

  it('drops every article of a 20-file subfolder removed with rm -rf', async () => {
    const corpus = await tempDir();
    ferryStories(join(corpus, 'sub'), 20);
    ferryStories(join(corpus, 'keep'), 5, 100);
    const wb = await watching(corpus);
    const removed = (await ferryHits(wb)).filter((hit) => hit.path.startsWith('sub/'));
    expect(removed).toHaveLength(20);

    const settled = pushWith(wb, 5);
    rmSync(join(corpus, 'sub'), { recursive: true, force: true });
    await settled;
    await wb.idle();

    const left = await ferryHits(wb);
    expect(left.filter((hit) => hit.path.startsWith('sub/'))).toHaveLength(0);
    expect(left).toHaveLength(5);
    await expectGone(
      wb,
      removed.map((hit) => hit.id),
    );
  });

  it('shows no hits of a deleted folder after a reindex, and its articles once it is back', async () => {
    const corpus = join(await tempDir(), 'corpus');
    ferryStories(corpus, 100);
    const wb = await watching(corpus);
    const before = await ferryHits(wb);
    expect(before).toHaveLength(100);

    const emptied = pushWith(wb, 0);
    rmSync(corpus, { recursive: true, force: true });
    await emptied;
    const [entry] = await wb.call('corpus:reindex');
    expect(entry).toMatchObject({ path: corpus, articleCount: 0 });
    expect(entry?.skipped[0]?.reason).toMatch(/^Could not index this folder: /);
    expect(await ferryHits(wb)).toEqual([]);
    await expectGone(wb, [before[0]!.id, before[99]!.id]);
    expect((await wb.call('workspace:info')).folders.map((f) => f.path)).toEqual([corpus]);

    ferryStories(corpus, 10);
    const [back] = await wb.call('corpus:reindex');
    expect(back).toMatchObject({ articleCount: 10, skipped: [] });
    expect(await ferryHits(wb)).toHaveLength(10);

    // The reindex watches the recreated folder again.
    const grown = pushWith(wb, 11);
    ferryStories(corpus, 1, 10);
    await grown;
    expect((await ferryHits(wb)).map((hit) => hit.path)).toContain('story-10.txt');
  });

  it('lists the sidecar and re-applies it when meta.csv is edited', async () => {
    const corpus = await tempDir();
    ferryStories(corpus, 2);
    writeFileSync(join(corpus, 'meta.csv'), 'file,outlet\nstory-0.txt,Ukrinform\n');
    const wb = await watching(corpus);
    const [entry] = await wb.call('corpus:list');
    expect(entry).toMatchObject({
      articleCount: 2,
      skipped: [],
      metadata: { file: 'meta.csv', files: 1, problems: [] },
    });
    expect((await wb.call('corpus:facets')).outlets).toEqual([{ name: 'Ukrinform', count: 1 }]);

    writeFileSync(
      join(corpus, 'meta.csv'),
      'file,outlet\nstory-0.txt,Interfax-Ukraine\nstory-1.txt,Interfax-Ukraine\n,\n',
    );
    await expect
      .poll(async () => (await wb.call('corpus:facets')).outlets)
      .toEqual([{ name: 'Interfax-Ukraine', count: 2 }]);
    const [after] = await wb.call('corpus:list');
    expect(after?.metadata).toEqual({
      file: 'meta.csv',
      files: 2,
      problems: ['meta.csv line 4: names no file'],
    });
  });
});
