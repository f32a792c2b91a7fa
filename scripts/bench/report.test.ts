import { describe, expect, it } from 'vitest';
import {
  betterBy,
  checkTargets,
  describeMachine,
  formatSizeTable,
  formatTable,
  summarizeTargets,
  type EngineMetrics,
} from './report';

const baseline: EngineMetrics = {
  build_s: 25,
  peak_rss_mb: 600,
  disk_mb: 40,
  warm_start_s: 2.5,
  query_p50_ms: 4,
  query_p95_ms: 30,
  update_s: 25,
};
const goodParley: EngineMetrics = {
  build_s: 5,
  peak_rss_mb: 250,
  disk_mb: 30,
  warm_start_s: 0.4,
  query_p50_ms: 2,
  query_p95_ms: 10,
  update_s: 0.2,
};

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
  it('meets every target when Parley is fast enough at 10k', () => {
    const checks = checkTargets({ articles: 10_000, parley: goodParley, baseline });
    expect(checks.map((c) => c.metric)).toEqual([
      'build_s',
      'peak_rss_mb',
      'warm_start_s',
      'query_p95_ms',
      'update_s',
    ]);
    expect(checks.every((c) => c.met === true)).toBe(true);
  });

  it('misses the build target when Parley is only 3× faster, and the memory target at exactly 2× is met', () => {
    const parley = { ...goodParley, build_s: 25 / 3, peak_rss_mb: 300 };
    const checks = checkTargets({ articles: 10_000, parley, baseline });
    expect(checks.find((c) => c.metric === 'build_s')?.met).toBe(false);
    expect(checks.find((c) => c.metric === 'peak_rss_mb')?.met).toBe(true);
  });

  it('misses an absolute limit by a hair and counts a failed step as missed', () => {
    const parley = { ...goodParley, query_p95_ms: 25.01, update_s: null };
    const checks = checkTargets({ articles: 10_000, parley, baseline });
    expect(checks.find((c) => c.metric === 'query_p95_ms')?.met).toBe(false);
    expect(checks.find((c) => c.metric === 'update_s')?.met).toBe(false);
  });

  it('does not judge sizes below 10k', () => {
    const checks = checkTargets({
      articles: 1_000,
      parley: { ...goodParley, build_s: 100 },
      baseline,
    });
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
  it('shows each metric with both figures, the ratio, the target and the verdict', () => {
    const table = formatSizeTable({
      articles: 10_000,
      parley: { ...goodParley, update_s: null },
      baseline,
    });
    const lines = table.split('\n');
    expect(lines[0]).toMatch(
      /^\| metric +\| parley +\| baseline +\| ratio +\| target +\| met\? +\|$/,
    );
    expect(lines.find((l) => l.startsWith('| build_s '))).toMatch(
      /5\.00 s +\| 25\.00 s +\| 5\.0× +\| ≥ 4× faster +\| yes/,
    );
    expect(lines.find((l) => l.startsWith('| disk_mb '))).toMatch(
      /30\.0 MB +\| 40\.0 MB +\| 1\.3× +\| +\| +\|$/,
    );
    expect(lines.find((l) => l.startsWith('| update_s '))).toMatch(
      /failed +\| 25\.000 s +\| – +\| ≤ 1 s +\| NO/,
    );
  });
});

describe('summarizeTargets', () => {
  it('lists the targets that were missed', () => {
    const parley = { ...goodParley, warm_start_s: 1.5 };
    expect(summarizeTargets([{ articles: 10_000, parley, baseline }])).toBe(
      '4/5 targets met; missed: warm_start_s at 10000 (≤ 1 s).',
    );
  });

  it('says when no size was large enough to judge', () => {
    expect(summarizeTargets([{ articles: 1_000, parley: goodParley, baseline }])).toMatch(
      /not judged/,
    );
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
