import { matchPassage, preparePassage } from '../passage-match';
import type { PassagePair } from './passage-pairs';

/** Filler either side of a labelled passage, so it is found inside an article, not as one. */
const wrap = (passage: string): string =>
  `Peace talks\n\nDiplomats met again on Wednesday in London.\n\n${passage}\n\nNo date was set for the next round of talks, officials said.`;

/** Precision and recall of "carries the passage" over labelled pairs, at `threshold`. */
export function evaluateMatcher(pairs: readonly PassagePair[], threshold?: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const pair of pairs) {
    const found = matchPassage(preparePassage(pair.quote), wrap(pair.passage), threshold) !== null;
    if (found && pair.carries) tp++;
    else if (found) fp++;
    else if (pair.carries) fn++;
    if (found !== pair.carries)
      misses.push(
        `${found ? 'false match' : 'missed'} (${pair.kind}): ${pair.passage.slice(0, 60)}…`,
      );
  }
  return {
    pairs: pairs.length,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    misses,
  };
}
