// C0/C1 controls (\p{Cc}) other than tab and newline never belong in article text; zero-width and BOM characters only confuse search.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const strayCharacters = /[\0-\x08\x0b-\x1f\x7f-\x9f\u200b\u2060\ufeff]/g;
// eslint-disable-next-line no-control-regex -- as above
const hasStrayCharacter = /[\0-\x08\x0b-\x1f\x7f-\x9f\u200b\u2060\ufeff]/;

/** Collapses whitespace within lines, trims them, and keeps at most one blank line between paragraphs. */
export function normaliseText(raw: string): string {
  // A few passes over the whole text instead of work per line; the result is the same.
  let text = raw.replace(/\r\n?|[\u2028\u2029]/g, '\n');
  if (hasStrayCharacter.test(text)) text = text.replace(strayCharacters, '');
  // Each run of whitespace within a line becomes one space (a lone space already is one).
  text = text.replace(/[^\S\n ][^\S\n]*| [^\S\n]+/g, ' ');
  // Lines lose their edge spaces, whitespace-only lines become blank, runs of blank lines become one.
  return text
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Joins paragraphs (each already collapsed) with blank lines, dropping empty ones. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => normaliseText(p))
    .filter((p) => p !== '')
    .join('\n\n');
}

/** Collapses all whitespace in a single-line value such as a title; null when nothing is left. */
export function cleanLine(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = value.replace(strayCharacters, '').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

// Whether each BMP code unit is a letter or digit, filled on first sight.
const letterOrDigitUnits = new Uint8Array(0x10000);

function isLetterOrDigit(codePoint: number): boolean {
  if (codePoint < 0x80) {
    const lower = codePoint | 0x20;
    return (lower >= 0x61 && lower <= 0x7a) || (codePoint >= 0x30 && codePoint <= 0x39);
  }
  if (codePoint > 0xffff) return /[\p{L}\p{N}]/u.test(String.fromCodePoint(codePoint));
  let known = letterOrDigitUnits[codePoint]!;
  if (known === 0) {
    known = /[\p{L}\p{N}]/u.test(String.fromCharCode(codePoint)) ? 1 : 2;
    letterOrDigitUnits[codePoint] = known;
  }
  return known === 1;
}

/** Number of words (letter/digit runs, with inner apostrophes and hyphens) in a text. */
export function countWords(text: string): number {
  // Counts what /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu matches, without making the matches.
  let count = 0;
  let inWord = false;
  let joined = false;
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    if (isLetterOrDigit(codePoint)) {
      if (!inWord && !joined) count++;
      inWord = true;
      joined = false;
    } else {
      // One apostrophe or hyphen between letters keeps the word going.
      joined = inWord && (codePoint === 0x27 || codePoint === 0x2019 || codePoint === 0x2d);
      inWord = false;
    }
  }
  return count;
}
