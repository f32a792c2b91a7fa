import {
  estimateJaccard,
  shingleHashes,
  sketch,
  sortedOverlap,
  storyTermHashes,
  words,
} from './reuse';

/** One article as grouping sees it. */
export type GroupItem = { origin: string | null; published: string | null; text: string };

/** What grouping needs of an article, computed once from its text and cached with it. */
export type GroupSignature = {
  origin: string | null;
  /** Days since 1970 of its publication date, or null when it states none. */
  day: number | null;
  /** Bottom-k MinHash sketch of its word shingles. */
  sketch: Uint32Array;
  /** Its story terms, hashed and sorted. */
  terms: Uint32Array;
};

/** Thresholds, measured on the seeds and the labelled test set (see origins.eval.test.ts). */
export const groupingRules = {
  /**
   * Estimated 4-word-shingle Jaccard at which two texts are copies. Measured on 200 BBC texts:
   * a copy with every 10th word changed scores 0.44, a 60 % reprint 0.60, unrelated texts 0.000;
   * the 64-value sketch is off by 0.03 on average (p95 0.10), so 0.25 keeps all 600 decisions
   * the exact Jaccard makes (0.4 kept 553).
   */
  copy: 0.25,
  /** Story-term overlap at which two relays of one origin tell the same story. */
  story: 0.35,
  /** Relays of one origin further apart than this are different reports. */
  days: 7,
  /** Sketch values shared by this many articles are boilerplate, not evidence of reuse. */
  commonPosting: 500,
};

/** The grouping signature of one article's text. */
export function groupSignature(
  origin: string | null,
  published: string | null,
  text: string,
): GroupSignature {
  const tokens = words(text);
  return {
    origin,
    day: dayNumber(published),
    sketch: sketch(shingleHashes(tokens)),
    terms: storyTermHashes(tokens),
  };
}

/** Relay groups (indexes into `items`) and each item's origin, copies taking their group's. */
export function relayGroups(items: readonly GroupItem[]): {
  groups: number[][];
  origins: (string | null)[];
} {
  return relayGroupsOf(items.map((i) => groupSignature(i.origin, i.published, i.text)));
}

/** Relay groups from cached signatures: no text is read again. */
export function relayGroupsOf(items: readonly GroupSignature[]): {
  groups: number[][];
  origins: (string | null)[];
} {
  const parent = items.map((_, i) => i);
  const groupOrigin = items.map((item) => item.origin);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  // Two groups that credit different origins never merge, whatever links them.
  const unite = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const oa = groupOrigin[ra] ?? null;
    const ob = groupOrigin[rb] ?? null;
    if (oa !== null && ob !== null && oa !== ob) return;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    parent[child] = root;
    groupOrigin[root] = oa ?? ob;
  };

  for (const [a, b] of copyPairs(items.map((i) => i.sketch))) unite(a, b);

  const byOrigin = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (item.origin === null) return;
    const members = byOrigin.get(item.origin);
    if (members) members.push(i);
    else byOrigin.set(item.origin, [i]);
  });
  for (const members of byOrigin.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const a = items[members[x] as number] as GroupSignature;
        const b = items[members[y] as number] as GroupSignature;
        if (a.day !== null && b.day !== null && Math.abs(a.day - b.day) > groupingRules.days)
          continue;
        if (find(members[x] as number) === find(members[y] as number)) continue;
        if (sortedOverlap(a.terms, b.terms) >= groupingRules.story)
          unite(members[x] as number, members[y] as number);
      }
    }
  }

  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(i);
    else groups.set(root, [i]);
  });
  return {
    groups: [...groups.values()],
    origins: items.map((_, i) => groupOrigin[find(i)] ?? null),
  };
}

/**
 * Pairs of copies, ascending. Candidates are the pairs that share sketch values (the buckets of
 * bottom-k MinHash); sorting packed numbers instead of filling hash maps keeps 10k articles at a
 * fifth of a second. Only pairs sharing enough values to reach the copy threshold are estimated.
 */
export function copyPairs(sketches: readonly Uint32Array[]): [number, number][] {
  const n = sketches.length;
  // Each (value, article) packed as value·2^20 + article: exact in a double for 2^20 articles.
  const entries = new Float64Array(sketches.reduce((sum, s) => sum + s.length, 0));
  let at = 0;
  sketches.forEach((s, i) => {
    for (const h of s) entries[at++] = h * 1_048_576 + i;
  });
  entries.sort();
  let pairs = new Float64Array(1024);
  let count = 0;
  for (let start = 0; start < entries.length;) {
    const value = Math.floor((entries[start] as number) / 1_048_576);
    let end = start + 1;
    while (end < entries.length && Math.floor((entries[end] as number) / 1_048_576) === value)
      end++;
    const size = end - start;
    if (size >= 2 && size < groupingRules.commonPosting) {
      if (count + (size * (size - 1)) / 2 > pairs.length) {
        const grown = new Float64Array(Math.max(pairs.length * 2, count + size * size));
        grown.set(pairs.subarray(0, count));
        pairs = grown;
      }
      for (let x = start; x < end; x++) {
        const a = (entries[x] as number) % 1_048_576;
        for (let y = x + 1; y < end; y++)
          pairs[count++] = a * n + ((entries[y] as number) % 1_048_576);
      }
    }
    start = end;
  }
  const shared = pairs.subarray(0, count).sort();
  const out: [number, number][] = [];
  for (let start = 0; start < shared.length;) {
    let end = start + 1;
    while (end < shared.length && shared[end] === shared[start]) end++;
    const key = shared[start] as number;
    const a = Math.floor(key / n);
    const b = key % n;
    const sa = sketches[a] as Uint32Array;
    const sb = sketches[b] as Uint32Array;
    // A pair sharing few sketch values cannot reach the copy threshold; skip the estimate.
    const least = Math.floor(Math.max(sa.length, sb.length) * groupingRules.copy * 0.5);
    if (end - start >= least && estimateJaccard(sa, sb) >= groupingRules.copy) out.push([a, b]);
    start = end;
  }
  return out;
}

/** Days since 1970 of an ISO date (a year or month alone counts from its first day), or null. */
export function dayNumber(iso: string | null): number | null {
  if (iso === null) return null;
  const ms = Date.parse(iso.slice(0, 10));
  return Number.isNaN(ms) ? null : Math.floor(ms / 86_400_000);
}
