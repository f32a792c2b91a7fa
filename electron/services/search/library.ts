import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describeError } from '../../../shared/error-message';
import type { IndexProgress } from '../../../shared/search';
import { defaultMaxFileBytes, readSidecar, sidecarNames } from '../corpus/index';
import { DomainError } from '../errors';
import { createFolderRegistry, enqueue, summaryOf, type FolderState } from './folder-registry';
import { createDocumentIndex, type IndexedDocuments } from './indexed-docs';
import type { FolderSummary, LibraryOptions, SearchLibrary, ShardInfo } from './library-types';
import { matchRanges, parseQuery } from './query/index';
import { facetsOf, runSearch } from './run-search';
import { SHARD_FORMAT_VERSION } from './shard-format';
import { createInThreadRunner, createWorkerPool, type ShardRunner } from './shard-pool';
import { createShardSync } from './shard-sync';
import { createVariantIndex, expandNameVariants, nameVariants } from './name-variants';

export { shardOf } from './shard-sync';

/** A SearchLibrary that also lists its shards and reads its indexed documents. */
export type ShardedSearchLibrary = SearchLibrary & {
  shards(): ShardInfo[];
  /** The indexed articles of the registered folders and their texts, without the shards. */
  docs: IndexedDocuments;
};

const DEFAULT_SHARD_SIZE = 1_000;

/** A bundled worker script of dist/electron: shard-worker.cjs or walk-worker.cjs. */
function bundledScript(name: string): string {
  // Bundled code runs from dist/electron next to the workers; the sources (under Vitest) sit
  // three levels below the repository root, whose dist/ the test setup builds first.
  const here = __dirname;
  if (path.basename(here) === 'electron' && path.basename(path.dirname(here)) === 'dist') {
    return path.join(here, name);
  }
  return path.resolve(here, '../../../dist/electron', name);
}

/** Creates the search engine: folders are scanned, split into hash-assigned shards built in worker threads, cached, and queried together. */
export function createSearchLibrary(options: LibraryOptions): ShardedSearchLibrary {
  const cacheRoot = path.join(options.cacheDir, `search-v${SHARD_FORMAT_VERSION}`);
  const maxFileBytes = options.maxFileBytes ?? defaultMaxFileBytes;
  const shardSize = Math.max(1, options.shardSize ?? DEFAULT_SHARD_SIZE);
  const workerCount = options.workers ?? Math.max(1, os.availableParallelism());
  const inThread = createInThreadRunner();
  const runner: ShardRunner =
    workerCount > 0
      ? createWorkerPool({
          size: workerCount,
          script: options.workerScript ?? bundledScript('shard-worker.cjs'),
        })
      : inThread;
  const registry = createFolderRegistry(cacheRoot);
  const docs = createDocumentIndex(registry.all, maxFileBytes);
  let closed = false;
  let variantsOf = createVariantIndex();

  const report = (progress: IndexProgress): void => {
    try {
      options.onProgress?.(progress);
    } catch {
      // A listener's failure must not abort indexing.
    }
  };

  const sync = createShardSync({
    runner,
    inThread,
    docs,
    report,
    isClosed: () => closed,
    maxFileBytes,
    shardSize,
    walkWorkerScript: options.walkWorkerScript ?? bundledScript('walk-worker.cjs'),
  });

  const checkOpen = (): void => {
    if (closed) throw new DomainError('conflict', 'The search library is closed');
  };

  /** Reads the folder's sidecar again and lays it over every live shard's documents. */
  const loadSidecar = (state: FolderState): void => {
    state.sidecar = readSidecar(state.folder);
    docs.overlay(state);
  };

  const rescan = (state: FolderState): Promise<FolderSummary> =>
    enqueue(state, async () => {
      loadSidecar(state);
      await sync.scan(state);
      return summaryOf(state);
    });

  const failed = (state: FolderState, error: unknown): never => {
    report({
      phase: 'failed',
      folder: state.folder,
      scanned: 0,
      parsed: 0,
      indexed: 0,
      total: 0,
      skipped: 0,
      message: describeError(error),
    });
    throw error;
  };

  const forgetShards = (state: FolderState): void => {
    for (const live of state.shards.values()) docs.unregister(live);
  };

  return {
    async addFolder(folder) {
      checkOpen();
      const rescanOrFail = (existing: FolderState): Promise<FolderSummary> =>
        rescan(existing).catch((e: unknown) => failed(existing, e));
      const existing = registry.find(folder);
      if (existing) return rescanOrFail(existing);
      const realFolder = await registry.resolve(folder);
      // Another call may have registered the folder while we were resolving it.
      const meanwhile = registry.find(folder);
      if (meanwhile) return rescanOrFail(meanwhile);
      const state = registry.add(folder, realFolder);
      try {
        return await enqueue(state, async () => {
          // A removal of the same folder may still be deleting its old cache.
          await registry.deletion(state);
          await mkdir(state.cache.dir, { recursive: true });
          loadSidecar(state);
          // With a cache to open, the folder is walked in a worker meanwhile: at 50,000 files its
          // stats take about as long as parsing the shard headers, and each gets a core.
          const listing = state.cache.hasManifest() ? sync.listAside(state) : undefined;
          listing?.catch(() => undefined);
          await sync.loadCache(state);
          await sync.scan(state, listing);
          return summaryOf(state);
        });
      } catch (error) {
        if (registry.drop(state)) forgetShards(state);
        return failed(state, error);
      }
    },

    async removeFolder(folder) {
      const state = registry.find(folder);
      if (!state) return;
      registry.drop(state);
      forgetShards(state);
      await registry.deleteCache(state);
      state.shards.clear();
    },

    async refresh(folder) {
      checkOpen();
      const targets = folder === undefined ? [...registry.all] : [registry.find(folder)];
      return Promise.all(
        targets.map((state) => {
          if (!state) throw new DomainError('not-found', `Folder is not registered: ${folder}`);
          return rescan(state);
        }),
      );
    },

    async updateFiles(folder, relPaths) {
      checkOpen();
      const state = registry.find(folder);
      if (!state) throw new DomainError('not-found', `Folder is not registered: ${folder}`);
      // A changed sidecar is re-read and re-applied in memory; it is no article, so no shard is rebuilt.
      const isSidecar = (rel: string): boolean =>
        (sidecarNames as readonly string[]).includes(rel.replace(/^(?:\.\/)+/, ''));
      const articlePaths = relPaths.filter((rel) => !isSidecar(rel));
      await enqueue(state, async () => {
        if (articlePaths.length < relPaths.length) loadSidecar(state);
        if (articlePaths.length > 0) await sync.updateFiles(state, articlePaths);
      });
    },

    folders: () => registry.all.map(summaryOf),

    search: (request, keep) =>
      runSearch(registry.all, request, (live, docNo) => docs.textOf(live, docNo), variantsOf, keep),

    getArticle: (id) => docs.getArticle(id),

    highlight: (text, query) =>
      matchRanges(text, expandNameVariants(parseQuery(query), variantsOf).query),

    facets: () => facetsOf(registry.all),

    setCorrections: (corrections) => docs.setCorrections(corrections),

    setVariants: (groups) => {
      variantsOf = createVariantIndex([...nameVariants, ...groups]);
    },

    shards: () =>
      registry.all.flatMap((state) =>
        [...state.shards.values()]
          .sort((a, b) => a.no - b.no)
          .map((live) => ({
            folder: state.folder,
            shard: live.no,
            file: live.file,
            articles: live.docs.length,
          })),
      ),

    docs: {
      documents: () => docs.documents(),
      text: (id) => docs.text(id),
      meta: (id) => docs.meta(id),
    },

    async close() {
      if (closed) return;
      closed = true;
      for (const state of registry.all) state.abort.abort();
      await runner.close();
      await inThread.close();
      await Promise.all(registry.all.map((state) => state.tail));
      for (const state of registry.all) forgetShards(state);
    },
  };
}
