export type QueryKind = 'word' | 'two words' | 'phrase';

/** One benchmark query: what the analyst types into Parley, and the lunr query string the baseline runs instead. */
export type BenchQuery = { kind: QueryKind; parley: string; lunr: string };

const WORDS = [
  'oil',
  'wheat',
  'dividend',
  'tonnes',
  'coffee',
  'gold',
  'bank',
  'shares',
  'profit',
  'tariffs',
  'japan',
  'opec',
  'inflation',
  'acquisition',
  'merger',
  'sugar',
  'exports',
  'bonds',
  'yen',
  'strike',
];

const PAIRS = [
  'oil prices',
  'grain exports',
  'bank loans',
  'stock split',
  'crude output',
  'dollar yen',
  'wheat farmers',
  'coffee quota',
  'merger talks',
  'tax reform',
  'debt payments',
  'gold mine',
];

const PHRASES = [
  'central bank',
  'interest rates',
  'trade surplus',
  'net income',
  'money supply',
  'crude oil',
  'stock exchange',
  'federal reserve',
  'trade deficit',
  'first quarter',
  'finance minister',
  'tender offer',
];

// lunr treats space-separated terms as OR; the analyst's two words mean "both", so the baseline
// requires each with `+`. lunr has no phrase search, so a phrase becomes the same `+w1 +w2`.
const required = (text: string): string =>
  text
    .split(/\s+/)
    .map((w) => `+${w}`)
    .join(' ');

/** The fixed query set: 20 single words, 12 word pairs, 12 phrases, all common in Reuters-21578 and none a stop word. */
export const BENCH_QUERIES: readonly BenchQuery[] = [
  ...WORDS.map((w): BenchQuery => ({ kind: 'word', parley: w, lunr: w })),
  ...PAIRS.map((p): BenchQuery => ({ kind: 'two words', parley: p, lunr: required(p) })),
  ...PHRASES.map((p): BenchQuery => ({ kind: 'phrase', parley: `"${p}"`, lunr: required(p) })),
];
