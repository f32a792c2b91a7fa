export type WordTable = {
  /** The value of text[start, end), resolving the word (once per distinct word) when new. */
  lookup(text: string, start: number, end: number, hash: number): number;
};

/**
 * Words repeat far more than terms: this maps each distinct word (as scanWords finds it, with its
 * hash) straight to a value, so the costly judgement (indexTerm() while building a shard, a query's
 * matchers while highlighting) runs once per distinct word. Words are found by their characters in the
 * text (open addressing over typed arrays), so no string is made per occurrence and the probes stay
 * in a few compact arrays; a Map of strings spent most of the build's time on cache misses.
 * `expected` sizes the first arrays: 'few' for a short-lived table, which grows as any does.
 */
export function createWordTable(
  resolve: (word: string) => number,
  expected: 'many' | 'few' = 'many',
): WordTable {
  // A shard's build meets tens of thousands of words; a page of snippets, a few thousand.
  const words = expected === 'many' ? 1024 : 256;
  let mask = words * 16 - 1;
  let slots = new Int32Array(mask + 1).fill(-1);
  let hashes = new Int32Array(words);
  let starts = new Uint32Array(words);
  let lengths = new Uint32Array(words);
  let values = new Int32Array(words);
  let pool = new Uint16Array(words * 16);
  let poolUsed = 0;
  let count = 0;

  const grow = <T extends Int32Array | Uint32Array | Uint16Array>(array: T, size: number): T => {
    const grown = new (array.constructor as new (n: number) => T)(size);
    grown.set(array);
    return grown;
  };
  const rehash = (): void => {
    mask = mask * 2 + 1;
    slots = new Int32Array(mask + 1).fill(-1);
    for (let w = 0; w < count; w++) {
      let slot = hashes[w]! & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = w;
    }
  };

  return {
    lookup(text, start, end, hash) {
      const length = end - start;
      let slot = hash & mask;
      for (let w = slots[slot]!; w >= 0; w = slots[slot]!) {
        if (hashes[w] === hash && lengths[w] === length) {
          const at = starts[w]!;
          let k = 0;
          while (k < length && pool[at + k] === text.charCodeAt(start + k)) k++;
          if (k === length) return values[w]!;
        }
        slot = (slot + 1) & mask;
      }
      const value = resolve(text.slice(start, end));
      if (count === hashes.length) {
        hashes = grow(hashes, count * 2);
        starts = grow(starts, count * 2);
        lengths = grow(lengths, count * 2);
        values = grow(values, count * 2);
      }
      if (poolUsed + length > pool.length)
        pool = grow(pool, Math.max(pool.length * 2, poolUsed + length));
      for (let k = 0; k < length; k++) pool[poolUsed + k] = text.charCodeAt(start + k);
      hashes[count] = hash;
      starts[count] = poolUsed;
      lengths[count] = length;
      values[count] = value;
      poolUsed += length;
      slots[slot] = count;
      count += 1;
      if (count * 2 > mask) rehash();
      return value;
    },
  };
}
