import { describe, expect, it } from 'vitest';
import {
  betterBy,
  checkTargets,
  describeMachine,
  formatSizeTable,
  formatTable,
  summarizeTargets,
  type EngineMetrics,
  type SizeResult,
} from './report';

const lunr: EngineMetrics = {
  build_s: 25,
  peak_rss_mb: 600,
  disk_mb: 40,
  warm_start_s: 2.5,
  query_p50_ms: 4,
  query_p95_ms: 30,
  update_s: 25,
};
const peer = (build_s: number, peak_rss_mb: number): EngineMetrics => ({
  build_s,
  peak_rss_mb,
  disk_mb: null,
  warm_start_s: null,
  query_p50_ms: 0.5,
  query_p95_ms: 2,
  update_s: null,
});
const goodParley: EngineMetrics = {
  build_s: 5,
  peak_rss_mb: 250,
  disk_mb: 30,
  warm_start_s: 0.4,
  query_p50_ms: 0.8,
  query_p95_ms: 2,
  update_s: 0.2,
};
const sizeOf = (
  articles: number,
  parley: EngineMetrics,
  peers: { minisearch?: EngineMetrics; flexsearch?: EngineMetrics } = {},
): SizeResult => ({
  articles,
  engines: {
    parley,
    lunr,
    minisearch: peers.minisearch ?? peer(6, 300),
    flexsearch: peers.flexsearch ?? peer(7, 280),
  },
});
const met = (size: SizeResult, metric: string, label?: RegExp) =>
  checkTargets(size)
    .filter((c) => c.metric === metric && (!label || label.test(c.target.label)))
    .map((c) => c.met);

describe('betterBy', () => {
  it('says how many times lower Parley’s figure is', () => {
    expect(betterBy(5, 25)).toBe(5);
    expect(betterBy(50, 25)).toBe(0.5);
  });

  it('gives null when a figure is missing or zero', () => {
    expect(betterBy(null, 25)).toBeNull();
    expect(betterBy(0, 25)).toBeNull();
  });
});

describe('checkTargets', () => {
  it('meets every 10k target when Parley beats lunr by the factors and leads every peer', () => {
    const checks = checkTargets(sizeOf(10_000, goodParley));
    expect(checks.map((c) => `${c.metric} ${c.target.label}`)).toEqual([
      'build_s ≥ 4× lunr',
      'build_s best of all',
      'peak_rss_mb ≥ 2× lunr',
      'peak_rss_mb best of all',
      'warm_start_s ≤ 1 s',
      'query_p50_ms ≤ 1 ms',
      'query_p95_ms ≤ 2.5 ms',
      'update_s ≤ 1 s',
    ]);
    expect(checks.every((c) => c.met === true)).toBe(true);
  });

  it('misses the lead when one peer builds faster or uses less memory, whatever lunr does', () => {
    const size = sizeOf(10_000, goodParley, { flexsearch: peer(4.9, 249) });
    expect(met(size, 'build_s')).toEqual([true, false]);
    expect(met(size, 'peak_rss_mb')).toEqual([true, false]);
  });

  it('misses the lunr factor at 3× and meets the memory factor at exactly 2×', () => {
    const size = sizeOf(
      10_000,
      { ...goodParley, build_s: 25 / 3, peak_rss_mb: 300 },
      {
        minisearch: peer(9, 400),
        flexsearch: peer(9, 400),
      },
    );
    expect(met(size, 'build_s', /lunr/)).toEqual([false]);
    expect(met(size, 'peak_rss_mb', /lunr/)).toEqual([true]);
  });

  it('misses an absolute limit by a hair and counts a failed step as missed', () => {
    const size = sizeOf(10_000, { ...goodParley, query_p95_ms: 2.51, update_s: null });
    expect(met(size, 'query_p95_ms')).toEqual([false]);
    expect(met(size, 'update_s')).toEqual([false]);
  });

  it('cannot judge the lead when no other engine measured the metric', () => {
    const none = { ...lunr, build_s: null };
    const size: SizeResult = {
      articles: 10_000,
      engines: { parley: goodParley, lunr: none, minisearch: none, flexsearch: none },
    };
    expect(met(size, 'build_s')).toEqual([null, null]);
  });

  it('judges 50k by its absolute limits', () => {
    const size = sizeOf(50_000, {
      ...goodParley,
      build_s: 8.5,
      peak_rss_mb: 590,
      query_p95_ms: 14,
    });
    expect(checkTargets(size).map((c) => `${c.metric} ${c.target.label} ${c.met}`)).toEqual([
      'build_s ≤ 8 s false',
      'peak_rss_mb ≤ 600 MB true',
      'warm_start_s ≤ 1 s true',
      'query_p95_ms ≤ 15 ms true',
      'update_s ≤ 1 s true',
    ]);
  });

  it('does not judge sizes below 10k', () => {
    const checks = checkTargets(sizeOf(1_000, { ...goodParley, build_s: 100 }));
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.every((c) => c.met === null)).toBe(true);
  });
});

describe('formatTable', () => {
  it('aligns cells into a Markdown table', () => {
    expect(formatTable(['a', 'bb'], [['ccc', 'd']])).toBe(
      '| a   | bb |\n|-----|----|\n| ccc | d  |',
    );
  });
});

describe('formatSizeTable', () => {
  it('shows each metric for every engine, Parley against lunr, the targets and the verdicts', () => {
    const table = formatSizeTable(sizeOf(10_000, { ...goodParley, update_s: null }));
    const lines = table.split('\n');
    expect(lines[0]).toMatch(
      /^\| metric +\| parley +\| lunr +\| minisearch +\| flexsearch +\| lunr ÷ parley +\| target +\| met\? +\|$/,
    );
    expect(lines.find((l) => l.startsWith('| build_s '))).toMatch(
      /5\.00 s +\| 25\.00 s +\| 6\.00 s +\| 7\.00 s +\| 5\.0× +\| ≥ 4× lunr, best of all +\| yes, yes/,
    );
    expect(lines.find((l) => l.startsWith('| disk_mb '))).toMatch(
      /30\.0 MB +\| 40\.0 MB +\| – +\| – +\| 1\.3× +\| +\| +\|$/,
    );
    expect(lines.find((l) => l.startsWith('| update_s '))).toMatch(
      /– +\| 25\.000 s +\| – +\| – +\| – +\| ≤ 1 s +\| NO/,
    );
  });
});

describe('summarizeTargets', () => {
  it('lists the targets that were missed', () => {
    expect(summarizeTargets([sizeOf(10_000, { ...goodParley, warm_start_s: 1.5 })])).toBe(
      '7/8 targets met; missed: warm_start_s at 10000 (≤ 1 s).',
    );
  });

  it('says when no size was large enough to judge', () => {
    expect(summarizeTargets([sizeOf(1_000, goodParley)])).toMatch(/not judged/);
  });
});

describe('describeMachine', () => {
  it('warns about skewed timings only when the load exceeded the CPUs', () => {
    expect(describeMachine(2, 0.9, 1.0)).toBe(
      'Machine: 2 CPUs; 1-minute load average 0.9 at the start, 1.0 at the end.',
    );
    expect(describeMachine(2, 0.9, 3.4)).toMatch(/3\.4 at the end \(above the CPU count/);
  });
});
