import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseBenchArgs } from './args';
import { describeCorpus, findCorporaDir, loadBbc, loadReuters, writeCorpus } from './corpus';
import { benchMatrix } from './matrix-bench';
import { benchBriefingExport } from './briefing-bench';
import { benchOrigins } from './origins-bench';
import { BENCH_QUERIES } from './queries';
import {
  formatRendererSection,
  measureRenderer,
  rendererVerdict,
  runRendererOnly,
} from './renderer-main';
import {
  describeMachine,
  formatSizeTable,
  summarizeTargets,
  type BenchReport,
  type EngineMetrics,
  type SizeResult,
} from './report';
import { round } from './stats';
import {
  ENGINES,
  PARLEY_PAGE,
  QUERY_ROUNDS,
  isPeer,
  runChildTask,
  type BuildResult,
  type ChildTask,
  type CreateLibrary,
  type Engine,
  type PeerResult,
  type WarmResult,
} from './tasks';
import type { PeerEngine } from './peers';
import { describeError } from '../../shared/error-message';

const CHILD_TIMEOUT_MS = 15 * 60_000;

const progress = (message: string): void => void process.stderr.write(`${message}\n`);

type ChildReply =
  { ok: true; value: BuildResult | WarmResult | PeerResult } | { ok: false; error: string };

function findRepoRoot(start: string): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir)
      throw new Error(`no package.json above ${start}: cannot find the repository root`);
  }
}

/** Runs one task in a fresh Node process so its peak RSS and warm start are its own. */
function runInChild(
  script: string,
  task: ChildTask,
): Promise<BuildResult | WarmResult | PeerResult> {
  return new Promise((resolvePromise, reject) => {
    // The child's stdout goes to our stderr: stdout is kept for the report alone.
    const child = fork(script, ['--child', JSON.stringify(task)], {
      stdio: ['ignore', 2, 2, 'ipc'],
    });
    let reply: ChildReply | null = null;
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('message', (message) => (reply = message as ChildReply));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const got = reply;
      if (got?.ok) resolvePromise(got.value);
      else
        reject(
          new Error(got?.error ?? `child exited with ${signal ?? `code ${code}`} and no result`),
        );
    });
  });
}

async function childMain(raw: string, create: CreateLibrary): Promise<void> {
  let reply: ChildReply;
  try {
    reply = { ok: true, value: await runChildTask(JSON.parse(raw) as ChildTask, create) };
  } catch (error) {
    reply = {
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
  // Exit explicitly: a worker or timer left behind must not keep the child (and the bench) alive.
  process.send?.(reply, () => process.exit(reply.ok ? 0 : 1));
}

const EMPTY: EngineMetrics = {
  build_s: null,
  peak_rss_mb: null,
  disk_mb: null,
  warm_start_s: null,
  query_p50_ms: null,
  query_p95_ms: null,
  update_s: null,
};

/** A peer: one child builds from the files and answers the query set. */
async function measurePeer(
  script: string,
  engine: PeerEngine,
  folder: string,
  articles: number,
): Promise<{ metrics: EngineMetrics; hits: number[] | null }> {
  const metrics = { ...EMPTY };
  try {
    progress(`  ${engine}: building, then ${BENCH_QUERIES.length} queries × ${QUERY_ROUNDS}…`);
    const run = (await runInChild(script, { kind: 'peer', engine, folder })) as PeerResult;
    Object.assign(metrics, {
      build_s: round(run.build_s, 3),
      peak_rss_mb: round(run.peak_rss_mb, 1),
      query_p50_ms: round(run.query_p50_ms, 3),
      query_p95_ms: round(run.query_p95_ms, 3),
    });
    progress(
      `  ${engine}: built ${run.articles} articles in ${run.build_s.toFixed(2)} s, peak RSS ${run.peak_rss_mb.toFixed(0)} MB, p50 ${run.query_p50_ms.toFixed(2)} ms, p95 ${run.query_p95_ms.toFixed(2)} ms`,
    );
    for (const note of run.notes) progress(`    ${note}`);
    if (run.articles !== articles)
      progress(`    WARNING: ${engine} indexed ${run.articles} of ${articles} articles`);
    return { metrics, hits: run.hits };
  } catch (error) {
    progress(`  ${engine}: FAILED: ${describeError(error)}`);
    return { metrics, hits: null };
  }
}

async function measureEngine(
  script: string,
  engine: 'parley' | 'lunr',
  base: {
    folder: string;
    indexPath: string;
    workers?: number;
    workerScript?: string;
    editPath: string;
    articles: number;
  },
): Promise<{ metrics: EngineMetrics; hits: number[] | null }> {
  const metrics = { ...EMPTY };
  const { editPath, articles, ...common } = base;
  try {
    progress(`  ${engine}: building…`);
    const build = (await runInChild(script, { kind: 'build', engine, ...common })) as BuildResult;
    Object.assign(metrics, {
      build_s: round(build.build_s, 3),
      peak_rss_mb: round(build.peak_rss_mb, 1),
      disk_mb: round(build.disk_mb, 2),
    });
    progress(
      `  ${engine}: built ${build.articles} articles in ${build.build_s.toFixed(2)} s, peak RSS ${build.peak_rss_mb.toFixed(0)} MB, index ${build.disk_mb.toFixed(1)} MB`,
    );
    for (const note of build.notes) progress(`    ${note}`);
    if (build.articles !== articles)
      progress(`    WARNING: ${engine} indexed ${build.articles} of ${articles} articles`);
  } catch (error) {
    progress(`  ${engine}: BUILD FAILED: ${describeError(error)}`);
    return { metrics, hits: null };
  }
  try {
    progress(
      `  ${engine}: warm start, ${BENCH_QUERIES.length} queries × ${QUERY_ROUNDS}, one edit…`,
    );
    const warm = (await runInChild(script, {
      kind: 'warm',
      engine,
      editPath,
      ...common,
    })) as WarmResult;
    Object.assign(metrics, {
      warm_start_s: round(warm.warm_start_s, 3),
      query_p50_ms: round(warm.query_p50_ms, 3),
      query_p95_ms: round(warm.query_p95_ms, 3),
      update_s: warm.update_s === null ? null : round(warm.update_s, 3),
    });
    progress(
      `  ${engine}: warm start ${warm.warm_start_s.toFixed(3)} s, p50 ${warm.query_p50_ms.toFixed(2)} ms, p95 ${warm.query_p95_ms.toFixed(2)} ms, update ${warm.update_s === null ? 'failed' : `${warm.update_s.toFixed(3)} s`} (peak RSS ${warm.peak_rss_mb.toFixed(0)} MB)`,
    );
    for (const note of warm.notes) progress(`    ${note}`);
    return { metrics, hits: warm.hits };
  } catch (error) {
    progress(`  ${engine}: WARM RUN FAILED: ${describeError(error)}`);
    return { metrics, hits: null };
  }
}

/** Prints hits per engine (queries none of them answer, and totals) and answers the totals. */
function reportHits(hits: Record<Engine, number[] | null>): Partial<Record<Engine, number>> {
  const empty = BENCH_QUERIES.filter((_, i) => ENGINES.some((e) => hits[e]?.[i] === 0));
  if (empty.length > 0) {
    const counts = (i: number): string =>
      ENGINES.map((e) => `${e} ${hits[e]?.[i] ?? '?'}`).join(', ');
    progress(
      `  queries some engine finds nothing for: ${empty.map((q) => `${q.parley} (${counts(BENCH_QUERIES.indexOf(q))})`).join('; ')}`,
    );
  }
  const totals: Partial<Record<Engine, number>> = {};
  for (const engine of ENGINES) {
    const list = hits[engine];
    if (list) totals[engine] = list.reduce((a, b) => a + b, 0);
  }
  progress(
    `  total hits over the query set: ${ENGINES.map((e) => `${e} ${totals[e] ?? '?'}`).join(', ')}`,
  );
  return totals;
}

const METHOD_NOTES = [
  'lunr ÷ parley: how many times lower (better) Parley is than plain lunr. Targets are judged at 10,000 articles (and 50,000 with --50k); "best of all" means lower than every other engine.',
  'Each build, warm run and peer run is a fresh child process; peak_rss_mb is that process’s maxRSS at the end of the build (worker threads included).',
  'build_s includes reading the files (Parley and lunr also persist the index: Parley through close(), lunr JSON write). MiniSearch 7 and FlexSearch 0.8 build in memory (title + body; FlexSearch strict tokenizer in one field), so they have no disk, warm start or update figures.',
  `Queries: ${BENCH_QUERIES.length} (words, word pairs, phrases), one untimed pass then ${QUERY_ROUNDS} timed passes. Parley returns a page of ${PARLEY_PAGE} hits with snippets and positions; lunr, MiniSearch and FlexSearch return every matching id, no snippets. Parley runs phrases as phrases; lunr, MiniSearch and FlexSearch have none, so their phrases and pairs run as all words required (and none of them stems but lunr: hit totals differ by that).`,
  'update_s: one file gets a new word; Parley: updateFiles() until a search finds it; lunr: re-read and rebuild the whole index in memory.',
];

/** The benchmark's entry point: parses arguments, and either runs one child task or the whole benchmark. */
export async function runBench(argv: readonly string[], create: CreateLibrary): Promise<void> {
  let args;
  try {
    args = parseBenchArgs(argv);
  } catch (error) {
    progress(describeError(error));
    process.exitCode = 2;
    return;
  }
  if (args.child !== null) return childMain(args.child, create);

  const script = process.argv[1];
  if (!script)
    throw new Error('cannot tell which script is running, so cannot start child processes');
  const repoRoot = findRepoRoot(dirname(script));
  const corpora = findCorporaDir(repoRoot);
  if (args.rendererOnly) return runRendererOnly(args, repoRoot, corpora);
  // The engine looks for its worker beside its own bundle; ours lives in dist/bench, so say where it is.
  const workerScript = join(repoRoot, 'dist', 'electron', 'shard-worker.cjs');
  for (const script of [workerScript, join(dirname(workerScript), 'walk-worker.cjs')])
    if (!existsSync(script))
      throw new Error(`${script} is missing: run the build (npm run bench does) first`);
  const temp = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const cleanUp = (): void => rmSync(temp, { recursive: true, force: true });
  const onSignal = (): void => {
    cleanUp();
    process.exit(130);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);

  const report: BenchReport = { sizes: [] };
  const loadBefore = loadavg()[0] ?? 0;
  try {
    progress('Matrix open: 12 parties × 20 issues, 2,000 evidence links…');
    const matrix = await benchMatrix();
    report.matrix = { open_ms: round(matrix.open_ms, 1), as_of_ms: round(matrix.as_of_ms, 1) };
    progress(
      `  matrix open: ${matrix.open_ms.toFixed(1)} ms (target ≤ 200 ms), as of a date ${matrix.as_of_ms.toFixed(1)} ms — ${matrix.parties} × ${matrix.issues}, ${matrix.links} links`,
    );
    progress(`Reading corpora from ${corpora}…`);
    const reuters = loadReuters(corpora);
    const bbc = loadBbc(corpora);
    progress(
      `  ${reuters.length} Reuters-21578 stories with bodies, ${bbc.length} BBC articles; temp folder ${temp}`,
    );
    const briefing = await benchBriefingExport(500);
    progress(
      `\nbriefing export, ${briefing.quotes} cited quotes (target ≤ 5 s each): model ${briefing.build_s.toFixed(3)} s; ` +
        Object.entries(briefing.formats)
          .map(([f, r]) => `${f} ${r.seconds.toFixed(2)} s (${Math.round(r.bytes / 1024)} KB)`)
          .join(', '),
    );
    for (const articles of args.sizes) {
      const folder = join(temp, `corpus-${articles}`);
      const corpus = writeCorpus(folder, articles, reuters, bbc);
      const title = describeCorpus(corpus);
      progress(`\n${title}`);
      // Copies are text reuse by construction: origins would group them, which says nothing.
      const origins =
        corpus.copies > 1
          ? null
          : await benchOrigins(folder, join(repoRoot, 'dist', 'electron', 'origins-worker.cjs'));
      if (origins) {
        progress(
          `  origins: ${origins.articles} articles read in ${origins.read_s.toFixed(2)} s, analysed in ${origins.origins_s.toFixed(2)} s (target ≤ 10 s at 10,000): ${origins.relays} relay an outlet, ${origins.groups} groups of two or more, ${origins.independentOrigins} independent origins`,
        );
        progress(
          `  origins, one file changed: ${origins.changed_s.toFixed(2)} s (target ≤ 1 s at 10,000), ${origins.reextracted} article extracted again`,
        );
      } else progress('  origins: not measured on reused copies (they would all group as relays)');
      const editPath = corpus.relPaths[Math.floor(corpus.relPaths.length / 2)] ?? '';
      const indexPaths = {
        parley: join(temp, `parley-cache-${articles}`),
        lunr: join(temp, `lunr-${articles}.json`),
      };
      const size: SizeResult = {
        articles: corpus.articles,
        corpus: title,
        ...(origins
          ? {
              origins_s: round(origins.origins_s, 3),
              origins_changed_s: round(origins.changed_s, 3),
            }
          : {}),
        engines: {
          parley: { ...EMPTY },
          lunr: { ...EMPTY },
          minisearch: { ...EMPTY },
          flexsearch: { ...EMPTY },
        },
      };
      const hits: Record<Engine, number[] | null> = {
        parley: null,
        lunr: null,
        minisearch: null,
        flexsearch: null,
      };
      for (const engine of ENGINES) {
        const measured = isPeer(engine)
          ? await measurePeer(script, engine, folder, corpus.articles)
          : await measureEngine(script, engine, {
              folder,
              indexPath: indexPaths[engine],
              ...(engine === 'parley' && args.workers !== undefined
                ? { workers: args.workers }
                : {}),
              ...(engine === 'parley' ? { workerScript } : {}),
              editPath,
              articles: corpus.articles,
            });
        size.engines[engine] = measured.metrics;
        hits[engine] = measured.hits;
      }
      size.hits = reportHits(hits);
      if (args.renderer)
        size.renderer = await measureRenderer(repoRoot, folder, args.rendererProfile);
      report.sizes.push(size);
      if (!args.json) process.stdout.write(`\n## ${title}\n\n${formatSizeTable(size)}\n`);
      if (!args.json && size.renderer)
        process.stdout.write(`\n${formatRendererSection(size.renderer)}`);
      rmSync(folder, { recursive: true, force: true });
      for (const path of Object.values(indexPaths)) rmSync(path, { recursive: true, force: true });
    }
  } finally {
    cleanUp();
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
  if (args.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } else {
    const machine = describeMachine(availableParallelism(), loadBefore, loadavg()[0] ?? 0);
    const notes = [...METHOD_NOTES, machine].map((n) => `- ${n}`).join('\n');
    process.stdout.write(`\n${summarizeTargets(report.sizes)}\n\n${notes}\n`);
    for (const size of report.sizes)
      if (size.renderer)
        process.stdout.write(`- ${size.articles}: ${rendererVerdict(size.renderer)}\n`);
  }
}
