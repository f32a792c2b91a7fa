import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildShardIndex, type IndexedDoc } from '../shard-index';
import { createHighlighter } from './highlight';
import { parseQuery } from './parse-query';

const seeds = join(dirname(fileURLToPath(import.meta.url)), '../../../../seeds');

/** The seeds' paragraphs, and texts that spell the same words in every case and script. */
function bodies(): string[] {
  const paragraphs = readdirSync(seeds)
    .sort()
    .flatMap((name) => readFileSync(join(seeds, name), 'utf8').split(/\n\s*\n/));
  return [
    ...paragraphs,
    'US officials told us the US-led talks, as IT firms said it, were AS planned. Us too; THE end.',
    "The bank's BANKS banked on Bank’s banking; the Banks' yield yields YIELDED.",
    'Київ і Киев, Крым и КРЫМ, ёлка и елка, Ёж; В Україні та в УКРАЇНІ.',
    '  \n\tOil  prices\u00a0rose  \n\n while oil-price hedges and OIL fell. ',
    'café CAFÉ cafe\u0301 naïve NAÏVE',
    '',
  ];
}

const QUERIES = [
  'US',
  'us',
  'it',
  'IT',
  'the',
  'as',
  'bank',
  'banks',
  'bank*',
  'yield~1',
  'crimea',
  'Крым',
  'киев',
  'ёлка',
  'україна',
  'oil prices',
  '"oil prices"',
  'café',
  'negoti*',
  'title:crimea',
  'body:oil',
  'putin -crimea',
  'us*',
  'oil bank*',
  'crimea yield~1',
];

describe('highlighting a shard body from its word sequence', () => {
  const texts = bodies();
  const docs: IndexedDoc[] = texts.map((body, i) => ({ title: `Title ${i}`, body, outlet: '' }));
  const sequences = buildShardIndex(docs);

  it('finds exactly the ranges reading the characters finds, in every case and script', () => {
    let ranged = 0;
    for (const text of QUERIES) {
      const highlight = createHighlighter(parseQuery(text));
      texts.forEach((body, doc) => {
        const want = highlight(body);
        expect(highlight(body, { sequences, doc }), `${text} in #${doc}`).toEqual(want);
        if (want.length > 0) ranged += 1;
      });
    }
    // Worth something only if most queries find words to highlight.
    expect(ranged).toBeGreaterThan(QUERIES.length * 2);
  });

  it('reads the characters when the text is not the body the sequence was made from', () => {
    const highlight = createHighlighter(parseQuery('oil prices'));
    // As many words as that body or more, so only a word-by-word check can tell them apart.
    const other = 'Prices of oil, and oil prices again, as oil prices fell further today.';
    const oilDoc = texts.findIndex((body) => body.includes('Oil  prices'));
    expect(highlight(other, { sequences, doc: oilDoc })).toEqual(highlight(other));
  });
});
