// Word-level likeness of two wordings of one statement, for quote drift.

// Words that carry no statement in English, Russian and Ukrainian: they count for less.
const stopwords = new Set(
  (
    'a an the and or but if so that this these those is are was were be been being it its of on in ' +
    'to for with by at from as there here we i you he she they our us my your his her their them ' +
    'will would can could should may might must do does did have has had not no now then than ' +
    'what which who when where how all any some very also just about into over such one ' +
    'и в во не на что с со как а то это все он она они мы вы я но по из у за от о об для же ' +
    'бы ли так уже или его ее их нас нам мне был была были быть есть будет даже этот эта эти ' +
    'там тут где когда если чтобы к до ни да нет ну вот только еще очень ' +
    'і й та в у на що з зі як а це все він вона вони ми ви я але по із за від про для же б чи ' +
    'так вже або його її їх нас нам мені був була були бути є буде навіть цей ця ці там тут де ' +
    'коли якщо щоб до ні лише тільки дуже ще'
  ).split(/\s+/u),
);

// Spellings of one name that relays swap (stems of STEM letters): Kiev/Kyiv, Vitkoff/Witkoff.
const spellings = new Map([
  ['kiev', 'kyiv'],
  ['vitko', 'witko'],
]);

/** Letters kept of each word: a crude prefix stem that serves English, Russian and Ukrainian. */
const STEM = 5;
/** A stop word's weight relative to a content word of the same rarity (measured: 0.3). */
const STOPWORD_WEIGHT = 0.3;

/** The words of `text` as stems; stop words are kept whole and marked with a leading `_`. */
export function stemsOf(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .match(/[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*/gu);
  return (words ?? []).map((word) => {
    if (stopwords.has(word)) return `_${word}`;
    const stem = word.replace(/['’ʼ]/gu, '').slice(0, STEM);
    return spellings.get(stem) ?? stem;
  });
}

export const isContent = (stem: string) => !stem.startsWith('_');

/** A wording ready to compare: its stems, each one's weight, and their counts and total. */
export type Wording = {
  stems: string[];
  weights: number[];
  counts: Map<string, number>;
  total: number;
  /** Every stem's weight (one table for all the wordings prepared together). */
  weightOf: ReadonlyMap<string, number>;
};

/**
 * The wordings of `texts` weighted by rarity among them (inverse document frequency), so the names
 * every quotation of a story shares (Putin, Kyiv, Crimea) count for less than its own words.
 */
export function prepareWordings(texts: readonly string[]): Wording[] {
  const all = texts.map(stemsOf);
  const df = new Map<string, number>();
  for (const stems of all) for (const s of new Set(stems)) df.set(s, (df.get(s) ?? 0) + 1);
  const weightOf = new Map<string, number>();
  for (const [s, n] of df)
    weightOf.set(s, Math.log(1 + all.length / n) * (isContent(s) ? 1 : STOPWORD_WEIGHT));
  return all.map((stems) => {
    const weights = stems.map((s) => weightOf.get(s) ?? 0);
    const counts = new Map<string, number>();
    for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
    return { stems, weights, counts, total: weights.reduce((n, w) => n + w, 0), weightOf };
  });
}

/** The weight of the stems two wordings share, counted as often as both have them. */
export function sharedWeight(a: Wording, b: Wording): number {
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [s, n] of small.counts) {
    const m = large.counts.get(s);
    if (m !== undefined) shared += Math.min(n, m) * (small.weightOf.get(s) ?? 0);
  }
  return shared;
}

/** The weight of the heaviest common subsequence of stems: the words both say in the same order. */
function commonInOrder(a: Wording, b: Wording): number {
  let prev = new Float64Array(b.stems.length + 1);
  let row = new Float64Array(b.stems.length + 1);
  for (let i = 1; i <= a.stems.length; i++) {
    for (let j = 1; j <= b.stems.length; j++)
      row[j] =
        a.stems[i - 1] === b.stems[j - 1]
          ? prev[j - 1]! + a.weights[i - 1]!
          : Math.max(prev[j]!, row[j - 1]!);
    [prev, row] = [row, prev];
  }
  return prev[b.stems.length]!;
}

/**
 * How alike two wordings are, 0…1; never more than `sharedWeight / min(total)`, so callers can
 * skip pairs below it. The better of: the words said in the same order over the shorter wording
 * (a cut of a longer quotation, a translation that keeps the sentence's frame), and the mean of
 * the shared weight over the shorter and the Dice coefficient (reordered words).
 */
export function similarity(a: Wording, b: Wording, shared = sharedWeight(a, b)): number {
  const shorter = Math.min(a.total, b.total);
  if (shorter === 0) return 0;
  const bag = (shared / shorter + (2 * shared) / (a.total + b.total)) / 2;
  return Math.max(commonInOrder(a, b) / shorter, bag);
}
