import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { configureBuilder } from './language';
import { FIELD_BOOSTS, buildShardIndex, openShardIndex, type IndexedDoc } from './shard-index';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const seeds = join(repo, 'seeds');

function seedDocs(): IndexedDoc[] {
  return readdirSync(seeds)
    .sort()
    .map((name, i) => {
      const text = readFileSync(join(seeds, name), 'utf8');
      const title = text.split('\n')[0] ?? '';
      // A few outlets repeat so outlet postings have more than one document.
      return { title, body: text, outlet: ['Ukrainska Pravda', 'Reuters', 'Kyiv Post'][i % 3]! };
    });
}

function lunrIndex(docs: IndexedDoc[]): lunr.Index {
  return lunr(function () {
    configureBuilder(this);
    this.ref('ref');
    this.field('title', { boost: FIELD_BOOSTS.title });
    this.field('body');
    this.field('outlet');
    docs.forEach((doc, ref) => this.add({ ...doc, ref: String(ref) }));
  });
}

// Terms are numbered in sorted order rather than first-seen order, so a dot product may add the
// same numbers in another order: scores agree to the last few bits, refs and ranking exactly.
function expectSameResults(actual: lunr.Index, expected: lunr.Index, query: string): void {
  const got = actual.search(query);
  const want = expected.search(query);
  expect(
    got.map((r) => r.ref),
    query,
  ).toEqual(want.map((r) => r.ref));
  got.forEach((r, i) => expect(r.score, query).toBeCloseTo(want[i]!.score, 9));
}

const queries = [
  'Crimea',
  'putin trump',
  'title:putin',
  '+crimea -nato',
  '-crimea',
  'crim*',
  'p*',
  'negoti*',
  'zzz*',
  'c*a',
  'witkof~1',
  'crimea~2',
  'putn~1',
  'p~1',
  'ukrain~2',
  'kr*mlin',
  'peace deal ceasefire',
  'reuters',
  'outlet:reuters',
  'nothingmatchesthis',
];

describe('compact shard index', () => {
  it('answers every query with exactly the refs and scores lunr.Builder would give', () => {
    const docs = seedDocs();
    const reference = lunrIndex(docs);
    const compact = openShardIndex(buildShardIndex(docs));
    for (const query of queries) expectSameResults(compact, reference, query);
  });

  it('matches lunr on a document with empty fields', () => {
    const docs = [...seedDocs(), { title: '', body: '', outlet: '' }];
    const reference = lunrIndex(docs);
    const compact = openShardIndex(buildShardIndex(docs));
    for (const query of ['-crimea', 'crimea']) expectSameResults(compact, reference, query);
  });

  it('stores terms sorted and numbers documents by position', () => {
    const data = buildShardIndex(seedDocs());
    expect(data.docCount).toBe(5);
    expect([...data.terms].sort()).toEqual(data.terms);
    expect(data.terms).toContain('crimea');
  });
});
