import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../shared/article';
import type { CorpusFolder } from '../../../shared/contract';
import type { FolderSummary, LibraryOptions, SearchLibrary } from '../search/library-types';
import { createWorkbenchWith, type Workbench } from './workbench';

const seedsDir = resolve(__dirname, '../../../seeds');

type FakeLibrary = SearchLibrary & {
  calls: string[];
  options: LibraryOptions;
  gate: Promise<void> | null;
};

/** An in-memory library: one article per file name, enough to watch the workbench drive it. */
function fakeLibrary(options: LibraryOptions): FakeLibrary {
  const folders = new Map<string, FolderSummary>();
  const scan = async (folder: string): Promise<FolderSummary> => {
    const names = await readdir(folder);
    const articles = names.map(
      (name) => ({ id: `k:${name}`, folder, path: name, title: name }) as ArticleMeta,
    );
    return { folder, articles, skipped: [] };
  };
  const lib: FakeLibrary = {
    calls: [],
    options,
    gate: null,
    async addFolder(folder) {
      lib.calls.push(`add ${folder}`);
      options.onProgress?.({
        phase: 'scanning',
        folder,
        scanned: 0,
        parsed: 0,
        indexed: 0,
        total: 0,
        skipped: 0,
      });
      if (lib.gate) await lib.gate;
      const summary = await scan(folder);
      folders.set(folder, summary);
      options.onProgress?.({
        phase: 'done',
        folder,
        scanned: 1,
        parsed: 1,
        indexed: 1,
        total: 1,
        skipped: 0,
      });
      return summary;
    },
    removeFolder(folder) {
      lib.calls.push(`remove ${folder}`);
      folders.delete(folder);
      return Promise.resolve();
    },
    async refresh(folder) {
      lib.calls.push(`refresh ${folder ?? '*'}`);
      const targets = folder ? [folder] : [...folders.keys()];
      for (const f of targets) folders.set(f, await scan(f));
      return [...folders.values()];
    },
    async updateFiles(folder, relPaths) {
      lib.calls.push(`update ${folder} ${[...relPaths].sort().join(',')}`);
      folders.set(folder, await scan(folder));
    },
    folders: () => [...folders.values()],
    search: (request) => ({
      query: request.text,
      notice: null,
      total: [...folders.values()].reduce((n, f) => n + f.articles.length, 0),
      hits: [],
    }),
    getArticle: (id) =>
      Promise.resolve(
        id === 'k:a.txt'
          ? ({ id, text: 'Putin offered to freeze the war', title: 'a' } as never)
          : null,
      ),
    highlight: (text, query) => {
      const start = text.indexOf(query);
      return start < 0 ? [] : [{ start, end: start + query.length }];
    },
    facets: () => ({ outlets: [], folders: [], earliest: null, latest: null }),
    close() {
      lib.calls.push('close');
      return Promise.resolve();
    },
  };
  return lib;
}

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0)) await fn();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-wb-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function open(options: {
  dataDir: string;
  corpora?: string[];
  watch?: boolean;
}): Promise<{ wb: Workbench; lib: FakeLibrary }> {
  let lib: FakeLibrary | null = null;
  const wb = await createWorkbenchWith((o) => (lib = fakeLibrary(o)), {
    watch: false,
    watchDebounceMs: 50,
    ...options,
  });
  cleanup.unshift(() => wb.close());
  return { wb, lib: lib as unknown as FakeLibrary };
}

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('createWorkbench', () => {
  it('registers the app seeds on a fresh data dir and remembers them in settings.json', async () => {
    const dataDir = await tempDir();
    const { wb, lib } = await open({ dataDir });
    await wb.idle();
    expect(wb.listCorpora()).toEqual([
      { path: seedsDir, name: 'seeds', articleCount: 5, skipped: [] },
    ]);
    const saved = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')) as {
      folders: string[];
    };
    expect(saved.folders).toEqual([seedsDir]);
    expect(lib.options.cacheDir).toBe(join(dataDir, 'index-cache'));
  });

  it('registers the given first-run corpora instead of the seeds', async () => {
    const corpus = await folderWith({ 'a.txt': 'x', 'b.txt': 'y' });
    const { wb } = await open({ dataDir: await tempDir(), corpora: [corpus] });
    await wb.idle();
    expect(wb.listCorpora().map((c) => [c.path, c.articleCount])).toEqual([[corpus, 2]]);
  });

  it('keeps the analyst’s folders on the next start rather than re-adding the seeds', async () => {
    const dataDir = await tempDir();
    const corpus = await folderWith({ 'a.txt': 'x' });
    const first = await open({ dataDir });
    await first.wb.removeCorpus(seedsDir);
    await first.wb.addCorpus(corpus);
    await first.wb.close();
    const second = await open({ dataDir, corpora: ['/elsewhere'] });
    expect(second.wb.listCorpora().map((c) => c.path)).toEqual([corpus]);
  });

  it('answers calls while the first indexing is still running', async () => {
    const dataDir = await tempDir();
    let release = (): void => undefined;
    let lib: FakeLibrary | null = null;
    const wb = await createWorkbenchWith(
      (o) => {
        lib = fakeLibrary(o);
        lib.gate = new Promise((r) => (release = r));
        return lib;
      },
      { dataDir, watch: false },
    );
    cleanup.unshift(() => wb.close());
    expect(wb.search({ text: 'crimea' }).total).toBe(0);
    expect(wb.indexStatus().phase).toBe('scanning');
    expect(wb.listCorpora()[0]?.articleCount).toBe(0);
    release();
    await wb.idle();
    expect(wb.search({ text: 'crimea' }).total).toBe(5);
    expect(wb.indexStatus().phase).toBe('done');
  });

  it('pushes progress and corpus changes to listeners, and stops when unsubscribed', async () => {
    const corpus = await folderWith({ 'a.txt': 'x' });
    const { wb } = await open({ dataDir: await tempDir(), corpora: [] });
    const phases: string[] = [];
    const lists: CorpusFolder[][] = [];
    wb.on('index:progress', (p) => phases.push(p.phase));
    const off = wb.on('corpus:changed', (list) => lists.push(list));
    await wb.addCorpus(corpus);
    await wb.idle();
    expect(phases).toEqual(['scanning', 'done']);
    expect(lists.map((l) => l.map((c) => c.articleCount))).toEqual([[0], [1]]);
    off();
    await wb.reindexCorpora();
    expect(lists).toHaveLength(2);
  });

  it('explains why a folder cannot be added', async () => {
    const corpus = await folderWith({ 'a.txt': 'x' });
    const { wb } = await open({ dataDir: await tempDir(), corpora: [corpus] });
    await expect(wb.addCorpus(join(corpus, 'missing'))).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(wb.addCorpus(join(corpus, 'a.txt'))).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(wb.addCorpus(`${corpus}/./`)).rejects.toMatchObject({ code: 'conflict' });
    await expect(wb.removeCorpus('/not/registered')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('unregisters a folder without touching its files', async () => {
    const corpus = await folderWith({ 'a.txt': 'x' });
    const dataDir = await tempDir();
    const { wb, lib } = await open({ dataDir, corpora: [corpus] });
    await wb.idle();
    expect(await wb.removeCorpus(corpus)).toEqual([]);
    await wb.idle();
    expect(lib.calls).toContain(`remove ${corpus}`);
    expect(await readdir(corpus)).toEqual(['a.txt']);
    const saved = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')) as {
      folders: string[];
    };
    expect(saved.folders).toEqual([]);
  });

  it('keeps a folder that vanished between runs registered, with the reason shown', async () => {
    const dataDir = await tempDir();
    const gone = join(await tempDir(), 'unplugged-drive');
    await writeFile(
      join(dataDir, 'settings.json'),
      JSON.stringify({ version: 1, folders: [gone] }),
    );
    let lib: FakeLibrary | null = null;
    const wb = await createWorkbenchWith(
      (o) => {
        lib = fakeLibrary(o);
        return lib;
      },
      { dataDir, watch: false },
    );
    cleanup.unshift(() => wb.close());
    await wb.idle();
    const [entry] = wb.listCorpora();
    expect(entry?.path).toBe(gone);
    expect(entry?.skipped[0]?.reason).toMatch(/^Could not index this folder: ENOENT/);
    await mkdir(gone);
    await writeFile(join(gone, 'a.txt'), 'back');
    await wb.reindexCorpora();
    expect(wb.listCorpora()[0]).toMatchObject({ articleCount: 1, skipped: [] });
  });

  it('sets a corrupt settings file aside and starts from the first-run folders', async () => {
    const dataDir = await tempDir();
    await writeFile(join(dataDir, 'settings.json'), '{"folders": [tru');
    const { wb } = await open({ dataDir });
    expect(wb.listCorpora().map((c) => c.path)).toEqual([seedsDir]);
    const names = await readdir(dataDir);
    expect(names.some((n) => n.startsWith('settings.json.corrupt-'))).toBe(true);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('opens an article with the ranges the query matches, and reports unknown ids', async () => {
    const { wb } = await open({ dataDir: await tempDir() });
    const article = await wb.getArticle('k:a.txt', 'freeze');
    expect(article.highlights).toEqual([{ start: 17, end: 23 }]);
    expect((await wb.getArticle('k:a.txt')).highlights).toEqual([]);
    await expect(wb.getArticle('k:none')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('re-indexes just the files that change in a watched folder', async () => {
    const corpus = await folderWith({ 'a.txt': 'x' });
    const { wb, lib } = await open({ dataDir: await tempDir(), corpora: [corpus], watch: true });
    await wb.idle();
    const changed = new Promise<CorpusFolder[]>((r) => wb.on('corpus:changed', r));
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
