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

export type SizeResult = {
  articles: number;
  /** Origins analysis over every article of the corpus (issue #10 target: ≤ 10 s at 10,000). */
  origins_s?: number;
  /** Origins again after one file changed (only it is extracted). */
  origins_changed_s?: number;
  parley: EngineMetrics;
  baseline: EngineMetrics;
};

/** The one JSON object `npm run bench -- --json` prints. */
export type BenchReport = {
  sizes: SizeResult[];
  /** "matrix open": matrix:get over 12 parties × 20 issues with 2,000 links (median ms). */
  matrix?: { open_ms: number; as_of_ms: number };
};

/** A goal for Parley: beat the baseline by a factor, or stay under an absolute limit. */
export type Target =
  { kind: 'factor'; min: number; label: string } | { kind: 'max'; max: number; label: string };

export type TargetCheck = { metric: MetricKey; target: Target; met: boolean | null };

/** Targets are stated for this corpus size; smaller corpora show them for reference only. */
export const TARGET_ARTICLES = 10_000;

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

export const TARGETS: Partial<Record<MetricKey, Target>> = {
  build_s: { kind: 'factor', min: 4, label: '≥ 4× faster' },
  peak_rss_mb: { kind: 'factor', min: 2, label: '≥ 2× lower' },
  warm_start_s: { kind: 'max', max: 1, label: '≤ 1 s' },
  query_p95_ms: { kind: 'max', max: 25, label: '≤ 25 ms' },
  update_s: { kind: 'max', max: 1, label: '≤ 1 s' },
};

/** How many times lower (better) Parley's figure is than the baseline's; null when either is missing or zero. */
export function betterBy(parley: number | null, baseline: number | null): number | null {
  if (parley === null || baseline === null || parley <= 0 || baseline <= 0) return null;
  return baseline / parley;
}

/** Checks Parley's figures against the targets; `met` is null below the target size or when the baseline figure is missing. */
export function checkTargets(size: SizeResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const { key } of METRICS) {
    const target = TARGETS[key];
    if (!target) continue;
    checks.push({
      metric: key,
      target,
      met: size.articles >= TARGET_ARTICLES ? meets(target, size, key) : null,
    });
  }
  return checks;
}

function meets(target: Target, size: SizeResult, key: MetricKey): boolean | null {
  const parley = size.parley[key];
  // A step Parley failed cannot meet its target; a missing baseline only makes a factor unjudgeable.
  if (parley === null) return false;
  if (target.kind === 'max') return parley <= target.max;
  const factor = betterBy(parley, size.baseline[key]);
  return factor === null ? null : factor >= target.min;
}

function formatValue(value: number | null, unit: string, decimals: number): string {
  return value === null ? 'failed' : `${value.toFixed(decimals)} ${unit}`;
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

/** The table for one corpus size: metric | parley | baseline | ratio | target | met?. */
export function formatSizeTable(size: SizeResult): string {
  const checks = new Map(checkTargets(size).map((c) => [c.metric, c]));
  const rows = METRICS.map(({ key, unit, decimals }) => {
    const factor = betterBy(size.parley[key], size.baseline[key]);
    const check = checks.get(key);
    const met = check === undefined ? '' : check.met === null ? 'n/a' : check.met ? 'yes' : 'NO';
    return [
      key,
      formatValue(size.parley[key], unit, decimals),
      formatValue(size.baseline[key], unit, decimals),
      factor === null ? '–' : `${factor.toFixed(1)}×`,
      check?.target.label ?? '',
      met,
    ];
  });
  return formatTable(['metric', 'parley', 'baseline', 'ratio', 'target', 'met?'], rows);
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
