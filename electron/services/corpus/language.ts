const ukrainianOnly = /[іїєґІЇЄҐ]/g;
const russianOnly = /[ыэъёЫЭЪЁ]/g;
const englishStopWords = new Set(
  'the of and to in a is that for it was on with as by at from has have he she they said are be this which an not but were will its their been would who'.split(
    ' ',
  ),
);

const sampleLength = 20_000;
const NOT_LETTER = 1;
const LATIN = 2;
const CYRILLIC = 3;
const OTHER_LETTER = 4;
// Script class of each BMP code point, filled on first sight: Unicode property regexes are far too
// slow to run per character over every article of a large folder.
let bmpClasses: Uint8Array | null = null;

function classify(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  if (!/\p{L}/u.test(ch)) return NOT_LETTER;
  if (/\p{Script=Cyrillic}/u.test(ch)) return CYRILLIC;
  return /\p{Script=Latin}/u.test(ch) ? LATIN : OTHER_LETTER;
}

function classOf(codePoint: number): number {
  if (codePoint < 0x80) {
    const lower = codePoint | 0x20;
    return lower >= 0x61 && lower <= 0x7a ? LATIN : NOT_LETTER;
  }
  if (codePoint > 0xffff) return classify(codePoint);
  bmpClasses ??= new Uint8Array(0x10000);
  let cls = bmpClasses[codePoint] as number;
  if (cls === 0) {
    cls = classify(codePoint);
    bmpClasses[codePoint] = cls;
  }
  return cls;
}

/** Cheap script-based guess of a text's language: 'uk', 'ru', 'en' with stop-word evidence, otherwise null. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, sampleLength);
  let cyrillic = 0;
  let latin = 0;
  let letters = 0;
  let ascii = true;
  for (let i = 0; i < sample.length; i++) {
    const unit = sample.charCodeAt(i);
    if (unit < 0x80) {
      const lower = unit | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) {
        letters++;
        latin++;
      }
      continue;
    }
    ascii = false;
    const codePoint = sample.codePointAt(i) as number;
    if (codePoint > 0xffff) i++;
    const cls = classOf(codePoint);
    if (cls === NOT_LETTER) continue;
    letters++;
    if (cls === CYRILLIC) cyrillic++;
    else if (cls === LATIN) latin++;
  }
  if (letters < 20) return null;
  if (cyrillic / letters >= 0.6) {
    const uk = sample.match(ukrainianOnly)?.length ?? 0;
    const ru = sample.match(russianOnly)?.length ?? 0;
    return uk > ru ? 'uk' : 'ru';
  }
  if (latin / letters >= 0.6) {
    const { words, stop } = ascii
      ? countAsciiStopWords(sample)
      : countStopWords(sample.toLowerCase());
    if (words < 8) return null;
    return stop / words >= 0.12 ? 'en' : null;
  }
  return null;
}

// Longest English stop word in the list above.
const longestStopWord = 5;

/** Words (runs of letters, as /\p{L}+/gu finds them) and how many of them are English stop words. */
function countStopWords(lower: string): { words: number; stop: number } {
  let words = 0;
  let stop = 0;
  let start = -1;
  let ascii = true;
  const endWord = (end: number): void => {
    words++;
    if (ascii && end - start <= longestStopWord && englishStopWords.has(lower.slice(start, end)))
      stop++;
    start = -1;
  };
  for (let i = 0; i < lower.length; i++) {
    const codePoint = lower.codePointAt(i) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    if (classOf(codePoint) === NOT_LETTER) {
      if (start >= 0) endWord(i);
    } else if (start < 0) {
      start = i;
      ascii = codePoint < 0x80;
    } else if (codePoint >= 0x80) {
      ascii = false;
    }
    i += width - 1;
  }
  if (start >= 0) endWord(lower.length);
  return { words, stop };
}

// A word of up to five ASCII letters as a number (a = 1 … z = 26, base 27), whatever its case.
const asciiStopWords = new Set(
  [...englishStopWords].map((word) => {
    let key = 0;
    for (let i = 0; i < word.length; i++) key = key * 27 + (word.charCodeAt(i) - 0x60);
    return key;
  }),
);

/** countStopWords for an all-ASCII text, without lower-casing it or making a string per word. */
function countAsciiStopWords(text: string): { words: number; stop: number } {
  let words = 0;
  let stop = 0;
  let length = 0;
  let key = 0;
  for (let i = 0; i <= text.length; i++) {
    const lower = i < text.length ? text.charCodeAt(i) | 0x20 : 0;
    if (lower >= 0x61 && lower <= 0x7a) {
      if (length < longestStopWord) key = key * 27 + (lower - 0x60);
      length++;
    } else if (length > 0) {
      words++;
      if (length <= longestStopWord && asciiStopWords.has(key)) stop++;
      length = 0;
      key = 0;
    }
  }
  return { words, stop };
}

/** Reduces a BCP 47 tag (`en-US`, `pt_BR`) to its lower-case primary language, or null if it is not one. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
