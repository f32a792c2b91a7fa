import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import {
  configureBuilder,
  indexTerm,
  loadIndex,
  resetTermCache,
  scanWords,
  searchTerm,
  wordSpans,
} from './language';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const businessDir = resolve(repoRoot, '../shared/corpora/bbc/business');
const hasBusiness = existsSync(businessDir);
if (!hasBusiness) console.warn(`language.test: ${businessDir} is missing; throughput test skipped`);

function buildIndex(docs: Record<string, string>): lunr.Index {
  return lunr(function () {
    configureBuilder(this);
    this.ref('id');
    this.field('body');
    for (const [id, body] of Object.entries(docs)) this.add({ id, body });
  });
}

describe('indexTerm', () => {
  it('maps English inflections to one stem', () => {
    expect(indexTerm('negotiations')).toBe(indexTerm('negotiate'));
    expect(indexTerm('Negotiating')).toBe(indexTerm('negotiate'));
    expect(indexTerm('Offers')).toBe(indexTerm('offer'));
  });

  it('drops stop words but keeps an all-caps acronym such as US', () => {
    expect(indexTerm('the')).toBeNull();
    expect(indexTerm('The')).toBeNull();
    expect(indexTerm('us')).toBeNull();
    expect(indexTerm('US')).toBe('us');
  });

  it('trims punctuation and possessives in any script', () => {
    expect(indexTerm('(Putin),')).toBe('putin');
    expect(indexTerm('Trump’s')).toBe('trump');
    expect(indexTerm("Kremlin's")).toBe('kremlin');
    expect(indexTerm('«Кремль»')).toBe(indexTerm('Кремль'));
    expect(indexTerm('—')).toBeNull();
    expect(indexTerm('')).toBeNull();
  });

  it('keeps abbreviations and decimals whole instead of stemming them', () => {
    expect(indexTerm('U.S.')).toBe('u.s');
    expect(indexTerm('3.5%')).toBe('3.5');
  });

  it('stems Russian words with the Russian stemmer', () => {
    expect(indexTerm('переговоры')).toBe(indexTerm('переговорами'));
    expect(indexTerm('Переговоров')).toBe(indexTerm('переговоры'));
    expect(indexTerm('ёлка')).toBe(indexTerm('елка'));
    expect(indexTerm('переговоры')).not.toBe('переговоры');
    expect(indexTerm('было')).toBeNull();
  });

  it('keeps Ukrainian words exactly, with every apostrophe variant treated alike', () => {
    expect(indexTerm('Війна')).toBe('війна');
    expect(indexTerm('Україні')).toBe('україні');
    expect(indexTerm('пам’ять')).toBe(indexTerm("пам'ять"));
    expect(indexTerm('памʼять')).toBe(indexTerm("пам'ять"));
    expect(indexTerm('м’ята')).toBe(indexTerm("м'ята"));
    expect(indexTerm("м'ята")).not.toBeNull();
  });

  it('agrees with searchTerm for every word that is not a stop word', () => {
    for (const word of [
      'Negotiations',
      'Zelenskyy',
      'переговоры',
      'війна',
      "пам'ять",
      'U.S.',
      'US',
    ]) {
      expect(searchTerm(word)).toBe(indexTerm(word));
    }
    expect(searchTerm('the')).toBe('the');
  });
});

describe('wordSpans', () => {
  it('splits on whitespace, hyphens, dashes and slashes, and trims punctuation', () => {
    const text = 'FT: Putin/Trump peace–deal, "e-mail" (пам’ять) — війна!';
    const spans = wordSpans(text);
    expect(spans.map((s) => s.word)).toEqual([
      'FT',
      'Putin',
      'Trump',
      'peace',
      'deal',
      'e',
      'mail',
      'пам’ять',
      'війна',
    ]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.word);
  });

  it('returns nothing for text without letters or digits', () => {
    expect(wordSpans(' -- … ¶ ')).toEqual([]);
  });

  it('yields exactly the terms the index stores', () => {
    const text =
      'Putin’s offer: freeze the war—on the current line; Переговоры о мире. Війна триває.';
    const index = buildIndex({ a: text });
    const expected = new Set(
      wordSpans(text)
        .map((s) => indexTerm(s.word))
        .filter((t) => t !== null),
    );
    const { invertedIndex } = index.toJSON() as unknown as { invertedIndex: [string, unknown][] };
    const stored = new Set(invertedIndex.map(([term]) => term));
    expect(stored).toEqual(expected);
  });
});

describe('scanWords', () => {
  const scanned = (text: string): { word: string; start: number; end: number }[] => {
    const words: { word: string; start: number; end: number }[] = [];
    scanWords(text, (start, end) => words.push({ word: text.slice(start, end), start, end }));
    return words;
  };

  it('finds exactly the words wordSpans finds, in any script', () => {
    const texts = [
      'FT: Putin/Trump peace–deal, "e-mail" (пам’ять) — війна!',
      "U.S. 3.5% o'neil ab,cd ...x... x\u00a0y\u2009z\u3000w\ufeffv",
      'cafe\u0301 \u0301lead trail\u0301 e\u0308\u0308',
      '𝐓𝐡𝐞 𝟏𝟐 😀word😀 \ud800alone \udc00 end\ud83d',
      '東京証券取引所 — ١٢٣ عربي हिन्दी',
      '\t\n\r\v\f  -/  ',
      '',
    ];
    for (const text of texts) expect(scanned(text), text).toEqual(wordSpans(text));
  });

  it('agrees with wordSpans on random mixtures of characters', () => {
    const alphabet = [
      'a',
      'Z',
      '7',
      ' ',
      '-',
      '/',
      '.',
      "'",
      '’',
      '\u0301',
      'ж',
      '—',
      '😀',
      '𝐓',
      '\ud800',
      '\n',
      '\u00a0',
      '_',
      '%',
    ];
    let seed = 11;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let t = 0; t < 500; t++) {
      const text = Array.from({ length: next(40) }, () => alphabet[next(alphabet.length)]!).join(
        '',
      );
      expect(scanned(text), JSON.stringify(text)).toEqual(wordSpans(text));
    }
  });

  it('hashes equal words equally wherever they occur', () => {
    const hashes = new Map<string, Set<number>>();
    const text = 'oil, Oil. oil—oil OIL пам’ять пам’ять';
    scanWords(text, (start, end, hash) => {
      const word = text.slice(start, end);
      hashes.set(word, (hashes.get(word) ?? new Set()).add(hash));
    });
    expect([...hashes.values()].every((set) => set.size === 1)).toBe(true);
    expect(new Set([...hashes.values()].map((set) => [...set][0])).size).toBe(hashes.size);
  });
});

describe('configureBuilder and loadIndex', () => {
  const docs = {
    en: 'The negotiations on Crimea stalled.',
    ru: 'Переговоры о Крыме зашли в тупик.',
    uk: 'Війна триває, пам’ять живе.',
  };

  it('makes Cyrillic searchable, with Russian stemming', () => {
    const index = buildIndex(docs);
    expect(index.search('переговорами').map((r) => r.ref)).toEqual(['ru']);
    expect(index.search('війна').map((r) => r.ref)).toEqual(['uk']);
    expect(index.search("пам'ять").map((r) => r.ref)).toEqual(['uk']);
    expect(index.search('negotiate').map((r) => r.ref)).toEqual(['en']);
  });

  it('round-trips a serialised index through JSON', () => {
    const json = JSON.parse(JSON.stringify(buildIndex(docs))) as object;
    const loaded = loadIndex(json);
    expect(loaded.search('переговоры').map((r) => r.ref)).toEqual(['ru']);
    expect(loaded.search('Війна').map((r) => r.ref)).toEqual(['uk']);
  });

  it('works on a bare lunr.Builder', () => {
    const builder = new lunr.Builder();
    configureBuilder(builder);
    builder.ref('id');
    builder.field('body');
    builder.add({ id: 'x', body: 'Zaporizhzhia and Kherson regions' });
    expect(
      builder
        .build()
        .search('region')
        .map((r) => r.ref),
    ).toEqual(['x']);
  });
});

describe('memoised terms', () => {
  // Throughput is measured by `npm run bench`; here the memo must never change an answer.
  it.skipIf(!hasBusiness)('gives every word of bbc/business the same term cold and warm', () => {
    const words: string[] = [];
    for (const name of readdirSync(businessDir)) {
      const text = readFileSync(join(businessDir, name), 'utf8');
      for (const span of wordSpans(text)) words.push(span.word);
    }
    expect(words.length).toBeGreaterThan(100_000);
    resetTermCache();
    const cold = words.map((word) => indexTerm(word));
    const warm = words.map((word) => indexTerm(word));
    expect(warm).toEqual(cold);
    // A memo keyed loosely (by lowercased word, say) would give "US" the stop word "us"'s null.
    resetTermCache();
    expect([indexTerm('us'), indexTerm('US')]).toEqual([null, 'us']);
  });
});
