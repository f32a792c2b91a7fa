import lunr from 'lunr';
import ru from 'lunr-languages/lunr.ru.js';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';

type Stemmer = (word: string) => string;

/*
 * Tokenisation: lunr splits on whitespace and ASCII hyphens. We deliberately also split on the
 * Unicode dashes (U+2010–U+2015: "peace–deal", "Ukraine—Russia") and "/" ("Putin/Trump"), which
 * news text uses as word separators. A token is then trimmed to its first..last letter, digit or
 * combining mark, in any script (lunr's own trimmer uses ASCII \W and would delete Cyrillic words).
 * WORD_RE does both at once, so the builder's tokenizer and wordSpans() see exactly the same words.
 */
const WORD_RE = /[\p{L}\p{N}\p{M}](?:[^\s\-\u2010-\u2015/]*[\p{L}\p{N}\p{M}])?/gu;
const SEPARATOR = /[\s\-\u2010-\u2015/]+/;
const SEPARATOR_CHAR = /[\s\-\u2010-\u2015/]/;

/** True for a character that separates words (every separator is one UTF-16 unit). */
export function isWordSeparator(char: string): boolean {
  return SEPARATOR_CHAR.test(char);
}
const TRIM_RE = /^[^\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+$/gu;
// Typographic apostrophes become ASCII so "пам’ять", "памʼять" and "пам'ять" are one word.
const APOSTROPHES_RE = /[\u2018\u2019\u02bc\u02b9\u0060\u00b4\u2032\uff07]/g;
const CYRILLIC_RE = /[\u0400-\u04ff]/;
// Letters that exist in Ukrainian but not Russian; such words are indexed exactly (no stemmer).
const UKRAINIAN_RE = /[іїєґ]/;
const POSSESSIVE_RE = /'s$/;
const ENGLISH_STOP_WORDS = new Set(
  'a able about across after all almost also am among an and any are as at be because been but by can cannot could dear did do does either else ever every for from get got had has have he her hers him his how however i if in into is it its just least let like likely may me might most must my neither no nor not of off often on only or other our own rather said say says she should since so some than that the their them then there these they this tis to too twas us wants was we were what when where which while who whom why will with would yet you your'.split(
    ' ',
  ),
);
const CACHE_LIMIT = 1_000_000;

stemmerSupport(lunr);
ru(lunr);

const lunrRu = (
  lunr as unknown as {
    ru: { stemmer: (w: string) => string; stopWordFilter: (w: string) => string | undefined };
  }
).ru;

const englishStem: Stemmer = (word) => lunr.stemmer(new lunr.Token(word, {})).toString();
const russianStem: Stemmer = (word) => lunrRu.stemmer(word);
const isRussianStopWord = (word: string): boolean => lunrRu.stopWordFilter(word) === undefined;

type Analysis = { term: string; stop: boolean } | null;

/** Normalises, trims and stems one raw token; `stop` marks a stop word (still stemmed, for the query side). */
function analyse(raw: string): Analysis {
  let word = raw.normalize('NFC').replace(APOSTROPHES_RE, "'").replace(TRIM_RE, '');
  if (word === '') return null;
  // An all-caps stop word is an acronym ("US", "IT"), not a stop word.
  const acronym = word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
  word = word.toLowerCase();
  if (CYRILLIC_RE.test(word)) {
    word = word.replace(/ё/g, 'е');
    if (UKRAINIAN_RE.test(word)) return { term: word, stop: false };
    return { term: russianStem(word), stop: !acronym && isRussianStopWord(word) };
  }
  word = word.replace(POSSESSIVE_RE, '').replace(TRIM_RE, '');
  if (word === '') return null;
  // Abbreviations and numbers ("u.s", "3.5") are kept whole: the stemmer would mangle them.
  const term = word.includes('.') ? word : englishStem(word);
  return { term, stop: !acronym && ENGLISH_STOP_WORDS.has(word) };
}

let cache = new Map<string, string | null>();
const plainWords = new Map<string, string>();

/** The index term for one word: lowercased, trimmed, stemmed; null for a stop word or nothing left. Memoised. */
export function indexTerm(word: string): string | null {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const analysis = analyse(word);
  const term = analysis === null || analysis.stop || analysis.term === '' ? null : analysis.term;
  if (cache.size >= CACHE_LIMIT) cache = new Map();
  cache.set(word, term);
  return term;
}

/** The query-side term for one word: like indexTerm, but stop words are kept (lunr's search-pipeline semantics). */
export function searchTerm(word: string): string | null {
  const analysis = analyse(word);
  return analysis === null || analysis.term === '' ? null : analysis.term;
}

/** A word compared exactly (phrases, prefixes): trimmed, lowercased, apostrophes and ё unified, not stemmed. Memoised. */
export function normaliseWord(word: string): string {
  const hit = plainWords.get(word);
  if (hit !== undefined) return hit;
  const key = word
    .normalize('NFC')
    .replace(APOSTROPHES_RE, "'")
    .replace(TRIM_RE, '')
    .toLowerCase()
    .replace(/ё/g, 'е');
  if (plainWords.size >= CACHE_LIMIT) plainWords.clear();
  plainWords.set(word, key);
  return key;
}

/** Empties the term memos (for benchmarks measuring a cold start). */
export function resetTermCache(): void {
  cache = new Map();
  plainWords.clear();
}

/** Word spans of a text in order, using exactly the tokenisation the index uses: {word (original case), start, end}. */
export function wordSpans(text: string): { word: string; start: number; end: number }[] {
  const spans: { word: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(WORD_RE)) {
    spans.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

const WORD_CHAR = 1;
const SEPARATOR_UNIT = 2;
const OTHER_CHAR = 3;
const WORD_CHAR_RE = /^[\p{L}\p{N}\p{M}]$/u;
// Class of every BMP unit, filled on first sight (Unicode property regexes are too slow per character).
const unitClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

function bmpClass(unit: number): number {
  let cls = unitClasses[unit]!;
  if (cls === 0) {
    const char = String.fromCharCode(unit);
    cls = SEPARATOR_CHAR.test(char)
      ? SEPARATOR_UNIT
      : WORD_CHAR_RE.test(char)
        ? WORD_CHAR
        : OTHER_CHAR;
    unitClasses[unit] = cls;
  }
  return cls;
}

function astralClass(codePoint: number): number {
  let cls = astralClasses.get(codePoint);
  if (cls === undefined) {
    cls = WORD_CHAR_RE.test(String.fromCodePoint(codePoint)) ? WORD_CHAR : OTHER_CHAR;
    astralClasses.set(codePoint, cls);
  }
  return cls;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The hash scanWords gives the word text[start, end). */
export function wordHash(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

/**
 * Calls `onWord` for every word wordSpans() would return, in order, with its range and an FNV-1a
 * hash of its UTF-16 units, without creating strings: the index builder looks words up by range.
 * A word is a run of non-separators trimmed to its first..last letter, digit or mark, which is what
 * WORD_RE matches. With `hashed` false no hash is computed (the one passed means nothing): a
 * caller that looks up few of the words hashes those itself (wordHash), cheaper than every character.
 * The scan stops when `onWord` returns true.
 */
export function scanWords(
  text: string,
  onWord: (start: number, end: number, hash: number) => unknown,
  hashed = true,
): void {
  const n = text.length;
  let first = -1;
  let lastEnd = 0;
  let hash = 0;
  let hashAtLast = 0;
  for (let i = 0; i < n;) {
    const unit = text.charCodeAt(i);
    let width = 1;
    let cls: number;
    if (unit < 0x80) {
      // ASCII fast path: letters and digits, the separators, everything else.
      cls =
        (unit >= 0x61 && unit <= 0x7a) ||
        (unit >= 0x41 && unit <= 0x5a) ||
        (unit >= 0x30 && unit <= 0x39)
          ? WORD_CHAR
          : unit === 0x20 || unit === 0x2d || unit === 0x2f || (unit >= 0x09 && unit <= 0x0d)
            ? SEPARATOR_UNIT
            : OTHER_CHAR;
    } else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        width = 2;
        cls = astralClass(((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
      } else {
        cls = bmpClass(unit);
      }
    } else {
      cls = bmpClass(unit);
    }
    if (cls === SEPARATOR_UNIT) {
      if (first >= 0 && onWord(first, lastEnd, hashAtLast) === true) return;
      first = -1;
      i += 1;
      continue;
    }
    if (first < 0) {
      if (cls !== WORD_CHAR) {
        i += width;
        continue;
      }
      first = i;
      hash = FNV_OFFSET;
    }
    if (hashed) {
      hash = Math.imul(hash ^ unit, FNV_PRIME);
      if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), FNV_PRIME);
    }
    i += width;
    if (cls === WORD_CHAR) {
      lastEnd = i;
      hashAtLast = hash;
    }
  }
  if (first >= 0) onWord(first, lastEnd, hashAtLast);
}

function tokenize(obj?: unknown, metadata?: object): lunr.Token[] {
  if (obj === null || obj === undefined) return [];
  const parts = Array.isArray(obj) ? (obj as unknown[]) : [obj];
  const tokens: lunr.Token[] = [];
  for (const part of parts) {
    if (part === null || part === undefined) continue;
    // lunr accepts anything with a toString(); so do we (numbers, dates).
    const text = typeof part === 'string' ? part : (part as { toString(): string }).toString();
    for (const match of text.matchAll(WORD_RE)) {
      tokens.push(
        new lunr.Token(match[0], {
          ...metadata,
          position: [match.index, match[0].length],
          index: tokens.length,
        }),
      );
    }
  }
  return tokens;
}

const tokenizer = Object.assign(tokenize, { separator: SEPARATOR }) as typeof lunr.tokenizer;

const indexPipelineFn: lunr.PipelineFunction = (token) => {
  const term = indexTerm(token.toString());
  return term === null ? null : token.update(() => term);
};

const searchPipelineFn: lunr.PipelineFunction = (token) => {
  const term = searchTerm(token.toString());
  return term === null ? null : token.update(() => term);
};

// Registered at import so that any serialised index built with these labels can be loaded.
lunr.Pipeline.registerFunction(indexPipelineFn, 'parley');
lunr.Pipeline.registerFunction(searchPipelineFn, 'parley-query');

/** Registers Parley's text pipeline on a lunr builder (call inside lunr(function(){...}) or on a new lunr.Builder) — fields/refs are the caller's business. */
export function configureBuilder(builder: lunr.Builder): void {
  builder.tokenizer = tokenizer;
  builder.pipeline.reset();
  builder.pipeline.add(indexPipelineFn);
  builder.searchPipeline.reset();
  builder.searchPipeline.add(searchPipelineFn);
}

/** Loads a serialised index built with configureBuilder (ensures our pipeline functions are registered first). */
export function loadIndex(serialised: object): lunr.Index {
  return lunr.Index.load(serialised);
}
