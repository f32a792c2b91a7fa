import { z } from 'zod';
import { formatTable } from './report';
import { percentile, round } from './stats';

/**
 * The pure half of the renderer bench (#14: "typing a query over 50k articles never blocks input
 * longer than 50 ms, results for a 10,000-hit query scroll smoothly"): what the page's probe
 * reports, how a phase of it is summarised, and how the figures are judged.
 */

const entry = z.object({ name: z.string(), start: z.number(), duration: z.number() });

/** What the in-page probe (renderer-probe.ts) answers: every long task and slow event so far. */
export const probeSnapshotSchema = z.object({
  now: z.number(),
  longTasks: z.array(entry),
  events: z.array(entry),
  frames: z.array(z.number()),
});
export type ProbeSnapshot = z.infer<typeof probeSnapshotSchema>;
export type ProbeEntry = z.infer<typeof entry>;

/** Parses what the page answered, saying what was wrong instead of trusting it. */
export function parseProbeSnapshot(raw: unknown): ProbeSnapshot {
  const parsed = probeSnapshotSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `the page's performance probe answered something unexpected: ${parsed.error.message}`,
    );
  return parsed.data;
}

/** An entry belongs to a phase when it starts inside [from, to) (page clock, ms). */
const within = (from: number, to: number) => (e: ProbeEntry) => e.start >= from && e.start < to;

/** The main thread's long tasks (each > 50 ms by definition) and slowest input event in a phase. */
export type BlockingSummary = {
  longest_task_ms: number;
  long_tasks_over_50ms: number;
  /** Input events only (key, pointer, click, input); an event's duration runs to the next paint. */
  max_event_ms: number;
  /** Which event that was ("keydown"), or null when none was slow enough to be reported. */
  slowest_event: string | null;
};

const INPUT_EVENT = /^(key|pointer|mouse|click|input|beforeinput|touch|wheel|compositionend)/;

export function summariseBlocking(
  snapshot: ProbeSnapshot,
  from: number,
  to: number,
): BlockingSummary {
  const tasks = snapshot.longTasks.filter(within(from, to));
  const events = snapshot.events.filter(within(from, to)).filter((e) => INPUT_EVENT.test(e.name));
  const slowest = events.reduce<ProbeEntry | null>(
    (best, e) => (best === null || e.duration > best.duration ? e : best),
    null,
  );
  return {
    longest_task_ms: round(Math.max(0, ...tasks.map((t) => t.duration)), 1),
    long_tasks_over_50ms: tasks.filter((t) => t.duration > 50).length,
    max_event_ms: round(slowest?.duration ?? 0, 1),
    slowest_event: slowest?.name ?? null,
  };
}

/** Gaps between consecutive animation frames: what a user sees as smooth or janky. */
export type FrameGaps = { frames: number; p95_ms: number; max_ms: number };

/** Summarises requestAnimationFrame timestamps (ms, ascending); null with fewer than two frames. */
export function summariseFrames(timestamps: readonly number[]): FrameGaps | null {
  const gaps = timestamps.slice(1).map((t, i) => t - (timestamps[i] ?? t));
  if (gaps.length === 0) return null;
  return {
    frames: timestamps.length,
    p95_ms: round(percentile(gaps, 95), 1),
    max_ms: round(Math.max(...gaps), 1),
  };
}

/** The renderer section of the bench report; figures are null when the step could not run. */
export type RendererMetrics = {
  typing_longest_task_ms: number | null;
  typing_long_tasks_over_50ms: number | null;
  max_event_duration_ms: number | null;
  typing_frame_max_ms: number | null;
  scroll_frame_p95_ms: number | null;
  scroll_frame_max_ms: number | null;
  scroll_longest_task_ms: number | null;
  scroll_long_tasks_over_50ms: number | null;
};
export type RendererMetricKey = keyof RendererMetrics;

/** One measured run, or why there was none. */
export type RendererResult =
  | {
      skipped: false;
      metrics: RendererMetrics;
      /** Queries typed, with the hits each one found. */
      queries: { text: string; total: number }[];
      /** The query whose results were scrolled, its hits, and how far the scroll went. */
      scroll: { query: string; total: number; rows_loaded: number; distance_px: number };
      /** 1-, 5- and 15-minute load averages when the measurement started. */
      load_average: number[];
    }
  | { skipped: true; reason: string };

export const RENDERER_METRICS: readonly { key: RendererMetricKey; unit: string; about: string }[] =
  [
    {
      key: 'typing_longest_task_ms',
      unit: 'ms',
      about: 'longest main-thread task, typing until results settle',
    },
    { key: 'typing_long_tasks_over_50ms', unit: '', about: 'tasks over 50 ms in the same time' },
    {
      key: 'max_event_duration_ms',
      unit: 'ms',
      about: 'slowest input event, handler to next paint',
    },
    { key: 'typing_frame_max_ms', unit: 'ms', about: 'longest frame gap while typing' },
    {
      key: 'scroll_frame_p95_ms',
      unit: 'ms',
      about: 'frame gap while wheel-scrolling, 95th percentile',
    },
    { key: 'scroll_frame_max_ms', unit: 'ms', about: 'longest frame gap while scrolling' },
    {
      key: 'scroll_longest_task_ms',
      unit: 'ms',
      about: 'longest main-thread task while scrolling',
    },
    { key: 'scroll_long_tasks_over_50ms', unit: '', about: 'tasks over 50 ms while scrolling' },
  ];

/**
 * #14's renderer targets. "Never blocks input longer than 50 ms": no task over 50 ms while typing
 * and no input event waiting longer than that for its paint. "Scrolls smoothly": no task over
 * 50 ms while scrolling, and 95% of frames within 20 ms (one 60 Hz frame, with slack for timers).
 */
export const RENDERER_TARGETS: Partial<Record<RendererMetricKey, { max: number; label: string }>> =
  {
    typing_longest_task_ms: { max: 50, label: '≤ 50 ms' },
    typing_long_tasks_over_50ms: { max: 0, label: '0' },
    max_event_duration_ms: { max: 50, label: '≤ 50 ms' },
    scroll_frame_p95_ms: { max: 20, label: '≤ 20 ms' },
    scroll_longest_task_ms: { max: 50, label: '≤ 50 ms' },
    scroll_long_tasks_over_50ms: { max: 0, label: '0' },
  };

/** met: true/false per target; null when the figure is missing (the step failed). */
export function checkRendererTargets(
  metrics: RendererMetrics,
): { key: RendererMetricKey; label: string; met: boolean | null }[] {
  return RENDERER_METRICS.flatMap(({ key }) => {
    const target = RENDERER_TARGETS[key];
    if (!target) return [];
    const value = metrics[key];
    return [{ key, label: target.label, met: value === null ? null : value <= target.max }];
  });
}

/** The renderer table: metric | value | target | met? | what it is. */
export function formatRendererTable(metrics: RendererMetrics): string {
  const checks = checkRendererTargets(metrics);
  const rows = RENDERER_METRICS.map(({ key, unit, about }) => {
    const value = metrics[key];
    const check = checks.find((c) => c.key === key);
    const met = check === undefined ? '' : check.met === null ? 'n/a' : check.met ? 'yes' : 'NO';
    return [
      key,
      value === null ? '–' : `${value}${unit ? ` ${unit}` : ''}`,
      check?.label ?? '',
      met,
      about,
    ];
  });
  return formatTable(['metric', 'value', 'target', 'met?', 'what'], rows);
}

/** "renderer: 5/6 targets met; missed: …" for the summary line. */
export function summariseRendererTargets(metrics: RendererMetrics): string {
  const checks = checkRendererTargets(metrics);
  const judged = checks.filter((c) => c.met !== null);
  const missed = judged.filter((c) => c.met === false);
  const verdict = `renderer: ${judged.length - missed.length}/${judged.length} targets met`;
  return missed.length === 0
    ? `${verdict}.`
    : `${verdict}; missed: ${missed.map((c) => `${c.key} (${c.label}: ${metrics[c.key]})`).join(', ')}.`;
}
