// Text reuse by word shingles and a bottom-k MinHash sketch: one pass per article, a fixed-size
// sketch each, and candidate pairs only through shared sketch values, so copies are found
// without comparing every pair. Story likeness (same event, reworded) uses content-word stems.

const shingleWords = 4;
/** Sketch size: the Jaccard estimate's standard error is about 1/sqrt(k). */
export const sketchSize = 64;

/** Lower-case words of a text, letters and digits only. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hashes of every `shingleWords`-word shingle, deduplicated: each word hashed once, then mixed. */
export function shingleHashes(tokens: readonly string[]): Set<number> {
  const out = new Set<number>();
  const hashes = tokens.map(fnv1a);
  for (let i = 0; i + shingleWords <= hashes.length; i++) {
    let h = 0x9e3779b9;
    for (let k = 0; k < shingleWords; k++) {
      h = Math.imul(h ^ (hashes[i + k] as number), 0x85ebca6b);
      h ^= h >>> 13;
    }
    out.add(h >>> 0);
  }
  return out;
}

/** The `sketchSize` smallest shingle hashes, ascending. */
export function sketch(hashes: ReadonlySet<number>): Uint32Array {
  const sorted = Uint32Array.from(hashes).sort();
  return sorted.slice(0, sketchSize);
}

/** Bottom-k estimate of the Jaccard similarity of two shingle sets from their sketches. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let taken = 0;
  let shared = 0;
  while (taken < sketchSize && (i < a.length || j < b.length)) {
    const x = i < a.length ? (a[i] as number) : Infinity;
    const y = j < b.length ? (b[j] as number) : Infinity;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    taken++;
  }
  return taken === 0 ? 0 : shared / taken;
}

/** Exact Jaccard similarity of two shingle sets (the reference the estimate is measured against). */
export function exactJaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let shared = 0;
  for (const h of a) if (b.has(h)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

const stop = new Set(
  'about after again against also among because before being between could first other their there these those through under where which while would should since still according reported people officials said there государств которые после также может будет этого которая україни також після може буде цього який яка'.split(
    ' ',
  ),
);

/** Content-word stems (first six letters of words of five or more) that say what a story is about. */
export function storyTerms(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of tokens)
    if (w.length >= 5 && !stop.has(w) && !/^\d+$/.test(w)) out.add(w.slice(0, 6));
  return out;
}

/** Share of the smaller article's story terms that the other one has too. */
export function storyOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared / small.size;
}

/** Story terms as a sorted set of 32-bit hashes: a tenth of the memory of strings, for caching. */
export function storyTermHashes(tokens: readonly string[]): Uint32Array {
  return Uint32Array.from(storyTerms(tokens), fnv1a).sort();
}

/** `storyOverlap` of two sorted hash sets (as `storyTermHashes` makes them). */
export function sortedOverlap(a: Uint32Array, b: Uint32Array): number {
  const small = Math.min(a.length, b.length);
  if (small === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / small;
}
