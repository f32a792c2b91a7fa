import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeArticleMeta } from '../shared/testing/article-fixtures';
import type { CorpusFolder } from '../shared/corpus';
import type { WorkspaceChange } from '../shared/workspace';
import { readArticle } from './services/corpus';
import type { FolderSummary, LibraryOptions, SearchLibrary } from './services/search/library-types';
import type { Channel, Input, Output } from '../shared/contract';
import { channels } from '../shared/contract';
import { dispatch, type HostHooks } from './services/handlers';
import { composeApp, type ComposedApp, type ComposeOptions } from './compose';

const seedsDir = resolve(__dirname, '../seeds');

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
    const articles = names.map((name) =>
      makeArticleMeta({ id: `k:${name}`, folder, path: name, title: name }),
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
    async getArticle(id) {
      // Articles of registered folders are read for real, so quotes can be pinned and verified.
      for (const summary of folders.values()) {
        const meta = summary.articles.find((a) => a.id === id);
        if (!meta) continue;
        const absPath = join(summary.folder, meta.path);
        const read = await readArticle(summary.folder, {
          relPath: meta.path,
          absPath,
          size: 0,
          mtimeMs: 0,
        });
        return read.ok ? { ...read.article, id } : null;
      }
      return id === 'k:a.txt'
        ? ({ id, text: 'Putin offered to freeze the war', title: 'a' } as never)
        : null;
    },
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

/** A composed app with a `call(channel, input?)` shorthand over its handler table. */
type TestApp = ComposedApp & {
  call<C extends Channel>(
    channel: C,
    ...input: Record<string, never> extends Input<C> ? [Input<C>?] : [Input<C>]
  ): Promise<Output<C>>;
};

const noHostHooks = { pickFolder: () => Promise.resolve(null) };

/** Composes the app over `createLibrary` the way both shells do, watching off unless asked. */
async function compose(
  createLibrary: (options: LibraryOptions) => SearchLibrary,
  options: Omit<ComposeOptions, 'hostHooks' | 'createLibrary'> & { hostHooks?: HostHooks },
): Promise<TestApp> {
  const app = await composeApp({ watch: false, hostHooks: noHostHooks, ...options, createLibrary });
  cleanup.unshift(() => app.close());
  return {
    ...app,
    call: (channel, ...[input]) =>
      (app.handlers[channel] as (input: unknown) => Promise<never>)(input ?? {}),
  };
}

async function open(options: {
  dataDir: string;
  corpora?: string[];
  watch?: boolean;
  hostHooks?: HostHooks;
}): Promise<{ wb: TestApp; lib: FakeLibrary }> {
  let lib: FakeLibrary | null = null;
  const wb = await compose((o) => (lib = fakeLibrary(o)), { watchDebounceMs: 50, ...options });
  return { wb, lib: lib as unknown as FakeLibrary };
}

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

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

const putin = 'Putin offered to freeze the war on the current line.';
const article = `Peace talks\n\nUkraine rejected the proposal. ${putin} Kyiv said no.\n`;

/** Pins the Putin sentence of a.txt in `corpus` and returns the quote id. */
async function pinPutin(wb: TestApp): Promise<string> {
  const text = (await wb.call('article:get', { id: 'k:a.txt' })).text;
  const start = text.indexOf(putin);
  expect(start).toBeGreaterThan(0);
  const quote = await wb.call('quote:pin', {
    articleId: 'k:a.txt',
    start,
    end: start + putin.length,
  });
  expect(quote).toMatchObject({ exact: putin, status: 'ok', existing: false });
  return quote.id;
}

function changes(wb: TestApp): WorkspaceChange[] {
  const seen: WorkspaceChange[] = [];
  wb.events.on('workspace:changed', (change) => seen.push(change));
  return seen;
}

describe('workbench workspaces and quotes', () => {
  it('pins, edits, undoes and redoes a quote, telling the renderer after each change', async () => {
    const corpus = await folderWith({ 'a.txt': article });
    const { wb } = await open({ dataDir: await tempDir(), corpora: [corpus] });
    await wb.idle();
    const seen = changes(wb);
    const id = await pinPutin(wb);
    await wb.call('quote:update', { id, tags: ['freeze'], grade: 2 });
    await wb.call('quote:update', { id, tags: ['freeze'] });
    expect(await wb.call('workspace:info')).toMatchObject({
      undoLabel: `Edit tags and grade of ${id}`,
    });
    expect((await wb.call('workspace:undo'))?.label).toBe(`Edit tags and grade of ${id}`);
    expect((await wb.call('quote:list'))[0]).toMatchObject({ tags: [], grade: null });
    expect((await wb.call('workspace:info')).redoLabel).toBe(`Edit tags and grade of ${id}`);
    await wb.call('workspace:redo');
    expect((await wb.call('quote:list'))[0]).toMatchObject({ tags: ['freeze'], grade: 2 });
    expect(seen.map(({ reason, label, areas }) => ({ reason, label, areas }))).toEqual([
      { reason: 'edit', label: `Pin ${id}`, areas: ['quotes'] },
      { reason: 'edit', label: `Edit tags and grade of ${id}`, areas: ['quotes'] },
      { reason: 'undo', label: `Edit tags and grade of ${id}`, areas: ['quotes'] },
      { reason: 'redo', label: `Edit tags and grade of ${id}`, areas: ['quotes'] },
    ]);
    // Each change carries the workspace as it stood right after it: no one needs workspace:info.
    expect(seen.map((c) => [c.state.undoLabel, c.state.redoLabel])).toEqual([
      [`Pin ${id}`, null],
      [`Edit tags and grade of ${id}`, null],
      [`Pin ${id}`, `Edit tags and grade of ${id}`],
      [`Edit tags and grade of ${id}`, null],
    ]);
    const again = await wb
      .call('quote:pin', { articleId: 'k:a.txt', start: 0, end: 5000 })
      .catch((e: unknown) => e);
    expect(again).toMatchObject({ code: 'invalid-input' });
    await expect(wb.call('quote:delete', { id: 'Q99' })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(
      wb.call('quote:pin', { articleId: 'k:none', start: 0, end: 3 }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(await wb.call('quote:citation', { id })).toBe(
      `> "${putin}" — Unknown outlet, "Peace talks", undated [${id}]`,
    );
    expect((await wb.call('quote:export', { format: 'csv' })).split('\r\n')[0]).toBe(
      'id,exact,speaker,tags,note,grade,status,outlet,title,published,path,start,end,hash',
    );
  });

  it('undoes adding a folder by unregistering it from the search library', async () => {
    const corpus = await folderWith({ 'a.txt': 'x' });
    const { wb, lib } = await open({ dataDir: await tempDir(), corpora: [] });
    await wb.call('corpus:add', { path: corpus });
    await wb.idle();
    expect((await wb.call('workspace:undo'))?.label).toBe(`Add folder ${basename(corpus)}`);
    await wb.idle();
    expect(await wb.call('corpus:list')).toEqual([]);
    expect(lib.calls).toContain(`remove ${corpus}`);
    await wb.call('workspace:redo');
    await wb.idle();
    expect((await wb.call('corpus:list')).map((c) => [c.path, c.articleCount])).toEqual([
      [corpus, 1],
    ]);
  });

  it('re-registers the folders of the workspace it opens, and restores them on the way back', async () => {
    const dataDir = await tempDir();
    const seeds = await folderWith({ 'a.txt': article });
    const other = await folderWith({ 'b.txt': 'y' });
    const { wb, lib } = await open({ dataDir, corpora: [seeds] });
    await wb.idle();
    const id = await pinPutin(wb);
    const created = await wb.call('workspace:new', { file: 'Crimea' });
    expect(created).toMatchObject({
      name: 'Crimea',
      file: join(dataDir, 'Crimea.parley'),
      folders: [],
    });
    expect(await wb.call('quote:list')).toEqual([]);
    await wb.idle();
    expect(await wb.call('corpus:list')).toEqual([]);
    expect(lib.calls).toContain(`remove ${seeds}`);
    await wb.call('corpus:add', { path: other });
    await expect(wb.call('workspace:new', { file: 'Crimea.parley' })).rejects.toMatchObject({
      code: 'conflict',
    });
    const back = await wb.call('workspace:open', { file: join(dataDir, 'Default.parley') });
    expect(back).toMatchObject({ name: 'Default', problem: null });
    await wb.idle();
    expect((await wb.call('corpus:list')).map((c) => c.path)).toEqual([seeds]);
    expect((await wb.call('quote:list')).map((q) => q.id)).toEqual([id]);
    expect((await wb.call('workspace:recent')).map((r) => r.name)).toEqual(['Default', 'Crimea']);
    await expect(
      wb.call('workspace:open', { file: join(dataDir, 'missing.parley') }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
    expect((await wb.call('workspace:info')).name).toBe('Default');
  });

  it('saves the workspace as a copy and carries on in the copy', async () => {
    const dataDir = await tempDir();
    const corpus = await folderWith({ 'a.txt': article });
    const { wb } = await open({ dataDir, corpora: [corpus] });
    await wb.idle();
    const id = await pinPutin(wb);
    const elsewhere = join(await tempDir(), 'Brief');
    const copy = await wb.call('workspace:save-as', { file: elsewhere });
    expect(copy).toMatchObject({ file: `${elsewhere}.parley`, problem: null });
    expect(await wb.call('quote:list')).toHaveLength(1);
    expect(copy.folders.map((f) => f.path)).toEqual([corpus]);
    await wb.call('quote:delete', { id });
    await expect(wb.call('workspace:save-as', { file: elsewhere })).rejects.toMatchObject({
      code: 'conflict',
    });
    await wb.call('workspace:open', { file: 'Default' });
    // Opening the workspace that is already open is a no-op, and the copy's delete left it alone.
    await expect(
      wb.call('workspace:open', { file: join(dataDir, 'Default.parley') }),
    ).resolves.toMatchObject({ name: 'Default' });
    expect(await wb.call('quote:list')).toHaveLength(1);
    await wb.call('workspace:save-as', { file: `${elsewhere}.parley`, overwrite: true });
    await wb.close();
    // The next start reopens the workspace the analyst was in.
    const next = await open({ dataDir });
    expect(await next.wb.call('workspace:info')).toMatchObject({ file: `${elsewhere}.parley` });
    expect(await next.wb.call('quote:list')).toHaveLength(1);
  });

  it('starts in a problem state on a damaged workspace and recovers it from the latest backup', async () => {
    const dataDir = await tempDir();
    const corpus = await folderWith({ 'a.txt': article });
    const first = await open({ dataDir, corpora: [corpus] });
    await first.wb.idle();
    const id = await pinPutin(first.wb);
    await first.wb.close();
    // The second open of an existing workspace writes the first automatic backup.
    const second = await open({ dataDir });
    expect(await second.wb.call('workspace:backups')).toHaveLength(1);
    await second.wb.close();
    const file = join(dataDir, 'Default.parley');
    const damaged = Buffer.from('this is not a database at all');
    await writeFile(file, damaged);

    const { wb, lib } = await open({ dataDir });
    await wb.idle();
    const state = await wb.call('workspace:info');
    expect(state.problem).toMatchObject({ code: 'corrupt', file });
    expect(state.problem?.message).toMatch(/damaged and was not opened/);
    expect(state.problem?.backups).toHaveLength(1);
    expect(state).toMatchObject({ folders: [], undoLabel: null });
    expect(await wb.call('corpus:list')).toEqual([]);
    expect(lib.calls.filter((c) => c.startsWith('add'))).toEqual([]);
    await expect(wb.call('quote:list')).rejects.toMatchObject({ code: 'corrupt' });
    expect(await readFile(file)).toEqual(damaged);

    await expect(
      wb.call('workspace:restore', { backup: '/etc/passwd', file }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
    const seen = changes(wb);
    const backup = state.problem?.backups[0]?.path ?? '';
    const restored = await wb.call('workspace:restore', { backup, file });
    await wb.idle();
    expect(restored).toMatchObject({ problem: null });
    expect((await wb.call('quote:list')).map((q) => [q.id, q.status])).toEqual([[id, 'ok']]);
    expect((await wb.call('corpus:list')).map((c) => c.path)).toEqual([corpus]);
    expect(seen[0]).toMatchObject({
      reason: 'open',
      label: null,
      areas: ['quotes', 'folders'],
      state: { problem: null },
    });
    const aside = (await readdir(dataDir)).filter((n) => n.startsWith('Default.parley.damaged-'));
    expect(aside).toHaveLength(1);
  });

  it('checks on a timer during a long session whether the daily backup is due', async () => {
    const dataDir = await tempDir();
    await (await open({ dataDir, corpora: [] })).wb.close();
    let lib: FakeLibrary | null = null;
    const wb = await compose((o) => (lib = fakeLibrary(o)), { dataDir, backupCheckMs: 20 });
    expect(lib).not.toBeNull();
    const [opened] = await wb.call('workspace:backups');
    expect(opened).toBeDefined();
    // With the open's backup gone, the next check finds one due and writes it.
    await rm(opened?.path ?? '');
    await expect
      .poll(async () => (await wb.call('workspace:backups')).length, { timeout: 2000 })
      .toBe(1);
  });

  it('refuses a workspace another workbench holds, as a problem with code locked', async () => {
    const dataDir = await tempDir();
    await open({ dataDir, corpora: [] });
    const { wb } = await open({ dataDir, corpora: [] });
    expect((await wb.call('workspace:info')).problem).toMatchObject({ code: 'locked' });
    expect((await wb.call('workspace:info')).problem?.message).toMatch(/open|use|lock/i);
  });

  it('re-verifies the quotes of a file when it changes on disk, and marks a vanished passage lost', async () => {
    const corpus = await folderWith({ 'a.txt': article, 'b.txt': 'other' });
    const { wb } = await open({ dataDir: await tempDir(), corpora: [corpus], watch: true });
    await wb.idle();
    const id = await pinPutin(wb);
    const verified = new Promise<WorkspaceChange>((r) =>
      wb.events.on('workspace:changed', (c) => c.reason === 'verify' && r(c)),
    );
    await writeFile(join(corpus, 'a.txt'), article.replace(putin, 'Putin said nothing new.'));
    await verified;
    expect((await wb.call('quote:list'))[0]).toMatchObject({ id, status: 'lost' });
    await writeFile(join(corpus, 'a.txt'), `Update: talks resumed.\n\n${article}`);
    const results = await wb.call('quote:verify');
    expect(results.map((r) => [r.id, r.status])).toEqual([[id, 'moved']]);
    expect((await wb.call('quote:list'))[0]).toMatchObject({ status: 'moved', exact: putin });
  });
});

describe('the composed handler table', () => {
  it('has a handler for every channel in the contract', async () => {
    const { wb } = await open({ dataDir: await tempDir(), corpora: [] });
    expect(Object.keys(wb.handlers).sort()).toEqual([...channels].sort());
  });

  it('asks the host for folders and workspaces, and answers null where it has no dialog', async () => {
    const { wb } = await open({
      dataDir: await tempDir(),
      corpora: [],
      hostHooks: { pickFolder: () => Promise.resolve('/home/a/news') },
    });
    expect(await wb.call('corpus:pick')).toBe('/home/a/news');
    for (const purpose of ['open', 'new', 'save-as'] as const) {
      expect(await wb.call('workspace:pick', { purpose })).toBeNull();
    }
    expect(await wb.call('quote:save-export', { format: 'csv' })).toBeNull();
  });

  it('saves an export where the host’s dialog says, offering the workspace’s name', async () => {
    const corpus = await folderWith({ 'a.txt': article });
    const target = join(await tempDir(), 'q.json');
    const offered: string[] = [];
    const { wb } = await open({
      dataDir: await tempDir(),
      corpora: [corpus],
      hostHooks: {
        pickFolder: () => Promise.resolve(null),
        pickExportFile: (format, suggested) => {
          offered.push(`${format} ${suggested}`);
          return Promise.resolve(target);
        },
      },
    });
    await wb.idle();
    const id = await pinPutin(wb);
    expect(await wb.call('quote:save-export', { format: 'json' })).toBe(target);
    expect(offered).toEqual(['json Default quotes.json']);
    const saved = JSON.parse(await readFile(target, 'utf8')) as { id: string; exact: string }[];
    expect(saved.map((q) => [q.id, q.exact])).toEqual([[id, putin]]);
  });

  it('hands quote:update the id and the patch, and answers domain errors with their code', async () => {
    const corpus = await folderWith({ 'a.txt': article });
    const { wb } = await open({ dataDir: await tempDir(), corpora: [corpus] });
    await wb.idle();
    const id = await pinPutin(wb);
    const updated = await dispatch(wb.handlers, 'quote:update', { id, tags: ['crimea'], grade: 2 });
    expect(updated).toMatchObject({ ok: true, value: { id, tags: ['crimea'], grade: 2 } });
    await expect(dispatch(wb.handlers, 'quote:delete', { id: 'Q99' })).resolves.toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no quote Q99 in this workspace.' },
    });
  });
});
