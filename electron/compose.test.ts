import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CorpusFolder } from '../shared/corpus';
import {
  seedsDir,
  fakeLibrary,
  tempDir,
  compose,
  open,
  folderWith,
  cleanUp,
  type FakeLibrary,
} from './compose-test-support';

afterEach(cleanUp);

describe('composeApp', () => {
  it('registers the app seeds on a fresh data dir and records them in Default.parley', async () => {
    const dataDir = await tempDir();
    const { wb, lib } = await open({ dataDir });
    await wb.idle();
    expect(await wb.call('corpus:list')).toEqual([
      { path: seedsDir, name: 'seeds', articleCount: 5, skipped: [] },
    ]);
    const info = await wb.call('workspace:info');
    expect(info).toMatchObject({ file: join(dataDir, 'Default.parley'), name: 'Default' });
    expect(info.problem).toBeNull();
    expect(info.folders.map((f) => f.path)).toEqual([seedsDir]);
    // Seeding is not an edit: the analyst's first Ctrl+Z must not drop the sample corpus.
    expect(info.undoLabel).toBeNull();
    expect(lib.options.cacheDir).toBe(join(dataDir, 'index-cache'));
  });

  it('moves the folders of an older settings.json into the default workspace once', async () => {
    const dataDir = await tempDir();
    const a = await folderWith({ 'a.txt': 'x' });
    const b = await folderWith({ 'b.txt': 'y' });
    await writeFile(
      join(dataDir, 'settings.json'),
      JSON.stringify({ version: 1, folders: [b, a] }),
    );
    const first = await open({ dataDir });
    expect((await first.wb.call('corpus:list')).map((c) => c.path)).toEqual([b, a]);
    await first.wb.close();
    const saved = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')) as {
      folders: string[];
    };
    expect(saved.folders).toEqual([]);
    const second = await open({ dataDir });
    expect((await second.wb.call('corpus:list')).map((c) => c.path)).toEqual([b, a]);
  });

  it('registers the given first-run corpora instead of the seeds', async () => {
    const corpus = await folderWith({ 'a.txt': 'x', 'b.txt': 'y' });
    const { wb } = await open({ dataDir: await tempDir(), corpora: [corpus] });
    await wb.idle();
    expect((await wb.call('corpus:list')).map((c) => [c.path, c.articleCount])).toEqual([
      [corpus, 2],
    ]);
  });

  it('keeps the analyst’s folders on the next start rather than re-adding the seeds', async () => {
    const dataDir = await tempDir();
    const corpus = await folderWith({ 'a.txt': 'x' });
    const first = await open({ dataDir });
    await first.wb.call('corpus:remove', { path: seedsDir });
    await first.wb.call('corpus:add', { path: corpus });
    await first.wb.close();
    const second = await open({ dataDir, corpora: ['/elsewhere'] });
    expect((await second.wb.call('corpus:list')).map((c) => c.path)).toEqual([corpus]);
  });

  it('answers calls while the first indexing is still running', async () => {
    const dataDir = await tempDir();
    let release = (): void => undefined;
    let lib: FakeLibrary | null = null;
    const wb = await compose(
      (o) => {
        lib = fakeLibrary(o);
        lib.gate = new Promise((r) => (release = r));
        return lib;
      },
      { dataDir },
    );
    expect((await wb.call('search:query', { text: 'crimea' })).total).toBe(0);
    expect((await wb.call('index:status')).phase).toBe('scanning');
    expect((await wb.call('corpus:list'))[0]?.articleCount).toBe(0);
    release();
    await wb.idle();
    expect((await wb.call('search:query', { text: 'crimea' })).total).toBe(5);
    expect((await wb.call('index:status')).phase).toBe('done');
  });

  it('pushes progress and corpus changes to listeners, and stops when unsubscribed', async () => {
    const corpus = await folderWith({ 'a.txt': 'x' });
    const { wb } = await open({ dataDir: await tempDir(), corpora: [] });
    const phases: string[] = [];
    const lists: CorpusFolder[][] = [];
    wb.events.on('index:progress', (p) => phases.push(p.phase));
    const off = wb.events.on('corpus:changed', (list) => lists.push(list));
    await wb.call('corpus:add', { path: corpus });
    await wb.idle();
    expect(phases).toEqual(['scanning', 'done']);
    expect(lists.map((l) => l.map((c) => c.articleCount))).toEqual([[0], [1]]);
    off();
    await wb.call('corpus:reindex');
    expect(lists).toHaveLength(2);
  });

  it('explains why a folder cannot be added', async () => {
    const corpus = await folderWith({ 'a.txt': 'x' });
    const { wb } = await open({ dataDir: await tempDir(), corpora: [corpus] });
    await expect(wb.call('corpus:add', { path: join(corpus, 'missing') })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(wb.call('corpus:add', { path: join(corpus, 'a.txt') })).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(wb.call('corpus:add', { path: `${corpus}/./` })).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(wb.call('corpus:remove', { path: '/not/registered' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('refuses system folders and its own data, and asks before a very large folder', async () => {
    const dataDir = await tempDir();
    const big = await folderWith(
      Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`a${i}.txt`, `story ${i}`])),
    );
    const wb = await compose(fakeLibrary, { dataDir, corpora: [], largeFolderFiles: 5 });
    for (const path of ['/', '/proc', '/etc', dataDir]) {
      await expect(wb.call('corpus:add', { path })).rejects.toMatchObject({ code: 'forbidden' });
    }
    await expect(wb.call('corpus:add', { path: big })).rejects.toMatchObject({
      code: 'needs-confirmation',
      message: expect.stringMatching(/more than 5 article files/) as string,
    });
    expect(await wb.call('corpus:list')).toEqual([]);
    await wb.call('corpus:add', { path: big, allowLarge: true });
    await wb.idle();
    expect((await wb.call('corpus:list')).map((f) => f.articleCount)).toEqual([6]);
  });

  it('unregisters a folder without touching its files', async () => {
    const corpus = await folderWith({ 'a.txt': 'x' });
    const dataDir = await tempDir();
    const { wb, lib } = await open({ dataDir, corpora: [corpus] });
    await wb.idle();
    expect(await wb.call('corpus:remove', { path: corpus })).toEqual([]);
    await wb.idle();
    expect(lib.calls).toContain(`remove ${corpus}`);
    expect(await readdir(corpus)).toEqual(['a.txt']);
    expect((await wb.call('workspace:info')).folders).toEqual([]);
  });

  it('keeps a folder that vanished between runs registered, with the reason shown', async () => {
    const dataDir = await tempDir();
    const gone = join(await tempDir(), 'unplugged-drive');
    await writeFile(
      join(dataDir, 'settings.json'),
      JSON.stringify({ version: 1, folders: [gone] }),
    );
    let lib: FakeLibrary | null = null;
    const wb = await compose(
      (o) => {
        lib = fakeLibrary(o);
        return lib;
      },
      { dataDir },
    );
    await wb.idle();
    const [entry] = await wb.call('corpus:list');
    expect(entry?.path).toBe(gone);
    expect(entry?.skipped[0]?.reason).toMatch(/^Could not index this folder: ENOENT/);
    await mkdir(gone);
    await writeFile(join(gone, 'a.txt'), 'back');
    await wb.call('corpus:reindex');
    expect((await wb.call('corpus:list'))[0]).toMatchObject({ articleCount: 1, skipped: [] });
  });

  it('sets a corrupt settings file aside and starts from the first-run folders', async () => {
    const dataDir = await tempDir();
    await writeFile(join(dataDir, 'settings.json'), '{"folders": [tru');
    const { wb } = await open({ dataDir });
    expect((await wb.call('corpus:list')).map((c) => c.path)).toEqual([seedsDir]);
    const names = await readdir(dataDir);
    expect(names.some((n) => n.startsWith('settings.json.corrupt-'))).toBe(true);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('opens an article with the ranges the query matches, and reports unknown ids', async () => {
    const { wb } = await open({ dataDir: await tempDir() });
    const article = await wb.call('article:get', { id: 'k:a.txt', query: 'freeze' });
    expect(article.highlights).toEqual([{ start: 17, end: 23 }]);
    expect((await wb.call('article:get', { id: 'k:a.txt' })).highlights).toEqual([]);
    await expect(wb.call('article:get', { id: 'k:none' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('re-indexes just the files that change in a watched folder', async () => {
    const corpus = await folderWith({ 'a.txt': 'x' });
    const { wb, lib } = await open({ dataDir: await tempDir(), corpora: [corpus], watch: true });
    await wb.idle();
    const changed = new Promise<CorpusFolder[]>((r) => wb.events.on('corpus:changed', r));
    await writeFile(join(corpus, 'b.txt'), 'new');
    await writeFile(join(corpus, 'c.txt'), 'newer');
    const list = await changed;
    expect(list[0]?.articleCount).toBe(3);
    expect(lib.calls.filter((c) => c.startsWith('update'))).toEqual([
      `update ${corpus} b.txt,c.txt`,
    ]);
  });

  it('closes the library once and ignores later work', async () => {
    const { wb, lib } = await open({ dataDir: await tempDir() });
    await wb.close();
    await wb.close();
    expect(lib.calls.filter((c) => c === 'close')).toHaveLength(1);
  });
});
