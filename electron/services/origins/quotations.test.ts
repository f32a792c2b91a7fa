import { describe, expect, it } from 'vitest';
import { extractQuotations } from './quotations';

const texts = (text: string) => extractQuotations(text).map((q) => q.text);

describe('quotation extraction', () => {
  it.each([
    ['curly quotes', 'He said: “We will not give up.” Then he left.', ['We will not give up.']],
    ['straight quotes', '"Yes," he said, "we will respond."', ['Yes', 'we will respond.']],
    ['guillemets', 'Песков заявил: «Это фейки».', ['Это фейки']],
    ['low-high quotes', 'Зеленський сказав: „Ми не здамося“.', ['Ми не здамося']],
    ['low quote closed by a right quote', 'Він сказав „ні” і пішов.', ['ні']],
    [
      'a multi-sentence quotation',
      '“There are signals, ideas. This is not an official proposal,” Zelensky said.',
      ['There are signals, ideas. This is not an official proposal'],
    ],
    [
      'nested marks inside guillemets',
      'Он сказал: «Компания „Газпром“ и “Роснефть” согласны». Всё.',
      ['Компания „Газпром“ и “Роснефть” согласны'],
    ],
    [
      'straight quotes inside curly ones',
      '“They call it a "truce" but it is not,” he said.',
      ['They call it a "truce" but it is not'],
    ],
    [
      'apostrophes and single quotes are not quotation marks',
      "Trump's envoy said he didn't know. ‘Gift’ is the word. \"Don't go,\" she said.",
      ["Don't go"],
    ],
    [
      'an unclosed quotation ends with its paragraph',
      '“We will go on,\nhe said. Then “peace” came.',
      ['peace'],
    ],
    ['an unclosed guillemet is dropped', 'Он сказал: «мы не уйдём. И ушёл.', []],
    [
      'a stray straight quote does not pair with the next quotation',
      'He wrote 5" then said "no".',
      ['no'],
    ],
    ['a stray right quote is ignored', 'It ended” there. “Fine,” he said.', ['Fine']],
  ])('%s', (_, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('gives offsets into the text, without the marks', () => {
    const text = 'Intro. “There is pressure on Kyiv,” one said. «Нет».';
    for (const q of extractQuotations(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(extractQuotations(text).map((q) => [q.start, q.end])).toEqual([
      [8, 33],
      [47, 50],
    ]);
  });
});
