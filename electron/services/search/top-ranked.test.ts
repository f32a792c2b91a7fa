import { describe, expect, it } from 'vitest';
import { topRanked } from './top-ranked';

/** A fixed pseudo-random sequence, so a failure names a case that fails every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

type Hit = { score: number; id: number };
// Best score first, ties by id: a total order, as the search's orders are.
const byScore = (a: Hit, b: Hit): number => b.score - a.score || a.id - b.id;

describe('topRanked', () => {
  it('gives the first k of a full sort, for every size, page and tie pattern', () => {
    const next = random(11);
    for (let n = 0; n < 300; n += 7) {
      // Few distinct scores, so ties are common and only the ids order them.
      const hits = Array.from({ length: n }, (_, id) => ({ score: Math.floor(next() * 20), id }));
      const sorted = [...hits].sort(byScore);
      for (const k of [0, 1, 2, 5, 20, 50, n, n + 3]) {
        expect(topRanked(hits, k, byScore), `n=${n} k=${k}`).toEqual(sorted.slice(0, k));
      }
    }
  });

  it('leaves its input as it was', () => {
    const hits = [3, 1, 4, 1, 5, 9, 2, 6].map((score, id) => ({ score, id }));
    const before = hits.map((hit) => ({ ...hit }));
    topRanked(hits, 2, byScore);
    expect(hits).toEqual(before);
  });
});
