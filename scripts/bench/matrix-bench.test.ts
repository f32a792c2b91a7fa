import { describe, expect, it } from 'vitest';
import { benchMatrix } from './matrix-bench';

describe('matrix open bench case', () => {
  it('builds a matrix of the asked size with its links and times reading it whole', async () => {
    const result = await benchMatrix(5, 7, 60);
    expect(result).toMatchObject({ parties: 5, issues: 7, links: 60 });
    expect(result.open_ms).toBeGreaterThan(0);
    expect(result.as_of_ms).toBeGreaterThan(0);
  });
});
