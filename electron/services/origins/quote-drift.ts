import { diffWords } from 'diff';
import type { DiffPart } from '../../../shared/quote';
import type { QuoteDrift, QuoteVariant } from '../../../shared/quote-drift';
import { extractQuotations, type Quotation } from './quotations';
import {
  isContent,
  prepareWordings,
  sharedWeight,
  similarity,
  stemsOf,
  type Wording,
} from './quote-similarity';

/** Two wordings at least this alike render one statement (measured on the labelled set: see quote-drift-evaluate). */
export const DRIFT_THRESHOLD = 0.45;
/** Quotations with fewer content words (a scare-quoted word, "peace in a week") are too thin to compare. */
export const MIN_CONTENT_WORDS = 3;

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
  // Relays copy: compare each distinct text once, whichever articles carry it.
  const distinct: { text: string; articles: Set<string>; members: number[] }[] = [];
  const byText = new Map<string, number>();
  quoted.forEach((q, i) => {
    const at = byText.get(q.text);
    const entry = at === undefined ? undefined : distinct[at];
    if (entry) {
      entry.articles.add(q.article);
      entry.members.push(i);
    } else {
      byText.set(q.text, distinct.length);
      distinct.push({ text: q.text, articles: new Set([q.article]), members: [i] });
    }
  });
  const wordings = prepareWordings(distinct.map((d) => d.text));
  const parent = distinct.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  // Only one article carries both: the same article quoting itself is no relay of it.
  const sameArticle = (a: Set<string>, b: Set<string>) =>
    a.size === 1 && b.size === 1 && [...a][0] === [...b][0];
  for (const [i, j] of candidatePairs(wordings, threshold)) {
    if (find(i) === find(j) || sameArticle(distinct[i]!.articles, distinct[j]!.articles)) continue;
    if (similarity(wordings[i]!, wordings[j]!) >= threshold) parent[find(i)] = find(j);
  }
  const clusters = new Map<number, number[]>();
  distinct.forEach((d, i) => {
    const root = find(i);
    const members = clusters.get(root);
    if (members) members.push(...d.members);
    else clusters.set(root, [...d.members]);
  });
  return [...clusters.values()]
    .map((members) => members.sort((a, b) => a - b))
    .filter((members) => new Set(members.map((i) => quoted[i]!.article)).size > 1)
    .sort((a, b) => a[0]! - b[0]!);
}

/**
 * Pairs of wordings that share a content word and whose shared weight could reach `threshold`:
 * the only pairs worth comparing word by word (a group of 200 articles holds thousands of
 * quotations; most pairs share nothing). Shared content weight is summed through postings; stop
 * words can add at most the lighter wording's stop-word weight.
 */
function candidatePairs(wordings: Wording[], threshold: number): [number, number][] {
  const postings = new Map<string, number[]>();
  const stopWeight = wordings.map((w) => {
    let sum = 0;
    w.stems.forEach((s, k) => {
      if (!isContent(s)) sum += w.weights[k]!;
    });
    return sum;
  });
  wordings.forEach((w, i) => {
    for (const s of w.counts.keys()) {
      if (!isContent(s)) continue;
      const list = postings.get(s);
      if (list) list.push(i);
      else postings.set(s, [i]);
    }
  });
  const pairs: [number, number][] = [];
  const shared = new Float64Array(wordings.length);
  const touched: number[] = [];
  wordings.forEach((w, i) => {
    for (const [s, n] of w.counts) {
      if (!isContent(s)) continue;
      const weight = w.weightOf.get(s) ?? 0;
      for (const j of postings.get(s) ?? []) {
        if (j <= i) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j]! += Math.min(n, wordings[j]!.counts.get(s) ?? 0) * weight;
      }
    }
    for (const j of touched) {
      const other = wordings[j]!;
      const bound = shared[j]! + Math.min(stopWeight[i]!, stopWeight[j]!);
      if (bound / Math.min(w.total, other.total) >= threshold) pairs.push([i, j]);
      shared[j] = 0;
    }
    touched.length = 0;
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
      if (new Set(stemsOf(at.text).filter(isContent)).size >= MIN_CONTENT_WORDS)
        quoted.push({ article: article.id, text: at.text, from: article, at });

  const drift: QuoteDrift[] = [];
  for (const members of clusterQuotations(quoted)) {
    const wordings = new Set(members.map((i) => wordingKey(quoted[i]!.text))).size;
    if (wordings < 2) continue;
    const reference = medoid(members.map((i) => quoted[i]!.text));
    const ordered = [members[reference]!, ...members.filter((_, k) => k !== reference)];
    const base = quoted[ordered[0]!]!.text;
    // Copies of one wording share their diff.
    const diffs = new Map<string, DiffPart[]>();
    const diffOf = (text: string) => {
      let diff = diffs.get(text);
      if (!diff) diffs.set(text, (diff = wordDiff(base, text)));
      return diff;
    };
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
        diff: diffOf(at.text),
      };
    });
    drift.push({ variants, wordings });
  }
  return drift;
}

/**
 * Index of the wording most like all the others (the first such, on a tie), by shared weight
 * over the shorter wording (cheap enough for clusters of hundreds); copies count once each.
 */
function medoid(texts: readonly string[]): number {
  const unique = [...new Set(texts)];
  const copies = unique.map((t) => texts.filter((u) => u === t).length);
  const wordings = prepareWordings(unique);
  let best = 0;
  let bestScore = -1;
  wordings.forEach((w, i) => {
    let score = (copies[i]! - 1) * 1;
    wordings.forEach((other, j) => {
      if (j !== i)
        score += (copies[j]! * sharedWeight(w, other)) / Math.min(w.total, other.total || 1);
    });
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return texts.indexOf(unique[best]!);
}
