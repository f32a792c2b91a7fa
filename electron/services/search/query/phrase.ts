import { normaliseWord, wordSpans } from '../language';

/** The normalised words of a phrase, split exactly as the index splits text. */
export function phraseKeys(words: readonly string[]): string[] {
  return wordSpans(words.join(' ')).map((span) => normaliseWord(span.word));
}

/** Every occurrence of `keys` as adjacent words of `text`, as character ranges of the whole phrase. */
export function findPhrase(
  text: string,
  keys: readonly string[],
): { start: number; end: number }[] {
  if (keys.length === 0) return [];
  // Cheap rejection before tokenising: a plain ASCII word must occur verbatim (case aside).
  const lower = text.toLowerCase();
  if (keys.some((key) => /^[a-z0-9]+$/.test(key) && !lower.includes(key))) return [];
  const spans = wordSpans(text);
  const spanKeys = spans.map((span) => normaliseWord(span.word));
  const found: { start: number; end: number }[] = [];
  for (let i = 0; i + keys.length <= spans.length; i++) {
    let j = 0;
    while (j < keys.length && spanKeys[i + j] === keys[j]) j++;
    if (j === keys.length) {
      const startSpan = spans[i];
      const endSpan = spans[i + keys.length - 1];
      if (startSpan && endSpan) found.push({ start: startSpan.start, end: endSpan.end });
    }
  }
  return found;
}

/** True when `words` occur adjacently, in order, in `text` (case- and punctuation-insensitive, exact words, not stems). */
export function containsPhrase(text: string, words: readonly string[]): boolean {
  const keys = phraseKeys(words);
  return keys.length > 0 && findPhrase(text, keys).length > 0;
}
