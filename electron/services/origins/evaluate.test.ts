import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { passages } from './test-set/passages';

describe('origins on the labelled test set', () => {
  it('covers English, Russian and Ukrainian with relays, statements, anonymous sourcing, credits and decoys', () => {
    expect(passages.length).toBeGreaterThanOrEqual(60);
    for (const lang of ['en', 'ru', 'uk'] as const)
      expect(passages.filter((p) => p.lang === lang).length).toBeGreaterThanOrEqual(15);
    const kinds = new Set(passages.flatMap((p) => p.spans.map(([kind]) => kind)));
    expect([...kinds].sort()).toEqual(['anonymous', 'credit', 'relays', 'statement']);
    expect(passages.filter((p) => p.spans.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it('finds attribution spans and primary origins no worse than measured', () => {
    const scores = evaluate(passages);
    console.log(
      `origins test set: ${scores.passages} passages, span precision ${(scores.precision * 100).toFixed(1)}%, ` +
        `recall ${(scores.recall * 100).toFixed(1)}%, primary origin ${(scores.originAccuracy * 100).toFixed(1)}%` +
        (scores.misses.length ? `\n  ${scores.misses.join('\n  ')}` : ''),
    );
    // Measured 100 % / 100 % / 100 % (61 passages); the floors leave a small margin.
    expect(scores.precision).toBeGreaterThanOrEqual(0.95);
    expect(scores.recall).toBeGreaterThanOrEqual(0.95);
    expect(scores.originAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
