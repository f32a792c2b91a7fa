import { describe, expect, it } from 'vitest';
import {
  checkRendererTargets,
  formatRendererTable,
  parseProbeSnapshot,
  summariseBlocking,
  summariseFrames,
  summariseRendererTargets,
  type RendererMetrics,
} from './renderer-metrics';

const snapshot = parseProbeSnapshot({
  now: 5000,
  longTasks: [
    { name: 'self', start: 100, duration: 70 }, // before the phase
    { name: 'self', start: 1000, duration: 64 },
    { name: 'self', start: 1500, duration: 120.44 },
    { name: 'self', start: 3000, duration: 80 }, // after it
  ],
  events: [
    { name: 'keydown', start: 1100, duration: 24 },
    { name: 'keyup', start: 1200, duration: 88 },
    { name: 'mouseover', start: 1250, duration: 40 },
    { name: 'DOMContentLoaded', start: 1300, duration: 400 }, // not input
    { name: 'keydown', start: 2900, duration: 300 }, // after it
  ],
  frames: [],
});

describe('the page probe', () => {
  it('refuses an answer that is not a probe snapshot, saying so', () => {
    expect(() => parseProbeSnapshot({ now: 1, longTasks: [{ start: 'x' }] })).toThrow(
      /performance probe answered something unexpected/,
    );
    expect(() => parseProbeSnapshot(undefined)).toThrow(/performance probe/);
  });

  it('summarises only the tasks and input events that started inside the phase', () => {
    expect(summariseBlocking(snapshot, 1000, 2000)).toEqual({
      longest_task_ms: 120.4,
      long_tasks_over_50ms: 2,
      max_event_ms: 88,
      slowest_event: 'keyup',
    });
  });

  it('reports a quiet phase as no long task and no slow event', () => {
    expect(summariseBlocking(snapshot, 2000, 2800)).toEqual({
      longest_task_ms: 0,
      long_tasks_over_50ms: 0,
      max_event_ms: 0,
      slowest_event: null,
    });
  });
});

describe('frame gaps', () => {
  it('gives the 95th percentile and the longest gap between frames', () => {
    // 20 frames 16 ms apart, then one frame 100 ms late.
    const frames = Array.from({ length: 20 }, (_, i) => i * 16);
    frames.push(19 * 16 + 100);
    expect(summariseFrames(frames)).toEqual({ frames: 21, p95_ms: 16, max_ms: 100 });
  });

  it('has nothing to say about fewer than two frames', () => {
    expect(summariseFrames([])).toBeNull();
    expect(summariseFrames([12])).toBeNull();
  });
});

const smooth: RendererMetrics = {
  typing_longest_task_ms: 0,
  typing_long_tasks_over_50ms: 0,
  max_event_duration_ms: 32,
  typing_frame_max_ms: 33,
  scroll_frame_p95_ms: 16.7,
  scroll_frame_max_ms: 40,
  scroll_longest_task_ms: 0,
  scroll_long_tasks_over_50ms: 0,
};

describe('renderer targets', () => {
  it('are met when nothing blocks input for more than 50 ms and scrolling keeps 60 Hz', () => {
    expect(checkRendererTargets(smooth).every((c) => c.met === true)).toBe(true);
    expect(summariseRendererTargets(smooth)).toBe('renderer: 6/6 targets met.');
  });

  it('are missed by a long task while typing and by janky scrolling, naming the figures', () => {
    const janky = {
      ...smooth,
      typing_longest_task_ms: 140,
      typing_long_tasks_over_50ms: 3,
      scroll_frame_p95_ms: 33.4,
    };
    expect(summariseRendererTargets(janky)).toBe(
      'renderer: 3/6 targets met; missed: typing_longest_task_ms (≤ 50 ms: 140), typing_long_tasks_over_50ms (0: 3), scroll_frame_p95_ms (≤ 20 ms: 33.4).',
    );
  });

  it('counts exactly 50 ms as within the limit', () => {
    const edge = { ...smooth, typing_longest_task_ms: 50, max_event_duration_ms: 50 };
    expect(checkRendererTargets(edge).every((c) => c.met === true)).toBe(true);
  });

  it('leaves a figure that could not be measured unjudged, and shows it as missing', () => {
    const partial = { ...smooth, scroll_frame_p95_ms: null };
    expect(checkRendererTargets(partial).find((c) => c.key === 'scroll_frame_p95_ms')?.met).toBe(
      null,
    );
    expect(summariseRendererTargets(partial)).toBe('renderer: 5/5 targets met.');
    expect(formatRendererTable(partial)).toMatch(
      /\| scroll_frame_p95_ms +\| – +\| ≤ 20 ms \| n\/a/,
    );
  });

  it('lays the figures out as a table with the target and verdict beside each', () => {
    const table = formatRendererTable({ ...smooth, typing_longest_task_ms: 72.5 });
    expect(table).toMatch(/\| typing_longest_task_ms +\| 72\.5 ms +\| ≤ 50 ms +\| NO /);
    expect(table).toMatch(/\| typing_frame_max_ms +\| 33 ms +\| +\| +\|/);
  });
});
