import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { wordSpans } from './language';
import { findPhrase, phraseKeys } from './query/phrase';
import { buildShardIndex, type IndexedDoc } from './shard-index';
import { phraseInSequences, type PhraseField } from './shard-words';

const seeds = join(dirname(fileURLToPath(import.meta.url)), '../../../seeds');

const extra: IndexedDoc[] = [
  {
    title: 'Кремль: Крым не обсуждается',
    body: 'Песков заявил, что Крым — не тема для переговоров. Пам’ять!',
    outlet: 'ТАСС',
  },
  {
    title: '',
    body: 'U.S. officials (and the Bank of England) met; bank-of-England staff too.',
    outlet: '',
  },
  { title: 'Empty body', body: '', outlet: 'X' },
];

function docs(): IndexedDoc[] {
  const fromSeeds = readdirSync(seeds)
    .sort()
    .flatMap((name) => {
      const [title = '', ...rest] = readFileSync(join(seeds, name), 'utf8').split('\n');
      return rest
        .join('\n')
        .split(/\n\s*\n/)
        .map((body, i) => ({ title: i % 2 === 0 ? title : '', body, outlet: 'Reuters' }));
    });
  return [...fromSeeds, ...extra];
}

const textOf = (doc: IndexedDoc, field: PhraseField): string =>
  field === 'title' ? doc.title : field === 'body' ? doc.body : `${doc.title}\n\n${doc.body}`;

describe('word sequences', () => {
  it('say whether a document holds a phrase exactly as findPhrase on its text does', () => {
    const all = docs();
    const data = buildShardIndex(all);
    // Phrases taken from the documents themselves (so most are found somewhere), with the words
    // as written: stop words, capitals, punctuation, Cyrillic; plus a few found nowhere.
    const phrases: string[][] = ['bank of england', 'не тема', 'peace deal', 'zzz qqq'].map((p) =>
      p.split(' '),
    );
    all.forEach((doc, d) => {
      const spans = wordSpans(`${doc.title}\n\n${doc.body}`);
      for (let i = 0; i < spans.length; i += 7)
        phrases.push(spans.slice(i, i + 1 + (d % 3)).map((s) => s.word.toUpperCase()));
    });
    let held = 0;
    for (const words of phrases) {
      const keys = phraseKeys(words);
      const holds = phraseInSequences(data, keys);
      all.forEach((doc, d) => {
        for (const field of ['title', 'body', null] as const) {
          const want = findPhrase(textOf(doc, field), keys).length > 0;
          expect(holds(d, field), `${words.join(' ')} in ${field} of ${d}`).toBe(want);
          if (want) held += 1;
        }
      });
    }
    expect(held).toBeGreaterThan(200);
  });

  it('find a phrase that runs from the end of the title into the body only without a field', () => {
    const data = buildShardIndex([{ title: 'Talks in', body: 'Istanbul resumed', outlet: '' }]);
    const holds = phraseInSequences(data, phraseKeys(['in', 'Istanbul']));
    expect([holds(0, null), holds(0, 'title'), holds(0, 'body')]).toEqual([true, false, false]);
  });
});
