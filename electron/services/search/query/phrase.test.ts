import { describe, expect, it } from 'vitest';
import { normaliseWord, wordSpans } from '../language';
import { containsPhrase, findPhrase, phraseKeys } from './phrase';

/** The plain definition: tokenise the whole text and compare every run of words. */
function reference(text: string, keys: readonly string[]): { start: number; end: number }[] {
  const spans = wordSpans(text);
  const found: { start: number; end: number }[] = [];
  for (let i = 0; i + keys.length <= spans.length; i++) {
    if (keys.every((key, j) => normaliseWord(spans[i + j]!.word) === key))
      found.push({ start: spans[i]!.start, end: spans[i + keys.length - 1]!.end });
  }
  return found;
}

const texts = [
  'The Central Bank said the central bank would act. CENTRAL BANK!',
  'central-bank, central/bank, central—bank and central … bank are all adjacent words',
  'decentral bank, central banks, central bank’s and central bankers are not the phrase',
  '"Central" (bank) — central\n\nbank across a paragraph break',
  'bank bank bank bank',
  'the U.S. trade deficit and the US trade deficit; u.s trade',
  'Kelvin: \u212Aey rates and key rates',
  'cafe\u0301 central cafe central',
  'first quarter1 first quarter first-quarter 1first quarter',
  '',
  'central',
];

describe('findPhrase', () => {
  it('finds exactly the occurrences a full tokenisation finds', () => {
    const phrases = [
      ['central', 'bank'],
      ['bank', 'bank'],
      ['trade', 'deficit'],
      ['us', 'trade'],
      ['u.s', 'trade'],
      ['key', 'rates'],
      ['cafe', 'central'],
      ['first', 'quarter'],
      ['central'],
    ];
    for (const words of phrases) {
      const keys = phraseKeys(words);
      for (const text of texts)
        expect(findPhrase(text, keys), `${words.join(' ')} in ${text}`).toEqual(
          reference(text, keys),
        );
    }
  });

  it('agrees with a full tokenisation on random texts', () => {
    const vocabulary = [
      'Oil',
      'oil',
      'OIL',
      'prices',
      'price',
      'oil-prices',
      'oil’s',
      '—',
      ',',
      '.',
      'crude',
      'Crude',
      'нефть',
      '\n',
      '\u212Aey',
    ];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let t = 0; t < 300; t++) {
      const parts = Array.from(
        { length: 1 + random(30) },
        () => vocabulary[random(vocabulary.length)]!,
      );
      const text = parts.join(random(2) === 0 ? ' ' : '');
      for (const words of [
        ['oil', 'prices'],
        ['crude', 'oil'],
        ['oil', 'oil'],
        ['key', 'oil'],
      ]) {
        const keys = phraseKeys(words);
        expect(findPhrase(text, keys), `${words.join(' ')} in ${text}`).toEqual(
          reference(text, keys),
        );
      }
    }
  });

  it('reports overlapping occurrences of a repeated word', () => {
    expect(findPhrase('bank bank bank', phraseKeys(['bank', 'bank']))).toEqual([
      { start: 0, end: 9 },
      { start: 5, end: 14 },
    ]);
  });

  it('matches Cyrillic phrases with ё written as е', () => {
    expect(containsPhrase('Всё решено в Кремле', ['все', 'решено'])).toBe(true);
    expect(containsPhrase('Все решено', ['всё', 'решено'])).toBe(true);
    expect(containsPhrase('Все не решено', ['все', 'решено'])).toBe(false);
  });
});
