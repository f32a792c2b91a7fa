import { isWordSeparator, normaliseWord, wordSpans } from '../language';

type Range = { start: number; end: number };

/** The normalised words of a phrase, split exactly as the index splits text. */
export function phraseKeys(words: readonly string[]): string[] {
  return wordSpans(words.join(' ')).map((span) => normaliseWord(span.word));
}

const ASCII_KEY = /^[a-z0-9]+$/;
const PREFILTER_CACHE = 64;
const prefilters = new Map<string, RegExp>();

/*
 * A regex that finds every occurrence of a phrase of plain ASCII words, and more: each key
 * case-insensitively, keys separated by characters that are not letters, digits or marks (what
 * lies between two adjacent words). A word normalises to a plain ASCII key only if it is that key
 * in some letter case (or with the Kelvin sign, which /iu also folds to "k"), so nothing is missed;
 * what the regex over-matches (part of a longer word, "U.S." for "us") is settled by the exact check.
 * Keys with other characters (Cyrillic, apostrophes, dots) get no prefilter: normalisation (NFC, ё)
 * can make a word equal to them that a regex would not see.
 */
function prefilter(keys: readonly string[]): RegExp | null {
  if (!keys.every((key) => ASCII_KEY.test(key))) return null;
  const source = keys.join('[^\\p{L}\\p{N}\\p{M}]+');
  let regex = prefilters.get(source);
  if (regex === undefined) {
    regex = new RegExp(source, 'giu');
    if (prefilters.size >= PREFILTER_CACHE) prefilters.delete(prefilters.keys().next().value!);
    prefilters.set(source, regex);
  }
  return regex;
}

/** Occurrences of `keys` among the words of text[from, to), which must start and end at word boundaries. */
function scan(text: string, keys: readonly string[], from: number, to: number): Range[] {
  const spans = wordSpans(from === 0 && to === text.length ? text : text.slice(from, to));
  const found: Range[] = [];
  for (let i = 0; i + keys.length <= spans.length; i++) {
    let j = 0;
    while (j < keys.length && normaliseWord(spans[i + j]!.word) === keys[j]) j++;
    if (j === keys.length) {
      const startSpan = spans[i]!;
      const endSpan = spans[i + keys.length - 1]!;
      found.push({ start: from + startSpan.start, end: from + endSpan.end });
    }
  }
  return found;
}

/** Every occurrence of `keys` as adjacent words of `text`, as character ranges of the whole phrase. */
export function findPhrase(text: string, keys: readonly string[]): Range[] {
  if (keys.length === 0) return [];
  const regex = prefilter(keys);
  if (regex === null) {
    // Cheap rejection before tokenising: a plain ASCII word must occur verbatim (case aside).
    const lower = text.toLowerCase();
    if (keys.some((key) => ASCII_KEY.test(key) && !lower.includes(key))) return [];
    return scan(text, keys, 0, text.length);
  }
  // Only the words around each candidate are tokenised. Words never span a separator, so a window
  // widened to the separators around a candidate tokenises exactly as the whole text does.
  const found: Range[] = [];
  let last = -1;
  regex.lastIndex = 0;
  for (let hit = regex.exec(text); hit !== null; hit = regex.exec(text)) {
    let from = hit.index;
    while (from > 0 && !isWordSeparator(text.charAt(from - 1))) from--;
    let to = hit.index + hit[0].length;
    while (to < text.length && !isWordSeparator(text.charAt(to))) to++;
    for (const range of scan(text, keys, from, to)) {
      // Windows of neighbouring candidates overlap; occurrences come out in order, once each.
      if (range.start > last) {
        found.push(range);
        last = range.start;
      }
    }
    // Occurrences may overlap ("bank bank" in "bank bank bank"): look again one character on.
    regex.lastIndex = hit.index + 1;
  }
  return found;
}

/** True when `words` occur adjacently, in order, in `text` (case- and punctuation-insensitive, exact words, not stems). */
export function containsPhrase(text: string, words: readonly string[]): boolean {
  const keys = phraseKeys(words);
  return keys.length > 0 && findPhrase(text, keys).length > 0;
}
