import { indexTerm, normaliseWord, searchTerm } from '../language';
import type { QueryTerm } from './types';

/** How one query term matches index terms: lunr patterns (a trailing `*` is a prefix) and a fuzziness. */
export type TermPatterns = { patterns: string[]; editDistance: 0 | 1 | 2 };

/** Shortest prefix searched as a prefix; shorter ones expand to most of the vocabulary. */
export const MIN_PREFIX = 3;

// Endings the English (Porter) stemmer removes or rewrites; a prefix cut back by one of their
// beginnings ("negotiat" → "negoti" + "at…") may be the stem of a word the prefix starts.
const ENGLISH_SUFFIXES =
  'ational tional ation ator ate ative alize aliti ality alism al ance ence ement ment ent er ic able ible ant ism ist iti ity ive ize ous ion ing ed es s ness ful ly e y li bli logi'.split(
    ' ',
  );
const RUSSIAN_ENDING_RE = /^[аеиоуыэюяйьмхвт]{1,3}$/;

function isSuffixStart(tail: string): boolean {
  if (RUSSIAN_ENDING_RE.test(tail)) return true;
  return ENGLISH_SUFFIXES.some((suffix) => suffix.startsWith(tail));
}

/*
 * Prefix searches meet stemmed index terms: "negotiat*" must find "negotiations", whose term is
 * "negoti". So a prefix matches terms that start with it (or with its y→i spelling, "zelensky*" →
 * "zelenskyi"), the prefix's own stem, and terms that are the prefix cut by at most four letters
 * when the letters cut could begin an ending the stemmer removes.
 */
function prefixForms(text: string): { prefixes: string[]; stems: string[] } {
  const p = normaliseWord(text);
  const prefixes = [p];
  if (p.endsWith('y') && p.length > MIN_PREFIX) prefixes.push(`${p.slice(0, -1)}i`);
  const stems = new Set<string>();
  const own = searchTerm(p);
  if (own !== null && own !== p) stems.add(own);
  for (let k = Math.max(3, p.length - 4); k < p.length; k++) {
    if (isSuffixStart(p.slice(k))) stems.add(p.slice(0, k));
  }
  return { prefixes, stems: [...stems] };
}

/** The lunr patterns a query term stands for; empty when it can match nothing (a stop word). */
export function termPatterns(term: QueryTerm): TermPatterns {
  if (term.wildcard === 'trailing') {
    const { prefixes, stems } = prefixForms(term.text);
    if (prefixes[0] === '') return { patterns: [], editDistance: 0 };
    return { patterns: [...prefixes.map((p) => `${p}*`), ...stems], editDistance: 0 };
  }
  if (term.editDistance > 0) {
    const stem = searchTerm(term.text);
    return { patterns: stem === null ? [] : [stem], editDistance: term.editDistance };
  }
  const stems = [term.text, ...(term.variants ?? [])]
    .map((spelling) => indexTerm(spelling))
    .filter((stem): stem is string => stem !== null);
  return { patterns: [...new Set(stems)], editDistance: 0 };
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** Tests one word of a text against a query term, with the same semantics as the index search. Memoised per word. */
export function wordMatcher(term: QueryTerm): (word: string) => boolean {
  const matches = uncachedMatcher(term);
  const seen = new Map<string, boolean>();
  return (word) => {
    let hit = seen.get(word);
    if (hit === undefined) {
      hit = matches(word);
      seen.set(word, hit);
    }
    return hit;
  };
}

/**
 * The first UTF-16 units a plain ASCII word (letters and digits only), lowercased, must start with
 * to match the term; null when any may (fuzzy terms). Such a word's index term is its lowercase
 * form run through the Porter stemmer, which only ever rewrites endings and keeps the first letter,
 * so a highlighter can pass over most words of a text without stemming them.
 */
export function firstUnitsOf(term: QueryTerm): ReadonlySet<number> | null {
  if (term.wildcard === 'trailing') {
    const { prefixes, stems } = prefixForms(term.text);
    return new Set([...prefixes, ...stems].filter((x) => x !== '').map((x) => x.charCodeAt(0)));
  }
  const { patterns, editDistance } = termPatterns(term);
  if (editDistance > 0) return null;
  return new Set(patterns.map((pattern) => pattern.charCodeAt(0)));
}

/**
 * Whether a word matches a query term, given the word as its normalised form (normaliseWord) and
 * its index term (indexTerm of the word as written). A shard stores both for each of its words,
 * so judging them there looks nothing up; only prefix terms read the normalised form.
 */
export function formsMatcher(
  term: QueryTerm,
): (normalised: string, stem: string | null) => boolean {
  if (term.wildcard === 'trailing') {
    const { prefixes, stems } = prefixForms(term.text);
    const p = prefixes[0] ?? '';
    const stemSet = new Set(stems);
    if (p === '') return () => false;
    return (normalised, stem) =>
      normalised.startsWith(p) ||
      (stem !== null && (stemSet.has(stem) || prefixes.some((x) => stem.startsWith(x))));
  }
  const { patterns, editDistance } = termPatterns(term);
  const target = patterns[0];
  if (target === undefined) return () => false;
  if (editDistance === 0) {
    const targets = new Set(patterns);
    return (_normalised, stem) => stem !== null && targets.has(stem);
  }
  return (_normalised, stem) =>
    stem !== null && boundedDistance(stem, target, editDistance) <= editDistance;
}

/** Whether a word matches a query term, judged afresh on every call (wordMatcher memoises). */
export function uncachedMatcher(term: QueryTerm): (word: string) => boolean {
  const matches = formsMatcher(term);
  // Only a prefix term reads the normalised form; the others are spared computing it.
  const readsForm = term.wildcard === 'trailing';
  return (word) => matches(readsForm ? normaliseWord(word) : word, indexTerm(word));
}
