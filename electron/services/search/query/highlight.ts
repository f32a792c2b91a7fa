import type { TextRange } from '../../../../shared/search';
import { normaliseWord, scanWords, wordHash } from '../language';
import { findTerm } from '../shard-terms';
import { wordStems, type ShardWords, type WordStems } from '../shard-words';
import { findPhrase, phraseKeys } from './phrase';
import { createWordTable } from '../word-table';
import { firstUnitsOf, formsMatcher, termPatterns, uncachedMatcher } from './terms';
import type { Field, ParsedQuery, QueryTerm } from './types';

export const SNIPPET_LENGTH = 240;
const ELLIPSIS = '…';

/** Sorted, with overlapping and touching ranges merged; `ranges` itself when it already is. */
function mergeRanges(ranges: TextRange[]): TextRange[] {
  let disjoint = true;
  for (let i = 1; i < ranges.length && disjoint; i++)
    disjoint = ranges[i]!.start > ranges[i - 1]!.end;
  if (disjoint) return ranges;
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

/** A text whose words a shard holds: the shard's terms and word sequences, and the document's number. */
export type KnownWords = { sequences: ShardWords; doc: number };

/**
 * Finds the ranges of one text the query matches: its terms incl. stemmed variants, prefixes,
 * fuzzy matches, and whole phrases. Sorted, non-overlapping (merged).
 */
export type Highlighter = (text: string, known?: KnownWords) => TextRange[];

// How a shard's normalised word stands to the query's terms (see judgeWord).
const UNJUDGED = 0;
const NO_MATCH = 1;
const MATCH = 2;
const BY_CASE = 3;

/**
 * Makes the highlighter for a query's texts. Prohibited clauses are not highlighted; given
 * `field`, clauses scoped to other fields are skipped. Made once per search, so each distinct word
 * of the page's texts is stemmed and judged once, not once per hit.
 *
 * Given `known` (the text is that document's body in a shard), terms are judged on the shard's
 * numbered words instead of the text's characters: the document's word sequence says which of its
 * words can match, and the text is read only as far as the last of them, to learn where they are.
 */
export function createHighlighter(query: ParsedQuery, field?: Field): Highlighter {
  const applies = (clause: { presence: string; field: Field | null }): boolean =>
    clause.presence !== 'prohibited' &&
    (field === undefined || clause.field === null || clause.field === field);
  const terms = query.terms.filter(applies);
  const matchers = terms.map(uncachedMatcher);
  const matchesAny = (word: string): boolean => matchers.some((matches) => matches(word));
  const formMatchers = terms.map(formsMatcher);
  const formsMatchAny = (normalised: string, stem: string | null): boolean =>
    formMatchers.some((matches) => matches(normalised, stem));
  // A plain term (no prefix, no fuzziness) matches exactly the words whose index term is one of
  // its patterns: in a shard, a word's term number says so without reading a string.
  const isPlain = (term: QueryTerm): boolean =>
    term.wildcard !== 'trailing' && term.editDistance === 0;
  const plainStems = [...new Set(terms.filter(isPlain).flatMap((t) => termPatterns(t).patterns))];
  const otherMatchers = formMatchers.filter((_, i) => !isPlain(terms[i]!));
  const firsts = firstUnitsAll(terms);
  const phrases = query.phrases.filter(applies).map((phrase) => phraseKeys(phrase.words));
  // 1 for a word some term matches, 0 for one none does; found by its characters, not a new string.
  const judged = createWordTable((word) => (matchesAny(word) ? 1 : 0), 'few');
  const byCharacters = (text: string, ranges: TextRange[]): void => {
    const onWord = (start: number, end: number): void => {
      if (firsts !== null && cannotMatch(text, start, end, firsts)) return;
      if (judged.lookup(text, start, end, wordHash(text, start, end)) === 1)
        ranges.push({ start, end });
    };
    scanWords(text, onWord, false);
  };

  /*
   * A word's index term depends on its case only when it is an acronym of a stop word ("US" is a
   * term, "us" is not), and its normalised form keeps everything else a matcher reads. So a
   * normalised word some term matches matches in every spelling (MATCH); one that is no stop word
   * and matches nothing never matches (NO_MATCH); a stop word that matches only as an acronym
   * depends on how the text spells it (BY_CASE).
   */
  /** Per shard: the verdict on each of its words (UNJUDGED until needed), and the term numbers the plain terms stand for there. */
  type ShardJudgements = { verdicts: Uint8Array; targets: number[] };
  const judgements = new Map<ShardWords, ShardJudgements>();
  const judgementsOf = (sequences: ShardWords): ShardJudgements => {
    let found = judgements.get(sequences);
    if (found === undefined) {
      const targets = plainStems
        .map((stem) => findTerm(sequences.terms, stem))
        .filter((t) => t >= 0);
      found = { verdicts: new Uint8Array(sequences.words.length), targets };
      judgements.set(sequences, found);
    }
    return found;
  };
  const judgeWord = (
    sequences: ShardWords,
    stems: WordStems,
    targets: readonly number[],
    id: number,
  ): number => {
    const term = stems.termOf(id);
    if (term >= 0) {
      if (targets.includes(term)) return MATCH;
      if (otherMatchers.length === 0) return NO_MATCH;
      const stem = stems.of(id);
      const word = sequences.words[id]!;
      return stem !== null && otherMatchers.some((m) => m(word, stem)) ? MATCH : NO_MATCH;
    }
    const word = sequences.words[id]!;
    const stem = stems.of(id);
    // A term the shard does not list (never, for its own words): judged on the strings.
    if (stem !== null) return formsMatchAny(word, stem) ? MATCH : NO_MATCH;
    const capitals = normaliseWord(word.toUpperCase());
    return formsMatchAny(capitals, stems.asAcronym(id)) ? BY_CASE : NO_MATCH;
  };
  /** Adds the body's term ranges from its word sequence; false if the text is not that body. */
  const bySequence = (text: string, known: KnownWords, ranges: TextRange[]): boolean => {
    const { sequences, doc } = known;
    const { verdicts: table, targets } = judgementsOf(sequences);
    const from = sequences.wordStarts[2 * doc + 1];
    const to = sequences.wordStarts[2 * doc + 2];
    if (from === undefined || to === undefined) return false;
    const { wordIds, words } = sequences;
    const stems = wordStems(sequences);
    const wanted: number[] = [];
    for (let i = from; i < to; i++) {
      const id = wordIds[i]!;
      let verdict = table[id]!;
      if (verdict === UNJUDGED) verdict = table[id] = judgeWord(sequences, stems, targets, id);
      if (verdict !== NO_MATCH) wanted.push(i - from);
    }
    if (wanted.length === 0) return true;
    let ordinal = 0;
    let next = 0;
    scanWords(
      text,
      (start, end) => {
        if (ordinal++ !== wanted[next]) return false;
        const id = wordIds[from + ordinal - 1]!;
        // The text must be the body the sequence was made from: checked where it matters, and
        // a word that differs stops the scan short, which sends the text to byCharacters.
        if (normaliseWord(text.slice(start, end)) !== words[id]) return true;
        if (
          table[id] === MATCH ||
          judged.lookup(text, start, end, wordHash(text, start, end)) === 1
        )
          ranges.push({ start, end });
        return ++next === wanted.length;
      },
      false,
    );
    return next === wanted.length;
  };

  return (text, known) => {
    try {
      const ranges: TextRange[] = [];
      if (matchers.length > 0) {
        if (known === undefined || !bySequence(text, known, ranges)) {
          ranges.length = 0;
          byCharacters(text, ranges);
        }
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

  // Whitespace runs (newlines, indentation) collapse to one space and the window's edges lose
  // theirs. The snippet is the window's text less what that removes: the pieces between removals,
  // and for each removal where it begins and how many characters went before its end.
  let first = start;
  while (first < end && isSpaceCode(text.charCodeAt(first))) first++;
  let last = end;
  while (last > first && isSpaceCode(text.charCodeAt(last - 1))) last--;
  const pieces: string[] = [];
  const cutAt: number[] = [];
  const cutBefore: number[] = [];
  let removed = 0;
  let from = first;
  for (let i = first; i < last; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) continue;
    let k = i + 1;
    while (isSpaceCode(text.charCodeAt(k))) k++;
    if (k - i > 1 || text.charCodeAt(i) !== 0x20) {
      pieces.push(text.slice(from, i), ' ');
      removed += k - i - 1;
      cutAt.push(i);
      cutBefore.push(removed);
      from = k;
    }
    i = k - 1;
  }
  pieces.push(text.slice(from, last));
  const body = pieces.join('');
  // Where text offset p (a non-space character of the window) lands in the snippet; asked in
  // ascending order, as the ranges are sorted.
  let cut = 0;
  const place = (p: number): number => {
    while (cut < cutAt.length && cutAt[cut]! < p) cut++;
    return p - first - (cut > 0 ? cutBefore[cut - 1]! : 0);
  };
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const highlights: TextRange[] = [];
  for (const range of valid) {
    let a = Math.max(range.start, first);
    let b = Math.min(range.end, last) - 1;
    while (a <= b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b))) b--;
    if (a > b) continue;
    const s = place(a);
    highlights.push({ start: prefix.length + s, end: prefix.length + place(b) + 1 });
  }
  return { snippet: `${prefix}${body}${suffix}`, highlights };
}
