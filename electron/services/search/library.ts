import { createHash } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { mkdir, readFile, readdir, realpath, rm, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type lunr from 'lunr';
import type { ArticleMeta, SkippedFile } from '../../../shared/article';
import type { CorpusFacets } from '../../../shared/corpus';
import type { IndexProgress, SearchHit } from '../../../shared/search';
import {
  defaultMaxFileBytes,
  isHiddenName,
  readArticle,
  walkFolder,
  whyNotAnArticle,
} from '../corpus/index';
import { DomainError } from '../errors';
import { writeFileAtomic } from '../platform/atomic-write';
import type { FolderSummary, LibraryOptions, SearchLibrary, ShardInfo } from './library-types';
import {
  makeSnippet,
  matchRanges,
  parseQuery,
  RELAXED_NOTICE,
  requireAllWords,
  runQuery,
  type Field,
  type ParsedQuery,
} from './query/index';
import type { FileStat, ShardJob, ShardJobResult } from './shard-build';
import {
  readShardFile,
  readShardTexts,
  SHARD_FORMAT_VERSION,
  type ShardFile,
} from './shard-format';
import { openShardIndex } from './shard-index';
import {
  createInThreadRunner,
  createWorkerPool,
  RunnerClosed,
  type ShardRunner,
} from './shard-pool';
import { describeError } from '../../../shared/error-message';

/** A SearchLibrary that also lists its shards. */
export type ShardedSearchLibrary = SearchLibrary & { shards(): ShardInfo[] };

const DEFAULT_SHARD_SIZE = 1_000;
// A shard may grow (or a folder shrink) this far from the target before the folder is re-sharded;
// until then the shard count stays fixed so an edit never moves documents between shards.
const RESHARD_FACTOR = 4;
const DEFAULT_LIMIT = 50;
const MANIFEST = 'manifest.json';

type LiveShard = {
  no: number;
  file: string;
  path: string;
  data: ShardFile;
  index: lunr.Index;
  docs: ArticleMeta[];
  fd: number | null;
};

type FolderState = {
  folder: string;
  realFolder: string;
  dir: string;
  shardCount: number;
  shards: Map<number, LiveShard>;
  walkSkipped: SkippedFile[];
  /** Files whose shard could not be built even on the calling thread. */
  failed: SkippedFile[];
  tail: Promise<unknown>;
  manifestWrite: Promise<void>;
  abort: AbortController;
  removed: boolean;
};

type Manifest = {
  version: number;
  folder: string;
  realFolder: string;
  shardCount: number;
  shards: Record<string, string>;
  walkSkipped: SkippedFile[];
};

/** FNV-1a over the path: stable across runs and platforms, so a file always lands in the same shard. */
export function shardOf(relPath: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < relPath.length; i++) {
    hash ^= relPath.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shardCount;
}

function defaultWorkerScript(): string {
  // Bundled code runs from dist/electron next to shard-worker.cjs; the sources (under Vitest) sit
  // three levels below the repository root, whose dist/ the test setup builds first.
  const here = __dirname;
  if (path.basename(here) === 'electron' && path.basename(path.dirname(here)) === 'dist') {
    return path.join(here, 'shard-worker.cjs');
  }
  return path.resolve(here, '../../../dist/electron/shard-worker.cjs');
}

const byPath = (a: { path: string }, b: { path: string }): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
const message = describeError;

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
          script: options.workerScript ?? defaultWorkerScript(),
        })
      : inThread;
  const states: FolderState[] = [];
  const byId = new Map<string, { shard: LiveShard; docNo: number }>();
  const removals = new Map<string, Promise<void>>();
  let closed = false;

  const report = (progress: IndexProgress): void => {
    try {
      options.onProgress?.(progress);
    } catch {
      // A listener's failure must not abort indexing.
    }
  };

  const findState = (folder: string): FolderState | undefined => {
    const abs = path.resolve(folder);
    return states.find((s) => s.folder === abs);
  };

  /** Serialises the operations on one folder; a failed operation does not block the next. */
  const enqueue = <T>(state: FolderState, op: () => Promise<T>): Promise<T> => {
    const result = state.tail.then(op);
    state.tail = result.catch(() => undefined);
    return result;
  };

  const summary = (state: FolderState): FolderSummary => {
    const articles: ArticleMeta[] = [];
    const skipped: SkippedFile[] = [...state.walkSkipped, ...state.failed];
    for (const live of state.shards.values()) {
      articles.push(...live.docs);
      for (const skip of live.data.header.skipped)
        skipped.push({ path: skip.path, reason: skip.reason });
    }
    return { folder: state.folder, articles: articles.sort(byPath), skipped: skipped.sort(byPath) };
  };

  // Shards finish concurrently; their manifest writes are chained so each lands whole, in order.
  const writeManifest = (state: FolderState): Promise<void> => {
    const write = state.manifestWrite.then(() => writeManifestNow(state));
    state.manifestWrite = write.catch(() => undefined);
    return write;
  };

  const writeManifestNow = async (state: FolderState): Promise<void> => {
    const manifest: Manifest = {
      version: SHARD_FORMAT_VERSION,
      folder: state.folder,
      realFolder: state.realFolder,
      shardCount: state.shardCount,
      shards: Object.fromEntries([...state.shards.values()].map((s) => [String(s.no), s.file])),
      walkSkipped: state.walkSkipped,
    };
    const target = path.join(state.dir, MANIFEST);
    await writeFileAtomic(target, JSON.stringify(manifest));
  };

  const openLive = (state: FolderState, no: number, file: string): LiveShard => {
    const shardPath = path.join(state.dir, file);
    const data = readShardFile(shardPath);
    const docs = data.header.docs.map((doc): ArticleMeta => ({ ...doc, folder: state.folder }));
    return { no, file, path: shardPath, data, index: openShardIndex(data.index), docs, fd: null };
  };

  const unregisterDocs = (live: LiveShard): void => {
    for (const doc of live.docs) if (byId.get(doc.id)?.shard === live) byId.delete(doc.id);
    if (live.fd !== null) closeSync(live.fd);
    live.fd = null;
  };

  /** Makes a shard searchable, replacing (and deleting the file of) the one it supersedes. */
  const install = (state: FolderState, live: LiveShard): LiveShard | undefined => {
    const old = state.shards.get(live.no);
    if (old) unregisterDocs(old);
    state.shards.set(live.no, live);
    live.docs.forEach((doc, docNo) => byId.set(doc.id, { shard: live, docNo }));
    return old;
  };

  /** A document's text from its shard file, or null when the file cannot be read. */
  const textOf = (live: LiveShard, docNo: number): string | null => {
    try {
      live.fd ??= openSync(live.path, 'r');
      return readShardTexts(live.path, live.data, [docNo], live.fd)[0] ?? null;
    } catch {
      return null;
    }
  };

  /** Loads a folder's cached shards, if any, so it is searchable before the scan confirms them. */
  const loadCache = async (state: FolderState): Promise<void> => {
    let manifest: Manifest;
    try {
      manifest = JSON.parse(await readFile(path.join(state.dir, MANIFEST), 'utf8')) as Manifest;
    } catch {
      return;
    }
    if (manifest.version !== SHARD_FORMAT_VERSION || manifest.realFolder !== state.realFolder)
      return;
    state.shardCount = manifest.shardCount;
    state.walkSkipped = manifest.walkSkipped;
    for (const [no, file] of Object.entries(manifest.shards)) {
      try {
        install(state, openLive(state, Number(no), file));
      } catch {
        // A damaged shard file is rebuilt by the scan that follows.
      }
    }
    const referenced = new Set([MANIFEST, ...Object.values(manifest.shards)]);
    for (const name of await readdir(state.dir).catch(() => [])) {
      if (!referenced.has(name)) await rm(path.join(state.dir, name), { force: true });
    }
  };

  const sameFiles = (live: LiveShard, files: FileStat[]): boolean => {
    const header = live.data.header;
    if (header.docs.length + header.skipped.length !== files.length) return false;
    const known = new Map<string, string>();
    for (const f of [...header.docs, ...header.skipped])
      known.set(f.path, `${f.size}:${f.mtimeMs}`);
    return files.every((f) => known.get(f.relPath) === `${f.size}:${f.mtimeMs}`);
  };

  const shardCountFor = (state: FolderState, fileCount: number): number => {
    const current = state.shardCount;
    const ideal = Math.max(1, Math.ceil(fileCount / shardSize));
    if (current === 0) return ideal;
    const perShard = fileCount / current;
    if (
      perShard > shardSize * RESHARD_FACTOR ||
      (current > 1 && perShard < shardSize / RESHARD_FACTOR)
    )
      return ideal;
    return current;
  };

  const newShardFile = (no: number): string =>
    `s${no}-${createHash('sha1').update(`${Date.now()}:${Math.random()}`).digest('hex').slice(0, 10)}.shard`;

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
      // Re-sharding moves most documents, so they are re-read rather than gathered from every old shard.
      const previous = live ? [live.path] : [];
      jobs.push({
        no,
        job: {
          folder: state.folder,
          realFolder: state.realFolder,
          files: group,
          previous,
          outPath: path.join(state.dir, newShardFile(no)),
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
          for (const file of job.files)
            failed.push({ path: file.relPath, reason: `could not be indexed: ${message(error)}` });
          return;
        }
        if (state.removed || closed) {
          await rm(result.outPath, { force: true });
          return;
        }
        let live: LiveShard;
        try {
          live = openLive(state, no, path.basename(result.outPath));
        } catch (error) {
          for (const file of job.files)
            failed.push({ path: file.relPath, reason: `could not be indexed: ${message(error)}` });
          return;
        }
        parsedBy.set(no, result.parsed);
        progress.parsed = [...parsedBy.values()].reduce((a, b) => a + b, 0);
        progress.indexed += result.docs;
        progress.skipped += result.skipped;
        if (resharding) {
          staged.push(live);
        } else {
          const old = install(state, live);
          await writeManifest(state);
          if (old) await unlink(old.path).catch(() => undefined);
        }
        report({ ...progress });
      }),
    );
    if (state.removed || closed) return;
    const synced = new Set(files.map((file) => file.relPath));
    state.failed = [...state.failed.filter((f) => !synced.has(f.path)), ...failed];
    if (resharding) {
      const old = [...state.shards.values()];
      old.forEach(unregisterDocs);
      state.shards.clear();
      state.shardCount = count;
      staged.forEach((live) => install(state, live));
      await writeManifest(state);
      for (const live of old) await unlink(live.path).catch(() => undefined);
    }
    report({ ...progress, phase: 'done' });
  };

  /** Walks the folder and rebuilds the shards whose files changed. */
  const scan = async (state: FolderState): Promise<void> => {
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
    const files: FileStat[] = [];
    const walkSkipped: SkippedFile[] = [];
    for await (const entry of walkFolder(state.folder, {
      maxFileBytes,
      signal: state.abort.signal,
    })) {
      if (entry.kind === 'file') {
        files.push({
          relPath: entry.relPath,
          absPath: entry.absPath,
          size: entry.size,
          mtimeMs: entry.mtimeMs,
        });
        progress.scanned += 1;
        if (progress.scanned % 250 === 0) report({ ...progress });
        // With nothing cached a full build follows: each shard's worth of files found means one
        // more job, so its worker is started while the walk goes on.
        if (state.shards.size === 0 && (progress.scanned - 1) % shardSize === 0)
          runner.prewarm(Math.ceil(progress.scanned / shardSize));
      } else {
        walkSkipped.push({ path: entry.relPath, reason: entry.reason });
        progress.skipped += 1;
      }
    }
    state.walkSkipped = walkSkipped;
    await syncShards(state, files);
  };

  const checkOpen = (): void => {
    if (closed) throw new DomainError('conflict', 'The search library is closed');
  };

  const failed = (state: FolderState, error: unknown): never => {
    report({
      phase: 'failed',
      folder: state.folder,
      scanned: 0,
      parsed: 0,
      indexed: 0,
      total: 0,
      skipped: 0,
      message: message(error),
    });
    throw error;
  };

  return {
    async addFolder(folder) {
      checkOpen();
      const rescan = (existing: FolderState): Promise<FolderSummary> =>
        enqueue(existing, async () => (await scan(existing), summary(existing))).catch(
          (e: unknown) => failed(existing, e),
        );
      const existing = findState(folder);
      if (existing) return rescan(existing);
      const abs = path.resolve(folder);
      let realFolder: string;
      try {
        realFolder = await realpath(abs);
        if (!(await stat(realFolder)).isDirectory())
          throw new DomainError('not-found', `Not a folder: ${folder}`);
      } catch (error) {
        if (error instanceof DomainError) throw error;
        const code = (error as { code?: string }).code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
          throw new DomainError('not-found', `Folder not found: ${folder}`);
        throw new DomainError(
          'unreadable',
          `Cannot open the folder ${folder}: ${code ?? message(error)}`,
        );
      }
      // Another call may have registered the folder while we were resolving it.
      const registered = findState(folder);
      if (registered) return rescan(registered);
      const twin = states.find((s) => s.realFolder === realFolder);
      if (twin)
        throw new DomainError('conflict', `${folder} is already registered as ${twin.folder}`);
      const key = createHash('sha256').update(realFolder).digest('hex').slice(0, 16);
      const state: FolderState = {
        folder: abs,
        realFolder,
        dir: path.join(cacheRoot, key),
        shardCount: 0,
        shards: new Map(),
        walkSkipped: [],
        failed: [],
        tail: Promise.resolve(),
        manifestWrite: Promise.resolve(),
        abort: new AbortController(),
        removed: false,
      };
      states.push(state);
      try {
        return await enqueue(state, async () => {
          // A removal of the same folder may still be deleting its old cache.
          await removals.get(state.dir);
          await mkdir(state.dir, { recursive: true });
          await loadCache(state);
          await scan(state);
          return summary(state);
        });
      } catch (error) {
        if (!state.removed) {
          states.splice(states.indexOf(state), 1);
          state.removed = true;
          for (const live of state.shards.values()) unregisterDocs(live);
        }
        return failed(state, error);
      }
    },

    async removeFolder(folder) {
      const state = findState(folder);
      if (!state) return;
      state.removed = true;
      state.abort.abort();
      states.splice(states.indexOf(state), 1);
      for (const live of state.shards.values()) unregisterDocs(live);
      const removal = state.tail.then(() => rm(state.dir, { recursive: true, force: true }));
      removals.set(state.dir, removal);
      await removal;
      if (removals.get(state.dir) === removal) removals.delete(state.dir);
      state.shards.clear();
    },

    async refresh(folder) {
      checkOpen();
      const targets = folder === undefined ? [...states] : [findState(folder)];
      return Promise.all(
        targets.map((state) => {
          if (!state) throw new DomainError('not-found', `Folder is not registered: ${folder}`);
          return enqueue(state, async () => (await scan(state), summary(state)));
        }),
      );
    },

    async updateFiles(folder, relPaths) {
      checkOpen();
      const state = findState(folder);
      if (!state) throw new DomainError('not-found', `Folder is not registered: ${folder}`);
      await enqueue(state, async () => {
        const changes = new Map<string, FileStat | null>();
        const newlySkipped: SkippedFile[] = [];
        for (const raw of relPaths) {
          const relPath = raw.split(path.sep).join('/').replace(/^\.\//, '');
          const segments = relPath.split('/');
          if (relPath === '' || path.isAbsolute(relPath) || segments.includes('..')) continue;
          const found = await statArticle(state.folder, relPath, maxFileBytes);
          changes.set(relPath, 'file' in found ? found.file : null);
          if ('skipped' in found) newlySkipped.push({ path: relPath, reason: found.skipped });
        }
        state.walkSkipped = [
          ...state.walkSkipped.filter((skip) => !changes.has(skip.path)),
          ...newlySkipped,
        ];
        const touched = new Set([...changes.keys()].map((rel) => shardOf(rel, state.shardCount)));
        // Without a live version of every touched shard we do not know its files: scan instead.
        const known = state.shardCount > 0 && [...touched].every((no) => state.shards.has(no));
        if (!known) return scan(state);
        const files: FileStat[] = [];
        let total = 0;
        for (const live of state.shards.values())
          total += live.data.header.docs.length + live.data.header.skipped.length;
        for (const no of touched) {
          const header = state.shards.get(no)!.data.header;
          for (const f of [...header.docs, ...header.skipped]) {
            if (!changes.has(f.path))
              files.push({
                relPath: f.path,
                absPath: path.join(state.folder, f.path),
                size: f.size,
                mtimeMs: f.mtimeMs,
              });
          }
        }
        for (const file of changes.values()) if (file) files.push(file);
        if (shardCountFor(state, total + changes.size) !== state.shardCount) return scan(state);
        return syncShards(state, files, touched);
      });
    },

    folders: () => states.map(summary),

    search(request) {
      const parsed = parseQuery(request.text);
      const outlets = request.outlets?.length ? new Set(request.outlets) : null;
      const folderFilter = request.folders?.length
        ? new Set(request.folders.map((f) => path.resolve(f)))
        : null;
      const from = request.from?.slice(0, 10) ?? null;
      const to = request.to?.slice(0, 10) ?? null;
      const keep = (doc: ArticleMeta): boolean => {
        if (outlets && (doc.outlet === null || !outlets.has(doc.outlet))) return false;
        if (from === null && to === null) return true;
        const day = doc.published?.slice(0, 10);
        if (!day) return false;
        return (from === null || day >= from) && (to === null || day <= to);
      };

      // Every shard is queried on its own and the results merged. Scores are per-shard BM25, so
      // idf comes from the shard's documents, not the whole corpus; because documents are spread
      // over shards by a hash of their path, every shard is a random sample of the folder and the
      // per-shard statistics (hence scores) are comparable.
      type Found = { live: LiveShard; docNo: number; doc: ArticleMeta; score: number };
      const collect = (query: ParsedQuery): Found[] => {
        const out: Found[] = [];
        for (const state of states) {
          if (folderFilter && !folderFilter.has(state.folder)) continue;
          for (const live of state.shards.values()) {
            const getText = (ref: string, field: Field | null): string | undefined => {
              const doc = live.docs[Number(ref)];
              if (!doc) return undefined;
              if (field === 'title') return doc.title;
              if (field === 'outlet') return doc.outlet ?? '';
              // Unknown text (undefined) keeps the document rather than dropping it silently.
              const text = textOf(live, Number(ref));
              if (text === null) return undefined;
              return field === 'body' ? text : `${doc.title}\n\n${text}`;
            };
            for (const result of runQuery(live.index, query, { getText })) {
              const docNo = Number(result.ref);
              const doc = live.docs[docNo];
              if (doc && keep(doc)) out.push({ live, docNo, doc, score: result.score });
            }
          }
        }
        return out;
      };
      // Articles with every word come first: the strict query runs first, the query as typed only
      // when the strict one finds nothing.
      const strict = requireAllWords(parsed);
      let notice = parsed.notice;
      let found = strict ? collect(strict) : [];
      if (!strict || found.length === 0) {
        found = collect(parsed);
        if (strict && found.length > 0)
          notice = notice ? `${notice} ${RELAXED_NOTICE}` : RELAXED_NOTICE;
      }
      const byRelevance = (a: Found, b: Found): number =>
        b.score - a.score || (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0);
      if (request.sort === 'date') {
        found.sort((a, b) => {
          const da = a.doc.published ?? '';
          const db = b.doc.published ?? '';
          if (da !== db) return da === '' ? 1 : db === '' ? -1 : da < db ? 1 : -1;
          return byRelevance(a, b);
        });
      } else {
        found.sort(byRelevance);
      }
      const offset = Math.max(0, Math.floor(request.offset ?? 0));
      const limit = Math.max(0, Math.floor(request.limit ?? DEFAULT_LIMIT));
      const hits = found
        .slice(offset, offset + limit)
        .map(({ live, docNo, doc, score }): SearchHit => {
          const text = textOf(live, docNo) ?? '';
          const { snippet, highlights } = makeSnippet(text, matchRanges(text, parsed));
          return {
            id: doc.id,
            path: doc.path,
            title: doc.title,
            outlet: doc.outlet,
            published: doc.published,
            score,
            snippet,
            highlights,
          };
        });
      return { query: request.text, notice, total: found.length, hits };
    },

    async getArticle(id) {
      const at = byId.get(id);
      if (!at) return null;
      const doc = at.shard.docs[at.docNo]!;
      const text = textOf(at.shard, at.docNo);
      if (text !== null) return { ...doc, text };
      // The cached text is unreadable (cache folder cleaned up?): read the article itself.
      const file = {
        relPath: doc.path,
        absPath: path.join(doc.folder, doc.path),
        size: doc.size,
        mtimeMs: doc.mtimeMs,
      };
      const result = await readArticle(doc.folder, file, { maxFileBytes });
      return result.ok ? result.article : null;
    },

    highlight: (text, query) => matchRanges(text, parseQuery(query)),

    facets(): CorpusFacets {
      const outlets = new Map<string, number>();
      let earliest: string | null = null;
      let latest: string | null = null;
      const folders = states.map((state) => {
        let count = 0;
        for (const live of state.shards.values()) {
          for (const doc of live.docs) {
            count += 1;
            if (doc.outlet !== null) outlets.set(doc.outlet, (outlets.get(doc.outlet) ?? 0) + 1);
            if (doc.published !== null) {
              if (earliest === null || doc.published < earliest) earliest = doc.published;
              if (latest === null || doc.published > latest) latest = doc.published;
            }
          }
        }
        return { path: state.folder, count };
      });
      return {
        outlets: [...outlets]
          .map(([name, count]) => ({ name, count }))
          .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
        folders,
        earliest,
        latest,
      };
    },

    shards: () =>
      states.flatMap((state) =>
        [...state.shards.values()]
          .sort((a, b) => a.no - b.no)
          .map((live) => ({
            folder: state.folder,
            shard: live.no,
            file: live.file,
            articles: live.docs.length,
          })),
      ),

    async close() {
      if (closed) return;
      closed = true;
      for (const state of states) state.abort.abort();
      await runner.close();
      await inThread.close();
      await Promise.all(states.map((state) => state.tail));
      for (const state of states) for (const live of state.shards.values()) unregisterDocs(live);
    },
  };
}

type StatVerdict = { file: FileStat } | { skipped: string } | { gone: true };

/**
 * What the scan would make of one changed file: index it, list it as skipped with the walker's
 * reason, or forget it (gone, hidden, not a regular file: the walker would not list those either).
 */
async function statArticle(
  folder: string,
  relPath: string,
  maxFileBytes: number,
): Promise<StatVerdict> {
  const segments = relPath.split('/');
  if (segments.some(isHiddenName)) return { gone: true };
  const absPath = path.join(folder, relPath);
  try {
    const info = await stat(absPath);
    if (!info.isFile()) return { gone: true };
    const reason = whyNotAnArticle(segments.at(-1) ?? '', info.size, maxFileBytes);
    if (reason) return { skipped: reason };
    return { file: { relPath, absPath, size: info.size, mtimeMs: info.mtimeMs } };
  } catch {
    return { gone: true };
  }
}
