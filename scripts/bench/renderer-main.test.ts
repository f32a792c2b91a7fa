import { describe, expect, it } from 'vitest';
import { formatRendererSection, rendererVerdict } from './renderer-main';

describe('the renderer section of the bench output', () => {
  it('says why the renderer was not measured instead of leaving it out', () => {
    const skipped = { skipped: true as const, reason: 'no Chromium at /usr/bin/chromium' };
    expect(formatRendererSection(skipped)).toContain('Skipped: no Chromium at /usr/bin/chromium');
    expect(rendererVerdict(skipped)).toBe('renderer: not measured.');
  });

  it('shows the table, what was typed and scrolled, and the load it was measured under', () => {
    const section = formatRendererSection({
      skipped: false,
      metrics: {
        typing_longest_task_ms: 0,
        typing_long_tasks_over_50ms: 0,
        max_event_duration_ms: 16,
        typing_frame_max_ms: 33.3,
        scroll_frame_p95_ms: 16.7,
        scroll_frame_max_ms: 33.3,
        scroll_longest_task_ms: 61,
        scroll_long_tasks_over_50ms: 1,
      },
      queries: [{ text: 'oil prices', total: 1800 }],
      scroll: { query: 'year', total: 21_000, rows_loaded: 760, distance_px: 100_000 },
      load_average: [1.5, 1.2, 1],
    });
    expect(section).toMatch(/\| scroll_longest_task_ms +\| 61 ms +\| ≤ 50 ms +\| NO /);
    expect(section).toContain('Typed (hits): "oil prices" 1,800; scrolled "year" (21,000 hits)');
    expect(section).toContain('Load average 1.5 / 1.2 / 1');
  });
});
