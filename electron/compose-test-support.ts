// What the composition tests share: an in-memory search library that reads real files, temporary
// folders, and an app composed the way both shells compose it.
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import type { Channel, Input, Output } from '../shared/contract';
import { makeArticleMeta } from '../shared/testing/article-fixtures';
import type { OriginsSummary } from '../shared/origins';
import type { WorkspaceChange } from '../shared/workspace';
import { composeApp, type ComposedApp, type ComposeOptions } from './compose';
import { readArticle } from './services/corpus';
import type { HostHooks } from './services/handlers';
import { overlayCorrections, type CorrectionsById } from './services/search/correction-overlay';
import { createSearchLibrary } from './services/search';
import type { FolderSummary, LibraryOptions, SearchLibrary } from './services/search/library-types';

export const seedsDir = resolve(__dirname, '../seeds');

export type FakeLibrary = SearchLibrary & {
  calls: string[];
  options: LibraryOptions;
  gate: Promise<void> | null;
};

/** An in-memory library: one article per file name, enough to watch the workbench drive it. */
export function fakeLibrary(options: LibraryOptions): FakeLibrary {
  const folders = new Map<string, FolderSummary>();
  let corrections: CorrectionsById = new Map();
  const scan = async (folder: string): Promise<FolderSummary> => {
    const names = await readdir(folder);
    // Each hash is the file's, as the real library's is: the origins area caches by it.
    const articles = names.map((name) =>
      makeArticleMeta({
        id: `k:${name}`,
        folder,
        path: name,
        title: name,
        hash: hash('sha256', readFileSync(join(folder, name))),
      }),
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
    // The fake's documents are its files, read as they are now (enough for the origins area).
    docs: {
      *documents() {
        for (const summary of folders.values()) yield* summary.articles;
      },
      meta(id) {
        for (const summary of folders.values()) {
          const doc = summary.articles.find((a) => a.id === id);
          if (doc) return doc;
        }
        return null;
      },
      text(id) {
        for (const summary of folders.values()) {
          const doc = summary.articles.find((a) => a.id === id);
          if (doc) return readFileSync(join(summary.folder, doc.path), 'utf8');
        }
        return null;
      },
    },
    search: (request) => ({
      query: request.text,
      notice: null,
      undatedHidden: 0,
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
        return read.ok
          ? {
              ...overlayCorrections({ ...read.article, id }, corrections.get(id)),
              text: read.article.text,
            }
          : null;
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
    setCorrections(next) {
      lib.calls.push(`corrections ${next.size}`);
      corrections = next;
    },
    setVariants() {},
    close() {
      lib.calls.push('close');
      return Promise.resolve();
    },
  };
  return lib;
}

export const cleanup: (() => Promise<void>)[] = [];

/** Closes the apps and removes the folders a test made; each test file runs it after each test. */
export async function cleanUp(): Promise<void> {
  for (const fn of cleanup.splice(0)) await fn();
}

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-wb-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A composed app with a `call(channel, input?)` shorthand over its handler table. */
export type TestApp = ComposedApp & {
  call<C extends Channel>(
    channel: C,
    ...input: Record<string, never> extends Input<C> ? [Input<C>?] : [Input<C>]
  ): Promise<Output<C>>;
};

export const noHostHooks = { pickFolder: () => Promise.resolve(null) };

/** Composes the app over `createLibrary` the way both shells do, watching off unless asked. */
export async function compose(
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

/** The app over the real search engine (in-thread) and the default corpus, the seeds, indexed. */
export async function seedApp(dataDir?: string): Promise<TestApp> {
  const wb = await compose((o) => createSearchLibrary({ ...o, workers: 0 }), {
    dataDir: dataDir ?? (await tempDir()),
  });
  await wb.idle();
  return wb;
}

/** The id of the seed whose file name starts with `prefix` ("003"), as the origins summary lists it. */
export function seedIdOf(summary: OriginsSummary, prefix: string): string {
  const id = Object.keys(summary.origins).find((key) => key.split(':').pop()?.startsWith(prefix));
  if (!id) throw new Error(`no seed ${prefix}`);
  return id;
}

export async function open(options: {
  dataDir: string;
  corpora?: string[];
  watch?: boolean;
  hostHooks?: HostHooks;
}): Promise<{ wb: TestApp; lib: FakeLibrary }> {
  let lib: FakeLibrary | null = null;
  const wb = await compose((o) => (lib = fakeLibrary(o)), { watchDebounceMs: 50, ...options });
  return { wb, lib: lib as unknown as FakeLibrary };
}

export async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

export const putin = 'Putin offered to freeze the war on the current line.';
export const article = `Peace talks\n\nUkraine rejected the proposal. ${putin} Kyiv said no.\n`;

/** Pins the Putin sentence of a.txt in `corpus` and returns the quote id. */
export async function pinPutin(wb: TestApp): Promise<string> {
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

export function changes(wb: TestApp): WorkspaceChange[] {
  const seen: WorkspaceChange[] = [];
  wb.events.on('workspace:changed', (change) => seen.push(change));
  return seen;
}
