import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import lunr from 'lunr';
import type { IndexProgress } from '../../shared/search';
import type { LibraryOptions, SearchLibrary } from '../../electron/services/search/library-types';
import { buildLunrIndex, readNaiveDocs } from './baseline';
import { buildPeer, type PeerEngine } from './peers';
import { BENCH_QUERIES, type BenchQuery } from './queries';
import { percentile } from './stats';

/** Parley, plain lunr (the baseline it was built to beat), and the peers a user would weigh. */
export type Engine = 'parley' | 'lunr' | PeerEngine;

export const ENGINES: readonly Engine[] = ['parley', 'lunr', 'minisearch', 'flexsearch'];

export const isPeer = (engine: Engine): engine is PeerEngine =>
  engine === 'minisearch' || engine === 'flexsearch';

/**
 * Work for one fresh child process. Parley and lunr build and persist an index (`indexPath` is
 * Parley's cache folder or lunr's JSON file), then a second child loads it warm; a peer builds
 * in memory and answers the queries in the same child.
 */
export type ChildTask =
  | ({
      engine: 'parley' | 'lunr';
      folder: string;
      indexPath: string;
      /** Parley only: build workers (engine default when absent) and the bundled shard worker. */
      workers?: number;
      workerScript?: string;
    } & ({ kind: 'build' } | { kind: 'warm'; editPath: string }))
  | { engine: PeerEngine; kind: 'peer'; folder: string };

/** A peer's one run: build from the files, then the query set. */
export type PeerResult = {
  build_s: number;
  /** Peak RSS when the build ends, before any query. */
  peak_rss_mb: number;
  articles: number;
  query_p50_ms: number;
  query_p95_ms: number;
  hits: number[];
  notes: string[];
};

export type BuildResult = {
  build_s: number;
  peak_rss_mb: number;
  disk_mb: number;
  articles: number;
  notes: string[];
};

export type WarmResult = {
  warm_start_s: number;
  query_p50_ms: number;
  query_p95_ms: number;
  update_s: number | null;
  /** Hits per query of BENCH_QUERIES, in order, from the untimed first pass. */
  hits: number[];
  peak_rss_mb: number;
  notes: string[];
};

export type CreateLibrary = (options: LibraryOptions) => SearchLibrary | Promise<SearchLibrary>;

/** Timed passes over the query set after one untimed warm-up pass. */
export const QUERY_ROUNDS = 5;
/** Parley returns one page of hits with snippets, as the UI asks for. */
export const PARLEY_PAGE = 20;
const UPDATE_TIMEOUT_MS = 60_000;

const seconds = (start: number): number => (performance.now() - start) / 1000;
const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;
// CPU time of the whole child (every thread): unlike wall time it barely moves when other work shares the machine.
const cpuSeconds = (): string => {
  const { user, system } = process.cpuUsage();
  return `CPU ${((user + system) / 1e6).toFixed(2)} s (all threads, whole process)`;
};
const log = (message: string): void => void process.stderr.write(`    ${message}\n`);

/** Total size in MB of a file or of everything under a folder. */
export function diskMb(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size / (1024 * 1024);
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce(
      (sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size / (1024 * 1024),
      0,
    );
}

function fileStamps(dir: string): Map<string, string> {
  const stamps = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const stat = statSync(path);
    stamps.set(path, `${stat.mtimeMs}:${stat.size}`);
  }
  return stamps;
}

function timeQueries(run: (query: BenchQuery) => number): {
  samples: number[];
  hits: number[];
  slowest: string;
} {
  const hits = BENCH_QUERIES.map(run);
  const perQuery: number[][] = BENCH_QUERIES.map(() => []);
  for (let round = 0; round < QUERY_ROUNDS; round++) {
    BENCH_QUERIES.forEach((query, i) => {
      const start = performance.now();
      run(query);
      perQuery[i]?.push(performance.now() - start);
    });
  }
  const medians = BENCH_QUERIES.map((query, i) => ({
    query,
    ms: percentile(perQuery[i] ?? [0], 50),
  }));
  const slowest = medians
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
    .map(({ query, ms }) => `${query.parley} ${ms.toFixed(1)} ms`)
    .join(', ');
  return {
    samples: perQuery.flat(),
    hits,
    slowest: `slowest queries (median of ${QUERY_ROUNDS}): ${slowest}`,
  };
}

function uniqueWord(): string {
  const letters = Array.from({ length: 10 }, () =>
    String.fromCharCode(97 + Math.floor(Math.random() * 26)),
  );
  return `zqx${letters.join('')}`;
}

/** Appends a never-seen word to one corpus file, runs `untilFound`, and restores the file whatever happens. */
async function timeEdit(
  folder: string,
  relPath: string,
  untilFound: (word: string) => Promise<boolean>,
): Promise<number | null> {
  const path = join(folder, relPath);
  const original = readFileSync(path);
  const word = uniqueWord();
  writeFileSync(
    path,
    `${original.toString('utf8').trimEnd()}\n\nAdded by the benchmark: ${word}.\n`,
  );
  try {
    const start = performance.now();
    return (await untilFound(word)) ? seconds(start) : null;
  } finally {
    writeFileSync(path, original);
  }
}

function progressLogger(): (progress: IndexProgress) => void {
  let last = 0;
  return (progress) => {
    const now = performance.now();
    if (now - last < 2_000 && progress.phase !== 'done' && progress.phase !== 'failed') return;
    last = now;
    log(
      `parley ${progress.phase}: scanned ${progress.scanned}, parsed ${progress.parsed}, indexed ${progress.indexed}/${progress.total}`,
    );
  };
}

type StoredTask = Exclude<ChildTask, { kind: 'peer' }>;
type WarmTask = StoredTask & { kind: 'warm' };

function parleyOptions(task: StoredTask): LibraryOptions {
  return {
    cacheDir: task.indexPath,
    ...(task.workers === undefined ? {} : { workers: task.workers }),
    // The walk worker sits beside the shard worker in dist/electron.
    ...(task.workerScript === undefined
      ? {}
      : {
          workerScript: task.workerScript,
          walkWorkerScript: join(dirname(task.workerScript), 'walk-worker.cjs'),
        }),
  };
}

async function parleyBuild(task: StoredTask, create: CreateLibrary): Promise<BuildResult> {
  const start = performance.now();
  const library = await create({ ...parleyOptions(task), onProgress: progressLogger() });
  const summary = await library.addFolder(task.folder);
  const shards = library.shards?.().length;
  const indexed = seconds(start);
  await library.close();
  const build_s = seconds(start);
  const notes = [
    `addFolder ${indexed.toFixed(2)} s, close ${(build_s - indexed).toFixed(2)} s${shards === undefined ? '' : `, ${shards} shards`}`,
    cpuSeconds(),
  ];
  if (summary.skipped.length > 0) {
    notes.push(
      `skipped ${summary.skipped.length} files, e.g. ${summary.skipped[0]?.path}: ${summary.skipped[0]?.reason}`,
    );
  }
  return {
    build_s,
    peak_rss_mb: peakRssMb(),
    disk_mb: diskMb(task.indexPath),
    articles: summary.articles.length,
    notes,
  };
}

async function parleyWarm(task: WarmTask, create: CreateLibrary): Promise<WarmResult> {
  const notes: string[] = [];
  const before = fileStamps(task.indexPath);
  const firstQuery = BENCH_QUERIES[0] as BenchQuery;
  const start = performance.now();
  const library = await create(parleyOptions(task));
  try {
    await library.addFolder(task.folder);
    const first = library.search({ text: firstQuery.parley, limit: PARLEY_PAGE });
    const warm_start_s = seconds(start);
    if (first.total === 0)
      notes.push(`warm start: the first query "${firstQuery.parley}" found nothing`);
    const after = fileStamps(task.indexPath);
    const rewritten = [...after].filter(([path, stamp]) => before.get(path) !== stamp).length;
    if (rewritten > 0)
      notes.push(
        `warm start wrote ${rewritten} of ${after.size} cache files (cache not fully reused?)`,
      );

    const { samples, hits, slowest } = timeQueries(
      (query) => library.search({ text: query.parley, limit: PARLEY_PAGE }).total,
    );
    notes.push(slowest);
    const update_s = await timeEdit(task.folder, task.editPath, async (word) => {
      const editStart = performance.now();
      await library.updateFiles(task.folder, [task.editPath]);
      for (;;) {
        const found = library
          .search({ text: word, limit: 5 })
          .hits.some((hit) => hit.path === task.editPath);
        if (found) return true;
        if (performance.now() - editStart > UPDATE_TIMEOUT_MS) {
          notes.push(`update: "${word}" not found ${UPDATE_TIMEOUT_MS / 1000} s after updateFiles`);
          return false;
        }
        await sleep(5);
      }
    });
    return warmResult(warm_start_s, samples, update_s, hits, notes);
  } finally {
    await library.close();
  }
}

function baselineBuild(task: StoredTask): BuildResult {
  const start = performance.now();
  const docs = readNaiveDocs(task.folder);
  const read = seconds(start);
  const index = buildLunrIndex(docs);
  const built = seconds(start);
  writeFileSync(task.indexPath, JSON.stringify(index));
  const build_s = seconds(start);
  const notes = [
    `read ${read.toFixed(2)} s, lunr build ${(built - read).toFixed(2)} s, JSON write ${(build_s - built).toFixed(2)} s`,
    cpuSeconds(),
  ];
  return {
    build_s,
    peak_rss_mb: peakRssMb(),
    disk_mb: diskMb(task.indexPath),
    articles: docs.length,
    notes,
  };
}

async function baselineWarm(task: WarmTask): Promise<WarmResult> {
  const notes: string[] = [];
  const firstQuery = BENCH_QUERIES[0] as BenchQuery;
  const start = performance.now();
  const index = lunr.Index.load(JSON.parse(readFileSync(task.indexPath, 'utf8')) as object);
  index.search(firstQuery.lunr);
  const warm_start_s = seconds(start);
  const { samples, hits, slowest } = timeQueries((query) => index.search(query.lunr).length);
  notes.push(slowest);
  const update_s = await timeEdit(task.folder, task.editPath, (word) => {
    const rebuilt = buildLunrIndex(readNaiveDocs(task.folder));
    const found = rebuilt.search(word).some((result) => result.ref === task.editPath);
    if (!found) notes.push(`update: "${word}" not found after the rebuild`);
    return Promise.resolve(found);
  });
  return warmResult(warm_start_s, samples, update_s, hits, notes);
}

/** A warm run's figures, summarised the same way for Parley and the baseline. */
function warmResult(
  warm_start_s: number,
  samples: number[],
  update_s: number | null,
  hits: number[],
  notes: string[],
): WarmResult {
  return {
    warm_start_s,
    query_p50_ms: percentile(samples, 50),
    query_p95_ms: percentile(samples, 95),
    update_s,
    hits,
    peak_rss_mb: peakRssMb(),
    notes,
  };
}

function peerRun(engine: PeerEngine, folder: string): PeerResult {
  const built = buildPeer(engine, folder);
  const peak_rss_mb = peakRssMb();
  const { samples, hits, slowest } = timeQueries((query) => built.index.count(query));
  return {
    build_s: built.build_s,
    peak_rss_mb,
    articles: built.articles,
    query_p50_ms: percentile(samples, 50),
    query_p95_ms: percentile(samples, 95),
    hits,
    notes: [
      `read ${built.read_s.toFixed(2)} s, build ${(built.build_s - built.read_s).toFixed(2)} s`,
      cpuSeconds(),
      slowest,
    ],
  };
}

/** Runs one child task; Parley's engine comes in as a factory so this module compiles without it. */
export async function runChildTask(
  task: ChildTask,
  create: CreateLibrary,
): Promise<BuildResult | WarmResult | PeerResult> {
  if (task.kind === 'peer') return peerRun(task.engine, task.folder);
  if (task.engine === 'parley')
    return task.kind === 'build' ? parleyBuild(task, create) : parleyWarm(task, create);
  return task.kind === 'build' ? baselineBuild(task) : baselineWarm(task);
}
