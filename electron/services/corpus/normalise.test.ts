import { describe, expect, it } from 'vitest';
import { cleanLine, countWords, normaliseText } from './normalise';

describe('normaliseText', () => {
  it('collapses whitespace in each line and keeps one blank line between paragraphs', () => {
    expect(
      normaliseText(
        '  Oil \t prices\u00a0 rose  \r\n\r\n\r\n\n  in   Tokyo \u2028second\u2029line\n\n',
      ),
    ).toBe('Oil prices rose\n\nin Tokyo\nsecond\nline');
  });

  it('removes control and zero-width characters but never a newline or tab between words', () => {
    expect(normaliseText('cen\u200btral\u0000 bank\u000bsaid\u0085\nthe\tfed\ufeff')).toBe(
      'central banksaid\nthe fed',
    );
  });

  it('drops leading blank lines and whitespace-only lines', () => {
    expect(normaliseText('\n \n\t\nHeadline\n \t \n \nBody')).toBe('Headline\n\nBody');
    expect(normaliseText(' \r\n ')).toBe('');
  });
});

// The rules normaliseText implements in one pass, as the regex passes that define them.
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const stray = /[\0-\x08\x0b-\x1f\x7f-\x9f\u200b\u2060\ufeff]/g;
function byRegexes(raw: string): string {
  const text = raw.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(stray, '');
  return text
    .replace(/[^\S\n ][^\S\n]*| [^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

describe('normaliseText against its definition', () => {
  it('treats every BMP character as the regex passes do', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `a ${ch} \nb`])
        if (normaliseText(text) !== byRegexes(text)) differ.push(text);
    }
    expect(differ).toEqual([]);
  });

  it('gives the same text as the regex passes on random mixes of spaces, breaks and controls', () => {
    const parts = [
      'a',
      'Я',
      '\ud83d\ude00',
      ' ',
      '\t',
      '\n',
      '\r',
      '\r\n',
      '\v',
      '\u00a0',
      '\u2028',
      '\u3000',
      '\ufeff',
      '\u0085',
      '\u0000',
      '\u200b',
    ];
    const differ: string[] = [];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      for (let k = Math.floor(next() * 20); k > 0; k--)
        text += parts[Math.floor(next() * parts.length)];
      if (normaliseText(text) !== byRegexes(text)) differ.push(text);
    }
    expect(differ).toEqual([]);
  });
});

describe('cleanLine and countWords', () => {
  it('collapses a title to one line and counts words with inner apostrophes and hyphens as one', () => {
    expect(cleanLine('  Putin’s\n offer \u200b ')).toBe('Putin’s offer');
    expect(cleanLine(' \n ')).toBeNull();
    expect(countWords("Putin's offer — a cease-fire, 3.5% (it's) пам’ять")).toBe(8);
  });
});

describe('on random text', () => {
  // The definitions the fast implementations must agree with.
  const referenceText = (raw: string): string => {
    const lines = raw
      .replace(/\r\n?/g, '\n')
      .replace(/[\u2028\u2029]/g, '\n')
      .split('\n')
      .map((line) =>
        line
          .replace(/(?![\t\n])\p{Cc}|[\u200b\u2060\ufeff]/gu, '')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    const out: string[] = [];
    for (const line of lines) {
      if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
      out.push(line);
    }
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out.join('\n');
  };
  const referenceCount = (text: string): number =>
    text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  const pieces = [
    'a',
    'Bc',
    '7',
    ' ',
    '  ',
    '\t',
    '\n',
    '\r',
    '\r\n',
    '\u2028',
    '\u00a0',
    '\u000b',
    '\u0000',
    '\u0085',
    '\u200b',
    "'",
    '’',
    '-',
    '--',
    'ж',
    '𝐓',
    '\ud800',
    '.',
    '\u0301',
  ];

  it('normalises and counts words exactly as the plain definitions do', () => {
    let seed = 5;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let t = 0; t < 1_000; t++) {
      const text = Array.from({ length: next(30) }, () => pieces[next(pieces.length)]!).join('');
      expect(normaliseText(text), JSON.stringify(text)).toBe(referenceText(text));
      expect(countWords(text), JSON.stringify(text)).toBe(referenceCount(text));
    }
  });
});
