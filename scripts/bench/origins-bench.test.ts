import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchOrigins } from './origins-bench';

describe('origins bench case', () => {
  it('reads a folder and reports the origins it found with the time they took', async () => {
    const result = await benchOrigins(resolve(import.meta.dirname, '../../seeds'));
    expect(result).toMatchObject({
      articles: 5,
      relays: 5,
      groups: 1,
      independentOrigins: 2,
      reextracted: 1,
    });
    expect(result.origins_s).toBeGreaterThan(0);
    expect(result.changed_s).toBeGreaterThan(0);
  });
});
