import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { BENCH_QUERIES } from './queries';

describe('BENCH_QUERIES', () => {
  it('holds words, word pairs and quoted phrases, each once', () => {
    const kinds = BENCH_QUERIES.map((q) => q.kind);
    expect(kinds.filter((k) => k === 'word')).toHaveLength(20);
    expect(kinds.filter((k) => k === 'two words')).toHaveLength(12);
    expect(kinds.filter((k) => k === 'phrase')).toHaveLength(12);
    expect(new Set(BENCH_QUERIES.map((q) => q.parley)).size).toBe(BENCH_QUERIES.length);
    expect(
      BENCH_QUERIES.filter((q) => q.kind === 'phrase').every((q) =>
        /^"[a-z]+ [a-z]+"$/.test(q.parley),
      ),
    ).toBe(true);
  });

  it('gives the baseline lunr queries that require every word and find the documents holding them', () => {
    const index = lunr(function () {
      this.ref('id');
      this.field('body');
      this.add({ id: 'both', body: 'The central bank raised interest rates on crude oil.' });
      this.add({ id: 'one', body: 'A bank in the centre of town.' });
    });
    const refs = (text: string): string[] => index.search(text).map((r) => r.ref);
    const lunrFor = (parley: string): string =>
      BENCH_QUERIES.find((q) => q.parley === parley)?.lunr ?? '';
    expect(lunrFor('"central bank"')).toBe('+central +bank');
    expect(refs(lunrFor('"central bank"'))).toEqual(['both']);
    expect(refs(lunrFor('"interest rates"'))).toEqual(['both']);
    expect(refs(lunrFor('bank')).sort()).toEqual(['both', 'one']);
  });
});
