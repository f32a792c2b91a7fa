import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { scanWords } from './language';
import { parseQuery, requireAllWords, runQuery } from './query/index';
import { buildShardIndex, openShardIndex, type IndexedDoc } from './shard-index';
import { createShardSearcher, type ShardClause } from './shard-query';
import { createTermFinder } from './shard-terms';

const seeds = join(dirname(fileURLToPath(import.meta.url)), '../../../seeds');
const OUTLETS = ['Reuters', 'Kyiv Post', 'Ukrainska Pravda', 'Meduza'];

/** Every paragraph of the seeds as a document of its own: ~100 documents of varied length. */
function paragraphDocs(): IndexedDoc[] {
  return readdirSync(seeds)
    .sort()
    .flatMap((name) => {
      const [title = '', ...rest] = readFileSync(join(seeds, name), 'utf8').split('\n');
      return rest
        .join('\n')
        .split(/\n\s*\n/)
        .filter((p) => p.trim() !== '')
        .map((body, i) => ({ title: i % 3 === 0 ? title : '', body, outlet: OUTLETS[i % 4]! }));
    });
}

function setUp() {
  const docs = paragraphDocs();
  const data = buildShardIndex(docs);
  const finder = createTermFinder(data.terms);
  return { docs, index: openShardIndex(data, finder), searcher: createShardSearcher(data, finder) };
}

/** A fixed pseudo-random sequence, so a failure names a query that fails every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function words(docs: IndexedDoc[]): string[] {
  const found = new Set<string>();
  for (const doc of docs)
    scanWords(doc.body, (start, end) => found.add(doc.body.slice(start, end).toLowerCase()));
  return [...found].filter((w) => /^\p{L}{3,}$/u.test(w)).sort();
}

/** Queries of every shape the analyst can type: fields, presence, prefixes, fuzz, phrases, OR. */
function randomQueries(vocabulary: string[], count: number): string[] {
  const next = random(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const word = (): string => {
    const w = pick(vocabulary);
    const shape = next();
    if (shape < 0.1) return `${w.slice(0, 3)}*`;
    if (shape < 0.2) return `${w}~1`;
    if (shape < 0.25) return `"${w} ${pick(vocabulary)}"`;
    return w;
  };
  return Array.from({ length: count }, () => {
    const parts = Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
      const prefix = pick(['', '', '', '+', '-', 'title:', 'outlet:', 'body:']);
      return `${prefix}${word()}`;
    });
    return parts.join(next() < 0.15 ? ' OR ' : ' ');
  });
}

/** lunr's final step: a stable sort by score, best first. */
const byScore = <T extends { score: number }>(results: T[]): T[] =>
  [...results].sort((a, b) => b.score - a.score);

describe('shard searcher', () => {
  it('answers parsed queries with exactly the refs, scores and order of lunr.Index#query', () => {
    const { docs, index, searcher } = setUp();
    const queries = [
      ...randomQueries(words(docs), 400),
      'crimea',
      'putin trump',
      'reuters',
      'kremlin -crimea',
      'negoti*',
      'witkof~1',
    ];
    let compared = 0;
    for (const text of queries) {
      const parsed = parseQuery(text);
      for (const query of [parsed, requireAllWords(parsed)]) {
        if (query === null) continue;
        const want = runQuery(index, query);
        const got = byScore(runQuery(index, query, { searcher }));
        expect(got, text).toEqual(want.map(({ ref, score }) => ({ ref, score })));
        if (want.length > 0) compared += 1;
      }
    }
    // The comparison is only worth something if most queries find documents.
    expect(compared).toBeGreaterThan(300);
  });

  const clauseCases: { name: string; clauses: ShardClause[] }[] = [
    {
      name: 'a term given twice weighs twice in the query vector',
      clauses: [
        {
          fields: ['title', 'body', 'outlet'],
          presence: 'optional',
          patterns: ['crimea', 'crimea'],
          editDistance: 0,
        },
        { fields: ['body'], presence: 'optional', patterns: ['putin'], editDistance: 0 },
      ],
    },
    {
      name: 'a required clause in one field, an optional one in all',
      clauses: [
        { fields: ['title'], presence: 'required', patterns: ['trump'], editDistance: 0 },
        {
          fields: ['title', 'body', 'outlet'],
          presence: 'optional',
          patterns: ['ukrain*'],
          editDistance: 0,
        },
      ],
    },
    {
      name: 'a required alternative that matches nothing empties the result',
      clauses: [
        { fields: ['body'], presence: 'required', patterns: ['crimea', 'zzzzq'], editDistance: 0 },
      ],
    },
    {
      name: 'prohibited clauses alone keep every other document',
      clauses: [
        { fields: ['body'], presence: 'prohibited', patterns: ['crimea'], editDistance: 0 },
      ],
    },
    {
      name: 'a fuzzy required clause and a prohibited outlet',
      clauses: [
        {
          fields: ['title', 'body', 'outlet'],
          presence: 'required',
          patterns: ['putn'],
          editDistance: 1,
        },
        { fields: ['outlet'], presence: 'prohibited', patterns: ['reuter'], editDistance: 0 },
      ],
    },
  ];

  it.each(clauseCases)('$name, as lunr does', ({ clauses }) => {
    const { index, searcher } = setUp();
    const want = index.query((q) => {
      for (const clause of clauses)
        for (const pattern of clause.patterns)
          q.term(pattern, {
            fields: [...clause.fields],
            presence: {
              optional: lunr.Query.presence.OPTIONAL,
              required: lunr.Query.presence.REQUIRED,
              prohibited: lunr.Query.presence.PROHIBITED,
            }[clause.presence],
            usePipeline: false,
            ...(clause.editDistance > 0 ? { editDistance: clause.editDistance } : {}),
          });
    });
    expect(byScore(searcher.run(clauses))).toEqual(want.map(({ ref, score }) => ({ ref, score })));
  });
});
