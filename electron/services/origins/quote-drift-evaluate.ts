import { clusterQuotations } from './quote-drift';
import type { DriftCase } from './test-set/quote-pairs';

/** Pairwise precision and recall of quote clustering over labelled cases, with what it got wrong. */
export type DriftScores = {
  quotations: number;
  /** Pairs of quotations labelled as one statement. */
  pairs: number;
  precision: number;
  recall: number;
  misses: string[];
};

/**
 * Clusters each case's quotations (each one standing for its own article) and counts pairs: put
 * together and labelled one statement (right), put together but labelled apart (wrong), labelled
 * one statement but left apart (missed).
 */
export function evaluateDrift(cases: readonly DriftCase[], threshold?: number): DriftScores {
  let right = 0;
  let wrong = 0;
  let missed = 0;
  let quotations = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const quoted = c.quotes.map(([, text], i) => ({ article: String(i), text }));
    quotations += quoted.length;
    const clusterOf = new Map<number, number>();
    clusterQuotations(quoted, threshold).forEach((members, k) => {
      for (const i of members) clusterOf.set(i, k);
    });
    for (let i = 0; i < quoted.length; i++)
      for (let j = i + 1; j < quoted.length; j++) {
        const labelled = c.quotes[i]![0] === c.quotes[j]![0];
        const together = clusterOf.has(i) && clusterOf.get(i) === clusterOf.get(j);
        const pair = `${c.quotes[i]![0]} #${i} ~ ${c.quotes[j]![0]} #${j} (${c.lang})`;
        if (labelled && together) right++;
        else if (together) {
          wrong++;
          misses.push(`joined ${pair}`);
        } else if (labelled) {
          missed++;
          misses.push(`missed ${pair}`);
        }
      }
  }
  return {
    quotations,
    pairs: right + missed,
    precision: right + wrong === 0 ? 1 : right / (right + wrong),
    recall: right + missed === 0 ? 1 : right / (right + missed),
    misses,
  };
}
