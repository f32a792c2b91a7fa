import type { TextRange } from '../../../../shared/search';
import { wordSpans } from '../language';
import { findPhrase, phraseKeys } from './phrase';
import { wordMatcher } from './terms';
import type { Field, ParsedQuery } from './types';

export const SNIPPET_LENGTH = 240;
const ELLIPSIS = '…';

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * Every range of `text` the query matches: its terms incl. stemmed variants, prefixes, fuzzy matches, and whole phrases.
 * Sorted, non-overlapping (merge). Prohibited clauses are not highlighted. Given `field`, clauses scoped to other fields are skipped.
 */
export function matchRanges(text: string, query: ParsedQuery, field?: Field): TextRange[] {
  try {
    const applies = (clause: { presence: string; field: Field | null }): boolean =>
      clause.presence !== 'prohibited' &&
      (field === undefined || clause.field === null || clause.field === field);
    const ranges: TextRange[] = [];
    const matchers = query.terms.filter(applies).map(wordMatcher);
    if (matchers.length > 0) {
      for (const span of wordSpans(text)) {
        if (matchers.some((matches) => matches(span.word)))
          ranges.push({ start: span.start, end: span.end });
      }
    }
    for (const phrase of query.phrases.filter(applies)) {
      ranges.push(...findPhrase(text, phraseKeys(phrase.words)));
    }
    return mergeRanges(ranges);
  } catch (error) {
    console.warn('matchRanges failed', error);
    return [];
  }
}

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

/** The window [start, end) of at most `maxLength` chars around the densest cluster of ranges. */
function chooseWindow(
  text: string,
  ranges: readonly TextRange[],
  maxLength: number,
): [number, number] {
  let best = { from: 0, to: 0, count: 0 };
  for (let i = 0, j = 0; i < ranges.length; i++) {
    const first = ranges[i];
    if (first === undefined) break;
    j = Math.max(j, i);
    while (j + 1 < ranges.length && (ranges[j + 1]?.end ?? Infinity) - first.start <= maxLength)
      j++;
    const count = j - i + 1;
    if (count > best.count)
      best = { from: first.start, to: Math.max(first.end, ranges[j]?.end ?? 0), count };
  }
  const clusterLength = best.to - best.from;
  // A third of the spare room goes before the cluster, so the reader sees what leads into it.
  let start =
    best.count === 0 ? 0 : best.from - Math.floor(Math.max(0, maxLength - clusterLength) / 3);
  start = Math.max(0, Math.min(start, text.length - maxLength));
  let end = Math.min(text.length, start + maxLength);

  // Cut at word boundaries, never through the cluster.
  if (start > 0 && !isSpace(text[start - 1])) {
    let s = start;
    while (s < best.from && !isSpace(text[s])) s++;
    if (s < best.from || best.count === 0) start = Math.min(s + 1, text.length);
  }
  if (end < text.length && !isSpace(text[end])) {
    let e = end;
    while (e > Math.max(start, best.to) && !isSpace(text[e - 1])) e--;
    if (e > Math.max(start, best.to)) end = e;
  }
  return [start, Math.max(start, end)];
}

/** A snippet (~240 chars, cut at word boundaries with "…") around the densest cluster of ranges, with the ranges re-based to the snippet. No ranges → the text's start. */
export function makeSnippet(
  text: string,
  ranges: readonly TextRange[],
  maxLength: number = SNIPPET_LENGTH,
): { snippet: string; highlights: TextRange[] } {
  const valid = mergeRanges(
    ranges.filter((r) => r.start >= 0 && r.end <= text.length && r.start < r.end),
  );
  const [start, end] = chooseWindow(text, valid, Math.max(1, maxLength));

  // Whitespace runs (newlines, indentation) collapse to one space; `at` maps text offsets into the snippet.
  let body = '';
  const at = new Map<number, number>();
  let i = start;
  while (i < end && isSpace(text[i])) i++;
  let lastEnd = i;
  while (i < end) {
    if (isSpace(text[i])) {
      let k = i;
      while (k < end && isSpace(text[k])) k++;
      if (k < end) body += ' ';
      i = k;
      continue;
    }
    at.set(i, body.length);
    body += text[i];
    i++;
    lastEnd = i;
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const highlights: TextRange[] = [];
  for (const range of valid) {
    const from = Math.max(range.start, start);
    const to = Math.min(range.end, lastEnd);
    if (from >= to) continue;
    let a = from;
    while (a < to && !at.has(a)) a++;
    let b = to - 1;
    while (b > a && !at.has(b)) b--;
    const s = at.get(a);
    const e = at.get(b);
    if (s !== undefined && e !== undefined)
      highlights.push({ start: prefix.length + s, end: prefix.length + e + 1 });
  }
  return { snippet: `${prefix}${body}${suffix}`, highlights };
}
