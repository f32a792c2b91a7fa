import { rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { SkippedFile } from '../../../shared/article';
import { describeError } from '../../../shared/error-message';
import type { IndexProgress } from '../../../shared/search';
import { DomainError } from '../errors';
import type { FolderState } from './folder-registry';
import { listFolder, listFolderInWorker, type FolderListing } from './folder-listing';
import type { DocumentIndex } from './indexed-docs';
import type { FileStat, ShardJob, ShardJobResult } from './shard-build';
import { filesAfter, rescanFolderPaths } from './path-rescan';
import type { LiveShard } from './shard-cache';
import { RunnerClosed, type ShardRunner } from './shard-pool';

// A shard may grow (or a folder shrink) this far from the target before the folder is re-sharded;
// until then the shard count stays fixed so an edit never moves documents between shards.
const RESHARD_FACTOR = 4;

/** FNV-1a over the path: stable across runs and platforms, so a file always lands in the same shard. */
export function shardOf(relPath: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < relPath.length; i++) {
    hash ^= relPath.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shardCount;
}

/** What keeping shards in line with their folders needs from the library. */
export type ShardSyncOptions = {
  runner: ShardRunner;
  /** Builds again on this thread what `runner` failed to build (the runner itself if it is this thread). */
  inThread: ShardRunner;
  docs: DocumentIndex;
  report: (progress: IndexProgress) => void;
  isClosed: () => boolean;
  maxFileBytes: number;
  /** Target files per shard. */
  shardSize: number;
  /** The walk-worker script that lists a folder off this thread (see listAside). */
  walkWorkerScript: string;
};

/** Keeps a folder's shards in line with its files: after loading the cache, a scan or single changes. */
export type ShardSync = {
  /** Installs a folder's cached shards, if any, so it is searchable before the scan confirms them. */
  loadCache(state: FolderState): Promise<void>;
  /**
   * Starts listing the folder's files in a worker thread, for a scan to use: what this thread
   * does meanwhile (loadCache) overlaps the walk's file stats.
   */
  listAside(state: FolderState): Promise<FolderListing>;
  /**
   * Walks the folder (or takes the listing listAside started) and rebuilds the shards whose
   * files changed; a folder gone loses its articles.
   */
  scan(state: FolderState, listing?: Promise<FolderListing>): Promise<void>;
  /** Rescans the given paths (files or subfolders, relative) and rebuilds just their shards, or scans when it must. */
  updateFiles(state: FolderState, relPaths: string[]): Promise<void>;
};

const sameFiles = (live: LiveShard, files: FileStat[]): boolean => {
  const header = live.data.header;
  if (header.docs.length + header.skipped.length !== files.length) return false;
  const known = new Map<string, { size: number; mtimeMs: number }>();
  for (const f of header.docs) known.set(f.path, f);
  for (const f of header.skipped) known.set(f.path, f);
  return files.every((f) => {
    const seen = known.get(f.relPath);
    return seen !== undefined && seen.size === f.size && seen.mtimeMs === f.mtimeMs;
  });
};

const notIndexed = (job: ShardJob, error: unknown): SkippedFile[] =>
  job.files.map((file) => ({
    path: file.relPath,
    reason: `could not be indexed: ${describeError(error)}`,
  }));

/** The shard sync of a library; every method runs inside the folder's operation queue. */
export function createShardSync(options: ShardSyncOptions): ShardSync {
  const { runner, inThread, docs, report, isClosed, maxFileBytes, shardSize, walkWorkerScript } =
    options;

  const saveManifest = (state: FolderState): Promise<void> =>
    state.cache.writeManifest(() => ({
      shardCount: state.shardCount,
      shards: state.shards.values(),
      walkSkipped: state.walkSkipped,
    }));

  const shardCountFor = (state: FolderState, fileCount: number): number => {
    const current = state.shardCount;
    const ideal = Math.max(1, Math.ceil(fileCount / shardSize));
    if (current === 0) return ideal;
    const perShard = fileCount / current;
    const tooBig = perShard > shardSize * RESHARD_FACTOR;
    const tooSmall = current > 1 && perShard < shardSize / RESHARD_FACTOR;
    return tooBig || tooSmall ? ideal : current;
  };

  /** Builds one shard: in a worker, again on this thread if the worker died or failed. */
  const build = async (job: ShardJob, onParsed: (n: number) => void): Promise<ShardJobResult> => {
    try {
      return await runner.run(job, onParsed);
    } catch (error) {
      if (error instanceof RunnerClosed || runner === inThread) throw error;
      return inThread.run(job, onParsed);
    }
  };

  /**
   * Brings a folder's shards in line with `files` (all of its article files, or — with `only` —
   * the files of just those shards). Clean shards are kept; each dirty shard is rebuilt by one job.
   */
  const syncShards = async (
    state: FolderState,
    files: FileStat[],
    only?: Set<number>,
  ): Promise<void> => {
    const count = only ? state.shardCount : shardCountFor(state, files.length);
    // Re-sharding live shards swaps them all at once at the end (a document must never be in two
    // live shards); a first build installs each shard as it completes, so search sees it at once.
    const resharding = count !== state.shardCount && state.shards.size > 0;
    if (!resharding) state.shardCount = count;
    const groups: FileStat[][] = Array.from({ length: count }, () => []);
    for (const file of files) groups[shardOf(file.relPath, count)]!.push(file);

    const progress: IndexProgress = {
      phase: 'indexing',
      folder: state.folder,
      scanned: files.length,
      parsed: 0,
      indexed: 0,
      total: files.length,
      skipped: state.walkSkipped.length,
    };
    const jobs: { no: number; job: ShardJob }[] = [];
    groups.forEach((group, no) => {
      if (only && !only.has(no)) return;
      const live = resharding ? undefined : state.shards.get(no);
      if (live && sameFiles(live, group)) {
        progress.indexed += live.docs.length;
        progress.skipped += live.data.header.skipped.length;
        return;
      }
      jobs.push({
        no,
        job: {
          folder: state.folder,
          realFolder: state.realFolder,
          files: group,
          // Re-sharding moves most documents, so they are re-read rather than gathered from every
          // old shard.
          previous: live ? [live.path] : [],
          outPath: state.cache.newShardPath(no),
          maxFileBytes,
        },
      });
    });
    if (only) progress.total = jobs.reduce((n, j) => n + j.job.files.length, 0);
    report({ ...progress });

    const staged: LiveShard[] = [];
    const parsedBy = new Map<number, number>();
    const failed: SkippedFile[] = [];
    await Promise.all(
      jobs.map(async ({ no, job }) => {
        let result: ShardJobResult;
        try {
          result = await build(job, (n) => {
            parsedBy.set(no, n);
            progress.parsed = [...parsedBy.values()].reduce((a, b) => a + b, 0);
            report({ ...progress });
          });
        } catch (error) {
          if (error instanceof RunnerClosed) throw error;
          failed.push(...notIndexed(job, error));
          return;
        }
        if (state.removed || isClosed()) {
          await rm(result.outPath, { force: true });
          return;
        }
        let live: LiveShard;
        try {
          live = state.cache.openShard(no, path.basename(result.outPath));
        } catch (error) {
          failed.push(...notIndexed(job, error));
          return;
        }
        parsedBy.set(no, result.parsed);
        progress.parsed = [...parsedBy.values()].reduce((a, b) => a + b, 0);
        progress.indexed += result.docs;
        progress.skipped += result.skipped;
        if (resharding) {
          staged.push(live);
        } else {
          const old = docs.install(state, live);
          await saveManifest(state);
          if (old) await unlink(old.path).catch(() => undefined);
        }
        report({ ...progress });
      }),
    );
    if (state.removed || isClosed()) return;
    // A full sync saw every file, so earlier failures of files not among them are gone.
    const synced = new Set(files.map((file) => file.relPath));
    const earlier = only ? state.failed.filter((f) => !synced.has(f.path)) : [];
    state.failed = [...earlier, ...failed];
    if (resharding) {
      const old = [...state.shards.values()];
      old.forEach((live) => docs.unregister(live));
      state.shards.clear();
      state.shardCount = count;
      staged.forEach((live) => docs.install(state, live));
      await saveManifest(state);
      for (const live of old) await unlink(live.path).catch(() => undefined);
    }
    report({ ...progress, phase: 'done' });
  };

  const loadCache = async (state: FolderState): Promise<void> => {
    const manifest = await state.cache.readManifest();
    if (!manifest) return;
    state.shardCount = manifest.shardCount;
    state.walkSkipped = manifest.walkSkipped;
    for (const [no, file] of Object.entries(manifest.shards)) {
      try {
        docs.install(state, state.cache.openShard(Number(no), file));
      } catch {
        // A damaged shard file is rebuilt by the scan that follows.
      }
    }
    await state.cache.deleteUnreferenced(Object.values(manifest.shards));
  };

  /**
   * When `error` says the folder itself is gone, takes all its articles out of the index (and its
   * skipped files off the list) but leaves its cache on disk, for the scan that finds it back.
   * Returns `error`, to be rethrown: the caller shows why the folder could not be indexed.
   */
  const forgetIfGone = (state: FolderState, error: unknown): unknown => {
    if (!(error instanceof DomainError && error.code === 'not-found')) return error;
    for (const live of state.shards.values()) docs.unregister(live);
    state.shards.clear();
    state.shardCount = 0;
    state.walkSkipped = [];
    state.failed = [];
    return error;
  };

  /** Walks the folder on this thread, reporting as it goes. */
  const listHere = (state: FolderState, progress: IndexProgress): Promise<FolderListing> =>
    listFolder(state.folder, { maxFileBytes, signal: state.abort.signal }, (kind, so) => {
      progress.skipped = so.skipped.length;
      if (kind === 'skipped') return;
      const found = (progress.scanned = so.files.length);
      if (found % 250 === 0) report({ ...progress });
      // With nothing cached a full build follows: each shard's worth of files found means one
      // more job, so its worker is started while the walk goes on.
      if (state.shards.size === 0 && (found - 1) % shardSize === 0)
        runner.prewarm(Math.ceil(found / shardSize));
    });

  const scan = async (state: FolderState, listing?: Promise<FolderListing>): Promise<void> => {
    let cached = 0;
    for (const live of state.shards.values()) cached += live.docs.length;
    // `indexed` counts what is searchable already (cached shards), so a host can show it at once.
    const progress: IndexProgress = {
      phase: 'scanning',
      folder: state.folder,
      scanned: 0,
      parsed: 0,
      indexed: cached,
      total: 0,
      skipped: 0,
    };
    report({ ...progress });
    let files: FileStat[];
    let walkSkipped: SkippedFile[];
    try {
      ({ files, skipped: walkSkipped } = await (listing ?? listHere(state, progress)));
    } catch (error) {
      // A folder that is gone (the walk rejects before its first entry) must not stay searchable.
      throw forgetIfGone(state, error);
    }
    progress.scanned = files.length;
    progress.skipped = walkSkipped.length;
    // A folder that was gone and is back: its cached shards serve again, so the build below
    // re-reads only what changed meanwhile (an unplugged drive is not parsed again from scratch).
    if (state.shards.size === 0) await loadCache(state);
    state.walkSkipped = walkSkipped;
    await syncShards(state, files);
  };

  return {
    loadCache,
    listAside: (state) =>
      listFolderInWorker(
        walkWorkerScript,
        { root: state.folder, realRoot: state.realFolder },
        { maxFileBytes, signal: state.abort.signal },
      ),
    scan,

    async updateFiles(state, relPaths) {
      const changes = await rescanFolderPaths(state, relPaths, maxFileBytes).catch(
        (error: unknown) => {
          throw forgetIfGone(state, error);
        },
      );
      const touched = new Set([...changes.keys()].map((rel) => shardOf(rel, state.shardCount)));
      // Without a live version of every touched shard we do not know its files: scan instead.
      const known = state.shardCount > 0 && [...touched].every((no) => state.shards.has(no));
      if (!known) return scan(state);
      const { files, total } = filesAfter(state, changes, touched);
      if (shardCountFor(state, total) !== state.shardCount) return scan(state);
      return syncShards(state, files, touched);
    },
  };
}
