import { describe, expect, it } from 'vitest';
import { MAX_CLAUSES, MAX_QUERY_CHARS, parseQuery, requireAllWords } from './parse-query';
import type { QueryPhrase, QueryTerm } from './types';

const term = (text: string, extra: Partial<QueryTerm> = {}): QueryTerm => ({
  field: null,
  text,
  presence: 'optional',
  wildcard: 'none',
  editDistance: 0,
  ...extra,
});
const phrase = (words: string[], extra: Partial<QueryPhrase> = {}): QueryPhrase => ({
  field: null,
  words,
  presence: 'optional',
  ...extra,
});

type Case = {
  input: string;
  terms: QueryTerm[];
  phrases?: QueryPhrase[];
  /** A fragment the notice must contain; null when the query must be used as typed. */
  notice: string | null;
  text?: string;
};

const cases: Case[] = [
  {
    input: 'Putin Crimea',
    terms: [term('Putin'), term('Crimea')],
    notice: null,
    text: 'Putin Crimea',
  },
  {
    input: '"land bridge"',
    terms: [],
    phrases: [phrase(['land', 'bridge'])],
    notice: null,
    text: '"land bridge"',
  },
  { input: '“Easter truce”', terms: [], phrases: [phrase(['Easter', 'truce'])], notice: null },
  {
    input: '"land bridge',
    terms: [term('land'), term('bridge')],
    notice: 'Unclosed quote ignored',
  },
  { input: '"', terms: [], notice: 'Unclosed quote ignored' },
  { input: '""', terms: [], notice: 'Empty phrase ignored' },
  {
    input: '-Reuters +Trump',
    terms: [term('Reuters', { presence: 'prohibited' }), term('Trump', { presence: 'required' })],
    notice: null,
    text: '-Reuters +Trump',
  },
  { input: '-', terms: [], notice: "Lone '-' ignored" },
  { input: '+', terms: [], notice: "Lone '+' ignored" },
  { input: 'Putin -', terms: [term('Putin')], notice: "Lone '-' ignored" },
  {
    input: 'title:Putin',
    terms: [term('Putin', { field: 'title' })],
    notice: null,
    text: 'title:Putin',
  },
  {
    input: 'TITLE:"land bridge"',
    terms: [],
    phrases: [phrase(['land', 'bridge'], { field: 'title' })],
    notice: null,
  },
  {
    input: '-outlet:Reuters Crimea',
    terms: [term('Reuters', { field: 'outlet', presence: 'prohibited' }), term('Crimea')],
    notice: null,
  },
  { input: 'title:', terms: [], notice: "Ignored 'title:' with nothing after it" },
  { input: 'field:', terms: [term('field')], notice: "Unknown field 'field:' searched as text" },
  {
    input: 'author:Smith',
    terms: [term('author:Smith')],
    notice: "Unknown field 'author:' searched as text",
  },
  { input: '10:30', terms: [term('10:30')], notice: null },
  { input: '::', terms: [], notice: "Ignored '::' (no letters or digits)" },
  { input: ':', terms: [], notice: "Ignored ':'" },
  { input: '***', terms: [], notice: "Ignored '***'" },
  { input: '*', terms: [], notice: "Ignored '*'" },
  { input: '~', terms: [], notice: "Ignored '~'" },
  { input: '^', terms: [], notice: "Ignored '^'" },
  {
    input: 'negotiat*',
    terms: [term('negotiat', { wildcard: 'trailing' })],
    notice: null,
    text: 'negotiat*',
  },
  { input: '*tion', terms: [term('tion')], notice: 'Leading wildcard removed' },
  {
    input: '**ukr*',
    terms: [term('ukr', { wildcard: 'trailing' })],
    notice: 'Leading wildcard removed',
  },
  {
    input: 'neg*tiate',
    terms: [term('negtiate')],
    notice: 'Wildcards work only at the end of a word',
  },
  { input: 'x*', terms: [term('x')], notice: "'x*' is too short for a prefix search" },
  { input: 'co*', terms: [term('co')], notice: "'co*' is too short for a prefix search" },
  {
    input: 'Zelensky~1',
    terms: [term('Zelensky', { editDistance: 1 })],
    notice: null,
    text: 'Zelensky~1',
  },
  { input: 'Zelensky~', terms: [term('Zelensky', { editDistance: 1 })], notice: null },
  {
    input: 'Zelensky~9',
    terms: [term('Zelensky', { editDistance: 2 })],
    notice: 'Fuzziness ~9 reduced to ~2',
  },
  { input: 'a~9', terms: [], notice: "'a' is too short for a fuzzy search" },
  {
    input: 'NATO~2',
    terms: [term('NATO', { editDistance: 1 })],
    notice: 'fuzziness reduced to ~1',
  },
  { input: '~x', terms: [term('x')], notice: "Ignored '~' before 'x'" },
  { input: 'a~b', terms: [term('a~b')], notice: "Searched 'a~b' as plain text", text: '"a~b"' },
  { input: '(a~1)', terms: [term('a~1')], notice: 'as plain text', text: '"a~1"' },
  {
    input: '(title:Putin*',
    terms: [term('Putin', { field: 'title', wildcard: 'trailing' })],
    notice: null,
  },
  { input: 'Putin^3', terms: [term('Putin')], notice: 'Boosts (^) are not supported' },
  {
    input: 'freez*~1',
    terms: [term('freez', { wildcard: 'trailing' })],
    notice: 'Cannot combine * and ~',
  },
  {
    input: 'peace-deal',
    terms: [],
    phrases: [phrase(['peace', 'deal'])],
    notice: null,
    text: '"peace deal"',
  },
  { input: '(Putin)', terms: [term('Putin')], notice: null },
  { input: '\\', terms: [], notice: "Ignored '\\'" },
  { input: '$^.*?+()[]{}|', terms: [], notice: 'no letters or digits' },
  { input: '🙂', terms: [], notice: "Ignored '🙂' (no letters or digits)" },
  { input: '🙂 Putin', terms: [term('Putin')], notice: "Ignored '🙂'" },
  { input: 'the of and', terms: [], notice: 'Only common words' },
  { input: '"to be or not"', terms: [], notice: 'only common words' },
  { input: '"Easter truce" of', terms: [], phrases: [phrase(['Easter', 'truce'])], notice: null },
  {
    input: '-Reuters',
    terms: [term('Reuters', { presence: 'prohibited' })],
    notice: 'Excluding words alone matches nothing',
  },
  { input: '', terms: [], notice: 'Nothing to search for' },
  { input: '   ', terms: [], notice: 'Nothing to search for' },
  {
    input: 'Переговоры «о мире»',
    terms: [term('Переговоры')],
    phrases: [phrase(['о', 'мире'])],
    notice: null,
  },
  { input: "пам'ять", terms: [term("пам'ять")], notice: null },
  { input: 'м’ята', terms: [term('м’ята')], notice: null },
  { input: 'Putin Putin', terms: [term('Putin')], notice: null },
];

describe('parseQuery', () => {
  it.each(cases)('parses $input', ({ input, terms, phrases = [], notice, text }) => {
    const parsed = parseQuery(input);
    expect(parsed.terms).toEqual(terms);
    expect(parsed.phrases).toEqual(phrases);
    if (notice === null) expect(parsed.notice).toBeNull();
    else expect(parsed.notice).toContain(notice);
    if (text !== undefined) expect(parsed.text).toBe(text);
  });

  it('shortens a 5,000-character input and says so', () => {
    const parsed = parseQuery('a'.repeat(5000));
    expect(parsed.notice).toContain(`first ${MAX_QUERY_CHARS} characters`);
    expect(parsed.terms).toEqual([term('a'.repeat(MAX_QUERY_CHARS))]);
  });

  it('keeps only the first clauses of a very long query', () => {
    const words = Array.from({ length: 100 }, (_, i) => `word${i}`);
    const parsed = parseQuery(words.join(' '));
    expect(parsed.terms).toHaveLength(MAX_CLAUSES);
    expect(parsed.notice).toContain(`Only the first ${MAX_CLAUSES} terms`);
  });

  it('round-trips its canonical text', () => {
    for (const input of [
      '+title:negotiat* -"land bridge" Zelensky~2',
      'outlet:"Kyiv Independent" -Reuters',
    ]) {
      const parsed = parseQuery(input);
      expect(parseQuery(parsed.text)).toEqual(parsed);
    }
  });
});

describe('requireAllWords', () => {
  it('makes every optional word and phrase required, leaving exclusions alone', () => {
    const strict = requireAllWords(parseQuery('Putin "land bridge" -Reuters'));
    expect(strict?.terms.map((t) => t.presence)).toEqual(['required', 'prohibited']);
    expect(strict?.phrases.map((p) => p.presence)).toEqual(['required']);
  });

  it('leaves single-word queries and explicit + queries as typed', () => {
    expect(requireAllWords(parseQuery('Putin -Reuters'))).toBeNull();
    expect(requireAllWords(parseQuery('+Putin Crimea NATO'))).toBeNull();
  });
});

describe('Boolean operators (Lucene habits)', () => {
  const presences = (input: string): string[] =>
    [...parseQuery(input).terms, ...parseQuery(input).phrases].map((c) => c.presence);

  it.each([
    [
      'peace AND deal',
      [term('peace', { presence: 'required' }), term('deal', { presence: 'required' })],
    ],
    [
      'peace && deal',
      [term('peace', { presence: 'required' }), term('deal', { presence: 'required' })],
    ],
    ['peace NOT deal', [term('peace'), term('deal', { presence: 'prohibited' })]],
    ['peace !deal', [term('peace'), term('deal', { presence: 'prohibited' })]],
    [
      'peace AND NOT deal',
      [term('peace', { presence: 'required' }), term('deal', { presence: 'prohibited' })],
    ],
    ['peace OR deal', [term('peace'), term('deal')]],
    ['peace || deal', [term('peace'), term('deal')]],
  ])('reads %s as operators, not words', (input, terms) => {
    const parsed = parseQuery(input);
    expect(parsed.terms).toEqual(terms);
    expect(parsed.notice).toBeNull();
  });

  it('applies AND and NOT to phrases too', () => {
    const parsed = parseQuery('"peace deal" AND NOT "land bridge"');
    expect(parsed.phrases).toEqual([
      phrase(['peace', 'deal'], { presence: 'required' }),
      phrase(['land', 'bridge'], { presence: 'prohibited' }),
    ]);
  });

  it('keeps lower-case and/or/not as (common) words, as Lucene does', () => {
    expect(parseQuery('peace and deal').terms).toEqual([term('peace'), term('deal')]);
  });

  it('searches any word after an explicit OR instead of requiring all of them first', () => {
    expect(requireAllWords(parseQuery('peace OR deal'))).toBeNull();
    expect(requireAllWords(parseQuery('peace deal'))).not.toBeNull();
  });

  it('says when an operator has nothing to join', () => {
    expect(parseQuery('AND peace').notice).toContain("'AND' at the start ignored");
    expect(parseQuery('peace OR').notice).toContain("'OR' at the end ignored");
    expect(parseQuery('peace NOT').notice).toContain("'NOT' at the end ignored");
    expect(presences('peace NOT')).toEqual(['optional']);
  });

  it('says that brackets do not group', () => {
    const parsed = parseQuery('(peace OR ceasefire) AND Kyiv');
    expect(parsed.terms.map((t) => t.text)).toEqual(['peace', 'ceasefire', 'Kyiv']);
    expect(parsed.notice).toContain('Brackets do not group');
  });

  it('round-trips operators through its canonical text', () => {
    for (const input of ['peace AND deal', 'peace OR deal NOT Reuters', 'a OR "land bridge"']) {
      const parsed = parseQuery(input);
      expect(parseQuery(parsed.text)).toEqual(parsed);
    }
  });
});
