import type { TextRange } from '../../../../shared/search';
import { scanWords } from '../language';
import { findPhrase, phraseKeys } from './phrase';
import { createWordTable } from '../word-table';
import { firstUnitsOf, uncachedMatcher } from './terms';
import type { Field, ParsedQuery, QueryTerm } from './types';

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

/** The first units any of the terms may start with (see firstUnitsOf); null when any unit may. */
function firstUnitsAll(terms: readonly QueryTerm[]): ReadonlySet<number> | null {
  const all = new Set<number>();
  for (const term of terms) {
    const units = firstUnitsOf(term);
    if (units === null) return null;
    for (const unit of units) all.add(unit);
  }
  return all;
}

const isAsciiAlnum = (unit: number): boolean =>
  (unit >= 0x61 && unit <= 0x7a) ||
  (unit >= 0x41 && unit <= 0x5a) ||
  (unit >= 0x30 && unit <= 0x39);

/** True for a plain ASCII word whose lowercase first letter no term starts with: no need to stem it. */
function cannotMatch(
  text: string,
  start: number,
  end: number,
  firsts: ReadonlySet<number>,
): boolean {
  const first = text.charCodeAt(start);
  if (!isAsciiAlnum(first) || firsts.has(first >= 0x41 && first <= 0x5a ? first | 0x20 : first))
    return false;
  for (let i = start + 1; i < end; i++) if (!isAsciiAlnum(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Finds, in text after text, every range the query matches: its terms incl. stemmed variants,
 * prefixes, fuzzy matches, and whole phrases. Sorted, non-overlapping (merged). Prohibited clauses
 * are not highlighted; given `field`, clauses scoped to other fields are skipped. Made once per
 * search, so each distinct word of the page's texts is stemmed and judged once, not once per hit.
 */
export function createHighlighter(
  query: ParsedQuery,
  field?: Field,
): (text: string) => TextRange[] {
  const applies = (clause: { presence: string; field: Field | null }): boolean =>
    clause.presence !== 'prohibited' &&
    (field === undefined || clause.field === null || clause.field === field);
  const terms = query.terms.filter(applies);
  const matchers = terms.map(uncachedMatcher);
  const firsts = firstUnitsAll(terms);
  const phrases = query.phrases.filter(applies).map((phrase) => phraseKeys(phrase.words));
  // 1 for a word some term matches, 0 for one none does; found by its characters, not a new string.
  const judged = createWordTable((word) => (matchers.some((matches) => matches(word)) ? 1 : 0));
  return (text) => {
    try {
      const ranges: TextRange[] = [];
      if (matchers.length > 0) {
        scanWords(text, (start, end, hash) => {
          if (firsts !== null && cannotMatch(text, start, end, firsts)) return;
          if (judged.lookup(text, start, end, hash) === 1) ranges.push({ start, end });
        });
      }
      for (const keys of phrases) ranges.push(...findPhrase(text, keys));
      return mergeRanges(ranges);
    } catch (error) {
      console.warn('matchRanges failed', error);
      return [];
    }
  };
}

/** The ranges of one text the query matches (see createHighlighter, for many texts). */
export function matchRanges(text: string, query: ParsedQuery, field?: Field): TextRange[] {
  return createHighlighter(query, field)(text);
}

/** Exactly JavaScript's \\s, by character code: a regex test per character dominated snippets. */
function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const isSpace = (char: string | undefined): boolean =>
  char !== undefined && isSpaceCode(char.charCodeAt(0));

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

  // Whitespace runs (newlines, indentation) collapse to one space; at[i - start] is where text
  // offset i lands in the snippet (-1 for collapsed whitespace).
  const at = new Int32Array(Math.max(0, end - start)).fill(-1);
  const parts: string[] = [];
  let length = 0;
  let i = start;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  let lastEnd = i;
  while (i < end) {
    if (isSpaceCode(text.charCodeAt(i))) {
      let k = i;
      while (k < end && isSpaceCode(text.charCodeAt(k))) k++;
      if (k < end) {
        parts.push(' ');
        length += 1;
      }
      i = k;
      continue;
    }
    let k = i;
    while (k < end && !isSpaceCode(text.charCodeAt(k))) {
      at[k - start] = length + k - i;
      k++;
    }
    parts.push(text.slice(i, k));
    length += k - i;
    i = k;
    lastEnd = i;
  }
  const body = parts.join('');
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const highlights: TextRange[] = [];
  for (const range of valid) {
    const from = Math.max(range.start, start);
    const to = Math.min(range.end, lastEnd);
    if (from >= to) continue;
    let a = from;
    while (a < to && at[a - start]! < 0) a++;
    let b = to - 1;
    while (b > a && at[b - start]! < 0) b--;
    const s = at[a - start] ?? -1;
    const e = at[b - start] ?? -1;
    if (s >= 0 && e >= 0) highlights.push({ start: prefix.length + s, end: prefix.length + e + 1 });
  }
  return { snippet: `${prefix}${body}${suffix}`, highlights };
}
