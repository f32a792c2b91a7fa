import { describe, expect, it } from 'vitest';
import { benchBriefingExport } from './briefing-bench';

describe('briefing export bench case', () => {
  it('renders a briefing citing every quote in each format and reports time and size', async () => {
    const result = await benchBriefingExport(20);
    expect(result.quotes).toBe(20);
    for (const format of ['md', 'html', 'docx', 'pdf'] as const) {
      expect(result.formats[format].bytes).toBeGreaterThan(1000);
      expect(result.formats[format].seconds).toBeGreaterThan(0);
    }
  });
});
