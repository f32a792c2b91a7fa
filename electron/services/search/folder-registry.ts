import { realpath, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleMeta, SkippedFile } from '../../../shared/article';
import { describeError } from '../../../shared/error-message';
import type { Sidecar } from '../corpus/index';
import { DomainError } from '../errors';
import type { FolderSummary } from './library-types';
import { cacheDirFor, createShardCache, type LiveShard, type ShardCache } from './shard-cache';

/** A registered folder: where its cache is, its live shards and the queue of its operations. */
export type FolderState = {
  /** The folder as registered (absolute). */
  folder: string;
  realFolder: string;
  cache: ShardCache;
  shardCount: number;
  shards: Map<number, LiveShard>;
  walkSkipped: SkippedFile[];
  /** Files whose shard could not be built even on the calling thread. */
  failed: SkippedFile[];
  /** The folder's metadata sidecar (meta.csv, …), laid over its shards' documents; null for none. */
  sidecar: Sidecar | null;
  tail: Promise<unknown>;
  abort: AbortController;
  removed: boolean;
};

/** The registered folders, in registration order, and what is still being deleted of removed ones. */
export type FolderRegistry = {
  /** Every registered folder, in registration order. */
  readonly all: readonly FolderState[];
  /** The folder registered under this path (resolved against the working directory). */
  find(folder: string): FolderState | undefined;
  /** Resolves a folder to register to its real path; rejects with a DomainError when it is no folder. */
  resolve(folder: string): Promise<string>;
  /** Registers a resolved folder; rejects it when its real path is registered under another spelling. */
  add(folder: string, realFolder: string): FolderState;
  /** Unregisters a folder (if it still is) and stops its scans; true when it was registered. */
  drop(state: FolderState): boolean;
  /** Deletes a dropped folder's cache once its queued operations are over. */
  deleteCache(state: FolderState): Promise<void>;
  /** Settles when a deletion of this folder's cache (by an earlier removal) is over. */
  deletion(state: FolderState): Promise<void>;
};

/** Serialises the operations on one folder; a failed operation does not block the next. */
export function enqueue<T>(state: FolderState, op: () => Promise<T>): Promise<T> {
  const result = state.tail.then(op);
  state.tail = result.catch(() => undefined);
  return result;
}

const byPath = (a: { path: string }, b: { path: string }): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

/** What a folder holds now: its articles and skipped files, each sorted by path. */
export function summaryOf(state: FolderState): FolderSummary {
  const articles: ArticleMeta[] = [];
  // The sidecar in use is read as metadata, so it is not listed as a skipped article.
  const sidecarName = state.sidecar?.name;
  const skipped: SkippedFile[] = [...state.walkSkipped, ...state.failed].filter(
    (skip) => skip.path !== sidecarName,
  );
  for (const live of state.shards.values()) {
    articles.push(...live.docs);
    for (const skip of live.data.header.skipped)
      skipped.push({ path: skip.path, reason: skip.reason });
  }
  const summary: FolderSummary = {
    folder: state.folder,
    articles: articles.sort(byPath),
    skipped: skipped.sort(byPath),
  };
  const { sidecar } = state;
  if (sidecar) {
    const files = articles.filter((a) => sidecar.byPath.has(a.path)).length;
    summary.sidecar = { name: sidecar.name, files, problems: [...sidecar.problems] };
  }
  return summary;
}

/** An empty registry whose folders keep their caches under `cacheRoot`. */
export function createFolderRegistry(cacheRoot: string): FolderRegistry {
  const states: FolderState[] = [];
  const removals = new Map<string, Promise<void>>();

  return {
    all: states,

    find(folder) {
      const abs = path.resolve(folder);
      return states.find((s) => s.folder === abs);
    },

    async resolve(folder) {
      try {
        const realFolder = await realpath(path.resolve(folder));
        if (!(await stat(realFolder)).isDirectory())
          throw new DomainError('not-found', `Not a folder: ${folder}`);
        return realFolder;
      } catch (error) {
        if (error instanceof DomainError) throw error;
        const code = (error as { code?: string }).code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
          throw new DomainError('not-found', `Folder not found: ${folder}`);
        throw new DomainError(
          'unreadable',
          `Cannot open the folder ${folder}: ${code ?? describeError(error)}`,
        );
      }
    },

    add(folder, realFolder) {
      const abs = path.resolve(folder);
      const twin = states.find((s) => s.realFolder === realFolder);
      if (twin)
        throw new DomainError('conflict', `${folder} is already registered as ${twin.folder}`);
      const state: FolderState = {
        folder: abs,
        realFolder,
        cache: createShardCache(cacheDirFor(cacheRoot, realFolder), abs, realFolder),
        shardCount: 0,
        shards: new Map(),
        walkSkipped: [],
        failed: [],
        sidecar: null,
        tail: Promise.resolve(),
        abort: new AbortController(),
        removed: false,
      };
      states.push(state);
      return state;
    },

    drop(state) {
      if (state.removed) return false;
      state.removed = true;
      state.abort.abort();
      states.splice(states.indexOf(state), 1);
      return true;
    },

    async deleteCache(state) {
      const dir = state.cache.dir;
      const removal = state.tail.then(() => rm(dir, { recursive: true, force: true }));
      removals.set(dir, removal);
      await removal;
      if (removals.get(dir) === removal) removals.delete(dir);
    },

    deletion: async (state) => {
      await removals.get(state.cache.dir);
    },
  };
}
