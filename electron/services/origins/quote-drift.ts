import { diffWords } from 'diff';
import type { DiffPart } from '../../../shared/quote';
import type { QuoteDrift, QuoteVariant } from '../../../shared/quote-drift';
import { extractQuotations, type Quotation } from './quotations';
import {
  isContent,
  prepareWordings,
  sharedWeight,
  similarity,
  type Wording,
} from './quote-similarity';

/** Two wordings at least this alike render one statement (measured on the labelled set: see quote-drift-evaluate). */
export const DRIFT_THRESHOLD = 0.45;
/** Shorter quotations (a scare-quoted word, "peace in a week") are too thin to compare. */
export const MIN_WORDS = 4;

/** An article of a relay group, as the drift finder reads it. */
export type DriftArticle = {
  id: string;
  path: string;
  title: string;
  outlet: string | null;
  text: string;
};

/** A quotation to cluster, with the article it comes from. */
export type Quoted = { article: string; text: string };

/**
 * Groups quotations that render one statement: single-link clusters over pairs from different
 * articles at least `threshold` alike. Answers clusters of indices into `quoted` with two or
 * more articles, in order of their first quotation.
 */
export function clusterQuotations(
  quoted: readonly Quoted[],
  threshold = DRIFT_THRESHOLD,
): number[][] {
  const wordings = prepareWordings(quoted.map((q) => q.text));
  const parent = quoted.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const [i, j] of candidatePairs(quoted, wordings, threshold)) {
    if (find(i) === find(j)) continue;
    if (similarity(wordings[i]!, wordings[j]!) >= threshold) parent[find(i)] = find(j);
  }
  const clusters = new Map<number, number[]>();
  quoted.forEach((_, i) => {
    const root = find(i);
    clusters.set(root, [...(clusters.get(root) ?? []), i]);
  });
  return [...clusters.values()]
    .filter((members) => new Set(members.map((i) => quoted[i]!.article)).size > 1)
    .sort((a, b) => a[0]! - b[0]!);
}

/**
 * Pairs from different articles that share a content word and whose shared weight could reach
 * `threshold`: the only pairs worth comparing word by word (a group of 200 articles holds
 * thousands of quotations; most pairs share nothing).
 */
function candidatePairs(
  quoted: readonly Quoted[],
  wordings: Wording[],
  threshold: number,
): [number, number][] {
  const postings = new Map<string, number[]>();
  wordings.forEach((w, i) => {
    for (const s of w.counts.keys())
      if (isContent(s)) postings.set(s, [...(postings.get(s) ?? []), i]);
  });
  const pairs: [number, number][] = [];
  const seen = new Set<number>();
  wordings.forEach((w, i) => {
    seen.clear();
    for (const s of w.counts.keys()) {
      if (!isContent(s)) continue;
      for (const j of postings.get(s) ?? []) {
        if (j <= i || seen.has(j) || quoted[j]!.article === quoted[i]!.article) continue;
        seen.add(j);
        const other = wordings[j]!;
        if (sharedWeight(w, other) / Math.min(w.total, other.total) >= threshold)
          pairs.push([i, j]);
      }
    }
  });
  return pairs;
}

/** The words of a wording as written, for telling wordings apart (case and punctuation aside). */
const wordingKey = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** A word diff from `from` (removed) to `to` (added). */
export function wordDiff(from: string, to: string): DiffPart[] {
  return diffWords(from, to).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

/**
 * Quote drift across the articles of one relay group: every statement quoted in two or more of
 * them in at least two different wordings, each wording with its offsets and a word diff from
 * the reference wording (the one most like all the others). Identical wordings are no drift.
 */
export function findQuoteDrift(articles: readonly DriftArticle[]): QuoteDrift[] {
  const quoted: (Quoted & { from: DriftArticle; at: Quotation })[] = [];
  for (const article of articles)
    for (const at of extractQuotations(article.text))
      if ((at.text.match(/[\p{L}\p{N}]+/gu) ?? []).length >= MIN_WORDS)
        quoted.push({ article: article.id, text: at.text, from: article, at });

  const drift: QuoteDrift[] = [];
  for (const members of clusterQuotations(quoted)) {
    const wordings = new Set(members.map((i) => wordingKey(quoted[i]!.text))).size;
    if (wordings < 2) continue;
    const reference = medoid(members.map((i) => quoted[i]!.text));
    const ordered = [members[reference]!, ...members.filter((_, k) => k !== reference)];
    const base = quoted[ordered[0]!]!.text;
    const variants = ordered.map((i): QuoteVariant => {
      const { from, at } = quoted[i]!;
      return {
        articleId: from.id,
        path: from.path,
        title: from.title,
        outlet: from.outlet,
        text: at.text,
        start: at.start,
        end: at.end,
        diff: wordDiff(base, at.text),
      };
    });
    drift.push({ variants, wordings });
  }
  return drift;
}

/** Index of the wording most like all the others (the first such, on a tie). */
function medoid(texts: readonly string[]): number {
  const wordings = prepareWordings(texts);
  let best = 0;
  let bestScore = -1;
  wordings.forEach((w, i) => {
    const score = wordings.reduce(
      (sum, other, j) => (j === i ? sum : sum + similarity(w, other)),
      0,
    );
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}
