// C0/C1 controls (\p{Cc}) other than tab and newline never belong in article text; zero-width and BOM characters only confuse search.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const strayCharacters = /[\0-\x08\x0b-\x1f\x7f-\x9f\u200b\u2060\ufeff]/g;

// What the JavaScript \s class (and String#trim) counts as white space, line breaks included.
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// The stray characters above, except CR (a line break here).
function isStray(c: number): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d;
  return (c >= 0x7f && c <= 0x9f) || c === 0x200b || c === 0x2060 || c === 0xfeff;
}

/**
 * Collapses whitespace within lines, trims them, and keeps at most one blank line between paragraphs.
 * One pass does what these would: CR, CR LF, U+2028 and U+2029 become LF; stray characters are
 * removed; each run of other whitespace becomes one space; spaces next to a line break go; three
 * or more line breaks become two; the ends are trimmed. So between two non-space characters there
 * is nothing, one space (no line break in between) or one or two line breaks.
 */
export function normaliseText(raw: string): string {
  let out = '';
  let runStart = -1;
  let started = false;
  let gap = false;
  let breaks = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (runStart >= 0) {
      // Already-normal text (printable ASCII, one space or line break between characters) is
      // copied in long slices rather than word by word.
      if (c > 0x20 && c < 0x7f) continue;
      if (c === 0x20 || c === 0x0a) {
        const next = raw.charCodeAt(i + 1);
        if (next > 0x20 && next < 0x7f) {
          i++;
          continue;
        }
        // A blank line between paragraphs is normal too.
        if (c === 0x0a && next === 0x0a) {
          const after = raw.charCodeAt(i + 2);
          if (after > 0x20 && after < 0x7f) {
            i += 2;
            continue;
          }
        }
      }
    }
    const lineBreak = c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
    if (!lineBreak && !isSpace(c) && !isStray(c)) {
      if (runStart < 0) {
        if (started && gap) out += breaks === 0 ? ' ' : breaks === 1 ? '\n' : '\n\n';
        started = true;
        gap = false;
        breaks = 0;
        runStart = i;
      }
      continue;
    }
    if (runStart >= 0) {
      out += raw.slice(runStart, i);
      runStart = -1;
    }
    if (lineBreak) {
      breaks += 1;
      if (c === 0x0d && raw.charCodeAt(i + 1) === 0x0a) i++;
      gap = true;
    } else if (!isStray(c)) {
      gap = true;
    }
  }
  if (runStart >= 0) out += raw.slice(runStart);
  return out;
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
