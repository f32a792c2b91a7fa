import type { RendererResult } from './renderer-metrics';

/** What one engine measured at one corpus size; null when the step failed (the reason goes to stderr). */
export type EngineMetrics = {
  build_s: number | null;
  peak_rss_mb: number | null;
  disk_mb: number | null;
  warm_start_s: number | null;
  query_p50_ms: number | null;
  query_p95_ms: number | null;
  update_s: number | null;
};

export type MetricKey = keyof EngineMetrics;

/** The engines in the order the tables show them. */
export const ENGINE_COLUMNS = ['parley', 'lunr', 'minisearch', 'flexsearch'] as const;
export type EngineName = (typeof ENGINE_COLUMNS)[number];

export type SizeResult = {
  articles: number;
  /** How the corpus was made ("19,043 Reuters + 2,225 BBC, each up to 3 times under copy-N/"). */
  corpus?: string;
  /** Origins analysis over every article of the corpus (issue #10 target: ≤ 10 s at 10,000). */
  origins_s?: number;
  /** Origins again after one file changed (only it is extracted). */
  origins_changed_s?: number;
  /** Every engine's figures; a peer has no persisted index, so no disk, warm start or update. */
  engines: Record<EngineName, EngineMetrics>;
  /** Matches summed over the query set, per engine, so a reader sees they answer alike. */
  hits?: Partial<Record<EngineName, number>>;
  /** Typing and scrolling in Chromium over the browser host (#14), with --renderer or --50k. */
  renderer?: RendererResult;
};

/** The one JSON object `npm run bench -- --json` prints. */
export type BenchReport = {
  sizes: SizeResult[];
  /** "matrix open": matrix:get over 12 parties × 20 issues with 2,000 links (median ms). */
  matrix?: { open_ms: number; as_of_ms: number };
};

/**
 * A goal for Parley: beat lunr by a factor, be lower than every other engine that measured the
 * metric, or stay under an absolute limit.
 */
export type Target =
  | { kind: 'factor'; min: number; label: string }
  | { kind: 'lead'; label: string }
  | { kind: 'max'; max: number; label: string };

export type TargetCheck = { metric: MetricKey; target: Target; met: boolean | null };

/** Targets are stated for these corpus sizes; a size is judged by the largest tier it reaches. */
export const TARGET_ARTICLES = 10_000;
export const LARGE_ARTICLES = 50_000;

export const METRICS: readonly {
  key: MetricKey;
  unit: 's' | 'MB' | 'ms';
  decimals: number;
  about: string;
}[] = [
  { key: 'build_s', unit: 's', decimals: 2, about: 'full build, reading files included' },
  { key: 'peak_rss_mb', unit: 'MB', decimals: 0, about: 'peak RSS of the build process' },
  { key: 'disk_mb', unit: 'MB', decimals: 1, about: 'persisted index size' },
  { key: 'warm_start_s', unit: 's', decimals: 3, about: 'load persisted index → first answer' },
  { key: 'query_p50_ms', unit: 'ms', decimals: 2, about: 'query latency, median' },
  { key: 'query_p95_ms', unit: 'ms', decimals: 2, about: 'query latency, 95th percentile' },
  { key: 'update_s', unit: 's', decimals: 3, about: 'one edited file → searchable' },
];

const ahead: Target = { kind: 'lead', label: 'best of all' };

/** At 10k: the first bench's targets against lunr, and the lead over every peer (#14). */
export const TARGETS: Partial<Record<MetricKey, Target[]>> = {
  build_s: [{ kind: 'factor', min: 4, label: '≥ 4× lunr' }, ahead],
  peak_rss_mb: [{ kind: 'factor', min: 2, label: '≥ 2× lunr' }, ahead],
  warm_start_s: [{ kind: 'max', max: 1, label: '≤ 1 s' }],
  query_p50_ms: [{ kind: 'max', max: 1, label: '≤ 1 ms' }],
  query_p95_ms: [{ kind: 'max', max: 2.5, label: '≤ 2.5 ms' }],
  update_s: [{ kind: 'max', max: 1, label: '≤ 1 s' }],
};

/** At 50k: absolute limits only (#14). */
export const LARGE_TARGETS: Partial<Record<MetricKey, Target[]>> = {
  build_s: [{ kind: 'max', max: 8, label: '≤ 8 s' }],
  peak_rss_mb: [{ kind: 'max', max: 600, label: '≤ 600 MB' }],
  warm_start_s: [{ kind: 'max', max: 1, label: '≤ 1 s' }],
  query_p95_ms: [{ kind: 'max', max: 15, label: '≤ 15 ms' }],
  update_s: [{ kind: 'max', max: 1, label: '≤ 1 s' }],
};

/** How many times lower (better) Parley's figure is than another's; null when either is missing or zero. */
export function betterBy(parley: number | null, other: number | null): number | null {
  if (parley === null || other === null || parley <= 0 || other <= 0) return null;
  return other / parley;
}

const targetsFor = (articles: number): Partial<Record<MetricKey, Target[]>> | null =>
  articles >= LARGE_ARTICLES ? LARGE_TARGETS : articles >= TARGET_ARTICLES ? TARGETS : null;

/** Checks Parley's figures against the targets; `met` is null below the target size or when no rival measured it. */
export function checkTargets(size: SizeResult): TargetCheck[] {
  const tier = targetsFor(size.articles);
  return METRICS.flatMap(({ key }) =>
    ((tier ? tier[key] : TARGETS[key]) ?? []).map((target) => ({
      metric: key,
      target,
      met: tier ? meets(target, size, key) : null,
    })),
  );
}

function meets(target: Target, size: SizeResult, key: MetricKey): boolean | null {
  const parley = size.engines.parley[key];
  // A step Parley failed cannot meet its target; a missing rival only makes a comparison unjudgeable.
  if (parley === null) return false;
  if (target.kind === 'max') return parley <= target.max;
  if (target.kind === 'factor') {
    const factor = betterBy(parley, size.engines.lunr[key]);
    return factor === null ? null : factor >= target.min;
  }
  const rivals = ENGINE_COLUMNS.filter((e) => e !== 'parley')
    .map((e) => size.engines[e][key])
    .filter((v): v is number => v !== null);
  return rivals.length === 0 ? null : rivals.every((v) => parley < v);
}

function formatValue(value: number | null, unit: string, decimals: number): string {
  return value === null ? '–' : `${value.toFixed(decimals)} ${unit}`;
}

/** Lays rows out as an aligned Markdown table, so it reads in a terminal and pastes into a report. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${widths.map((w, i) => (cells[i] ?? '').padEnd(w)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** The table for one corpus size: metric | each engine | Parley vs lunr | target | met?. */
export function formatSizeTable(size: SizeResult): string {
  const checks = checkTargets(size);
  const rows = METRICS.map(({ key, unit, decimals }) => {
    const factor = betterBy(size.engines.parley[key], size.engines.lunr[key]);
    const mine = checks.filter((c) => c.metric === key);
    const met =
      mine.length === 0
        ? ''
        : mine.map((c) => (c.met === null ? 'n/a' : c.met ? 'yes' : 'NO')).join(', ');
    return [
      key,
      ...ENGINE_COLUMNS.map((engine) => formatValue(size.engines[engine][key], unit, decimals)),
      factor === null ? '–' : `${factor.toFixed(1)}×`,
      mine.map((c) => c.target.label).join(', '),
      met,
    ];
  });
  return formatTable(['metric', ...ENGINE_COLUMNS, 'lunr ÷ parley', 'target', 'met?'], rows);
}

/** A one-line verdict: how many of the applicable targets were met. */
export function summarizeTargets(sizes: readonly SizeResult[]): string {
  const checks = sizes.flatMap((s) => checkTargets(s).map((c) => ({ ...c, articles: s.articles })));
  const judged = checks.filter((c) => c.met !== null);
  if (judged.length === 0)
    return `No size at or above ${TARGET_ARTICLES.toLocaleString('en-US')} articles: targets not judged.`;
  const missed = judged.filter((c) => c.met === false);
  const verdict = `${judged.length - missed.length}/${judged.length} targets met`;
  return missed.length === 0
    ? `${verdict}.`
    : `${verdict}; missed: ${missed.map((c) => `${c.metric} at ${c.articles} (${c.target.label})`).join(', ')}.`;
}

/** The footnote on the machine: its CPUs and load, and a warning only when the load exceeded them. */
export function describeMachine(cpus: number, loadStart: number, loadEnd: number): string {
  const busy = Math.max(loadStart, loadEnd) > cpus;
  return (
    `Machine: ${cpus} CPUs; 1-minute load average ${loadStart.toFixed(1)} at the start, ` +
    `${loadEnd.toFixed(1)} at the end` +
    (busy ? ' (above the CPU count: other work skewed the timings).' : '.')
  );
}
