import type { Attribution } from '../../../shared/origins';
import { createAliasTable } from './aliases';
import { extractAttributions } from './extract';
import { headlineCredit } from './headline';
import { primaryOrigin } from './primary';
import type { LabelledPassage } from './test-set/passages';

/** Precision and recall of attribution spans, and primary-origin accuracy, over labelled passages. */
export type Scores = {
  passages: number;
  precision: number;
  recall: number;
  originAccuracy: number;
  /** Precision and recall of the outlets headlines credit, over the passages with a headline. */
  headlinePrecision: number;
  headlineRecall: number;
  misses: string[];
};

const aliases = createAliasTable();

/** A found span counts when its kind and outlet match a labelled span it overlaps. */
export function evaluate(
  set: readonly LabelledPassage[],
  options: { headlines: boolean } = { headlines: true },
): Scores {
  let found = 0;
  let correct = 0;
  let labelled = 0;
  let recalled = 0;
  let originsRight = 0;
  let headlinesFound = 0;
  let headlinesRight = 0;
  let headlinesLabelled = 0;
  const misses: string[] = [];
  for (const p of set) {
    const got = extractAttributions(p.text, aliases);
    const gold = p.spans.map(([kind, outlet, cue]) => {
      const start = p.text.indexOf(cue);
      if (start < 0) throw new Error(`cue ${JSON.stringify(cue)} is not in its passage`);
      return { kind, outlet, cue, start, end: start + cue.length };
    });
    const same = (a: Attribution, b: Attribution) =>
      a.kind === b.kind && a.outlet === b.outlet && a.start < b.end && b.start < a.end;
    found += got.length;
    correct += got.filter((g) => gold.some((l) => same(g, l))).length;
    labelled += gold.length;
    recalled += gold.filter((l) => got.some((g) => same(g, l))).length;
    for (const g of got)
      if (!gold.some((l) => same(g, l))) misses.push(`extra ${g.kind} ${JSON.stringify(g.cue)}`);
    for (const l of gold)
      if (!got.some((g) => same(g, l))) misses.push(`missed ${l.kind} ${JSON.stringify(l.cue)}`);
    const headline = options.headlines ? headlineCredit(p.title, null, aliases) : null;
    if (headline) headlinesFound++;
    if (p.headline) headlinesLabelled++;
    if (headline && headline.outlet === p.headline) headlinesRight++;
    else if (headline) misses.push(`headline ${headline.outlet} in ${JSON.stringify(p.title)}`);
    const { origin } = primaryOrigin(p.text, got, null, headline?.outlet ?? null);
    if (origin === p.origin) originsRight++;
    else misses.push(`origin ${String(origin)} for ${JSON.stringify(p.text.slice(0, 50))}`);
  }
  return {
    passages: set.length,
    precision: found === 0 ? 1 : correct / found,
    recall: labelled === 0 ? 1 : recalled / labelled,
    originAccuracy: set.length === 0 ? 1 : originsRight / set.length,
    headlinePrecision: headlinesFound === 0 ? 1 : headlinesRight / headlinesFound,
    headlineRecall: headlinesLabelled === 0 ? 1 : headlinesRight / headlinesLabelled,
    misses,
  };
}
