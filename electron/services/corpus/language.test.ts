import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

const english =
  'The central bank said on Tuesday that it would keep interest rates unchanged, and that the economy was growing.';
const russian =
  'Кремль заявил, что не намерен отказываться от территорий и настаивает на отказе Украины от вступления в НАТО.';
const ukrainian =
  'Україна не визнає окупацію жодної частини своєї території, заявив міністр закордонних справ у четвер.';

describe('detectLanguage', () => {
  it('recognises English prose by its stop words', () => {
    expect(detectLanguage(english)).toBe('en');
  });

  it('tells Russian from Ukrainian by the letters only one of them uses', () => {
    expect(detectLanguage(russian)).toBe('ru');
    expect(detectLanguage(ukrainian)).toBe('uk');
  });

  it('guesses nothing for Latin text without English stop words', () => {
    expect(
      detectLanguage('Der Bundestag hat heute über einen neuen Haushalt abgestimmt, sagte Scholz.'),
    ).toBeNull();
  });

  it('guesses nothing for too little text or a script it does not know', () => {
    expect(detectLanguage('Oil up 3%')).toBeNull();
    expect(
      detectLanguage(
        '東京証券取引所の株価は火曜日に大きく上昇し、日経平均は過去最高値を更新した。',
      ),
    ).toBeNull();
  });

  it('counts letters outside the basic plane and ignores digits, punctuation and lone surrogates', () => {
    // Mathematical bold letters are Latin-script letters beyond U+FFFF; they must not break the count.
    const bold = '𝐓𝐡𝐞 '.repeat(10);
    expect(detectLanguage(`${bold}${english} 123 456 — \ud800 !!!`)).toBe('en');
  });

  it('judges a mostly-Cyrillic text as Cyrillic even with some Latin words in it', () => {
    expect(detectLanguage(`${russian} NATO, EU, USA.`)).toBe('ru');
  });

  it('looks only at the start of a very long text', () => {
    expect(detectLanguage(`${english} `.repeat(200) + russian.repeat(2_000))).toBe('en');
  });
  it('judges plain-ASCII text exactly as it judges the same words with a non-ASCII space added', () => {
    // A no-break space is not a letter, so only the (faster) all-ASCII path differs between the two.
    const words = [
      'the',
      'The',
      'THE',
      'of',
      'said',
      'which',
      'whichever',
      'fed',
      'x',
      "it's",
      'rates',
    ];
    const seps = [' ', '  ', '\n', ', ', '. ', '1', '@', '['];
    const differ: string[] = [];
    let seed = 11;
    const next = (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
    for (let n = 0; n < 5_000; n++) {
      let text = '';
      for (let k = next(40); k > 0; k--)
        text += words[next(words.length)]! + seps[next(seps.length)]!;
      if (detectLanguage(text) !== detectLanguage(`${text}\u00a0`)) differ.push(text);
    }
    expect(differ).toEqual([]);
    expect(detectLanguage(`${english}\u00a0`)).toBe('en');
  });
});
