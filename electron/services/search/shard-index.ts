// Longer than most modules (~480 lines) on purpose: the compact shard index and the lunr.Index
// facade over it share private array layouts and must change together; split, each half would
// expose the other's internals.
import lunr from 'lunr';
import { configureBuilder, indexTerm, scanWords } from './language';

/** Indexed fields in lunr order; a field's position is its number in the compact arrays. */
export const FIELDS = ['title', 'body', 'outlet'] as const;
export type FieldName = (typeof FIELDS)[number];
/** Title words weigh more than body words: a headline match is the strongest signal of topic. */
export const FIELD_BOOSTS: Record<FieldName, number> = { title: 5, body: 1, outlet: 1 };

// lunr.Builder's BM25 defaults; kept identical so scores equal what lunr itself would compute.
const K1 = 1.2;
const B = 0.75;

export type IndexedDoc = Record<FieldName, string>;

/**
 * One shard's lunr index as flat typed arrays instead of lunr's nested objects.
 * Terms are sorted and numbered by position; postings and field vectors refer to them by number.
 * Document refs are the positions of the documents in the shard ("0", "1", …).
 */
export type ShardIndexData = {
  docCount: number;
  terms: string[];
  /** For term t and field f, the docs are postingDocs[postingStarts[t*F+f] .. postingStarts[t*F+f+1]). */
  postingStarts: Uint32Array;
  /** 16-bit when the shard has at most 65,536 documents (always, at the default shard size). */
  postingDocs: Uint16Array | Uint32Array;
  /** For doc d and field f, the vector is vectorTerms/vectorScores[vectorStarts[d*F+f] .. [d*F+f+1]). */
  vectorStarts: Uint32Array;
  /** 16-bit when the shard has at most 65,536 terms. */
  vectorTerms: Uint16Array | Uint32Array;
  /** lunr rounds vector scores to 3 decimals; we store them ×1000 as integers, exactly. */
  vectorScores: Int32Array;
};

const F = FIELDS.length;

type WordTable = {
  /** The value of text[start, end), resolving the word (once per distinct word) when new. */
  lookup(text: string, start: number, end: number, hash: number): number;
};

/**
 * Words repeat far more than terms: this maps each distinct word of a shard straight to its term
 * number, so indexTerm() runs once per distinct word. Words are found by their characters in the
 * text (open addressing over typed arrays), so no string is made per occurrence and the probes stay
 * in a few compact arrays; a Map of strings spent most of the build's time on cache misses.
 */
function createWordTable(resolve: (word: string) => number): WordTable {
  let mask = 0x3fff;
  let slots = new Int32Array(mask + 1).fill(-1);
  let hashes = new Int32Array(1024);
  let starts = new Uint32Array(1024);
  let lengths = new Uint32Array(1024);
  let values = new Int32Array(1024);
  let pool = new Uint16Array(16_384);
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

/**
 * Indexes documents exactly as lunr.Builder with configureBuilder() would (same tokens, terms,
 * BM25 scores), but into flat arrays: no Token objects, no per-posting metadata objects, so a
 * shard builds several times faster in a fraction of the memory.
 */
export function buildShardIndex(docs: IndexedDoc[]): ShardIndexData {
  const termIds = new Map<string, number>();
  const termNames: string[] = [];
  const fieldLengths = new Float64Array(docs.length * F);
  // Every document field's distinct terms and their counts, back to back: for document field df
  // (d * F + f) they are dfTerms/dfTfs[dfStarts[df] .. dfStarts[df + 1]). One pair of arrays
  // instead of two small typed arrays per document field, which cost more to allocate than to fill.
  const dfStarts = new Uint32Array(docs.length * F + 1);
  let dfTerms = new Uint32Array(1 << 16);
  let dfTfs = new Uint32Array(1 << 16);
  let dfUsed = 0;
  const lengthSums = new Float64Array(F);
  let counts = new Uint32Array(1024);
  const seen: number[] = [];

  const termOf = (word: string): number => {
    const term = indexTerm(word);
    if (term === null) return -1;
    let id = termIds.get(term);
    if (id === undefined) {
      id = termNames.length;
      termIds.set(term, id);
      termNames.push(term);
      if (id >= counts.length) {
        const grown = new Uint32Array(counts.length * 2);
        grown.set(counts);
        counts = grown;
      }
    }
    return id;
  };
  const words = createWordTable(termOf);

  let d = 0;
  let length = 0;
  let text = '';
  const onWord = (start: number, end: number, hash: number): void => {
    const id = words.lookup(text, start, end, hash);
    if (id < 0) return;
    length += 1;
    if (counts[id] === 0) seen.push(id);
    counts[id]! += 1;
  };
  for (d = 0; d < docs.length; d++) {
    const doc = docs[d]!;
    for (let f = 0; f < F; f++) {
      length = 0;
      text = doc[FIELDS[f]!];
      scanWords(text, onWord);
      if (dfUsed + seen.length > dfTerms.length) {
        const size = Math.max(dfTerms.length * 2, dfUsed + seen.length);
        const terms = new Uint32Array(size);
        terms.set(dfTerms);
        dfTerms = terms;
        const tfs = new Uint32Array(size);
        tfs.set(dfTfs);
        dfTfs = tfs;
      }
      for (let i = 0; i < seen.length; i++) {
        const id = seen[i]!;
        dfTerms[dfUsed] = id;
        dfTfs[dfUsed] = counts[id]!;
        dfUsed += 1;
        counts[id] = 0;
      }
      seen.length = 0;
      fieldLengths[d * F + f] = length;
      lengthSums[f]! += length;
      dfStarts[d * F + f + 1] = dfUsed;
    }
  }
  const dfCount = docs.length * F;

  const termCount = termNames.length;
  const order = Array.from({ length: termCount }, (_, i) => i).sort((a, b) =>
    termNames[a]! < termNames[b]! ? -1 : termNames[a]! > termNames[b]! ? 1 : 0,
  );
  const rank = new Uint32Array(termCount);
  order.forEach((id, r) => (rank[id] = r));

  // Postings are gathered from the documents' term lists: count per term and field, lay the lists
  // out in term order, then fill them walking the documents in order (so each list is sorted).
  const postingCounts = new Uint32Array(termCount * F);
  for (let df = 0; df < dfCount; df++) {
    const f = df % F;
    for (let i = dfStarts[df]!, end = dfStarts[df + 1]!; i < end; i++)
      postingCounts[dfTerms[i]! * F + f]! += 1;
  }
  const postingTotal = dfUsed;
  const postingStarts = new Uint32Array(termCount * F + 1);
  const fillAt = new Uint32Array(termCount * F);
  const postingDocs =
    docs.length <= 0x10000 ? new Uint16Array(postingTotal) : new Uint32Array(postingTotal);
  const idf = new Float64Array(termCount);
  let cursor = 0;
  for (let r = 0; r < termCount; r++) {
    const id = order[r]!;
    let documentsWithTerm = 0;
    for (let f = 0; f < F; f++) {
      const n = postingCounts[id * F + f]!;
      postingStarts[r * F + f] = cursor;
      fillAt[id * F + f] = cursor;
      cursor += n;
      documentsWithTerm += n;
    }
    // lunr.idf, verbatim (a doc with the term in two fields counts twice, as in lunr).
    const x = (docs.length - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
    idf[id] = Math.log(1 + Math.abs(x));
  }
  postingStarts[termCount * F] = cursor;
  for (let df = 0; df < dfCount; df++) {
    const doc = Math.floor(df / F);
    const f = df % F;
    for (let i = dfStarts[df]!, end = dfStarts[df + 1]!; i < end; i++)
      postingDocs[fillAt[dfTerms[i]! * F + f]!++] = doc;
  }

  const averages = Array.from(lengthSums, (sum) => sum / docs.length);
  const vectorStarts = new Uint32Array(dfCount + 1);
  const vectorTotal = dfUsed;
  const vectorTerms =
    termCount <= 0x10000 ? new Uint16Array(vectorTotal) : new Uint32Array(vectorTotal);
  const vectorScores = new Int32Array(vectorTotal);
  let widest = 0;
  for (let df = 0; df < dfCount; df++) widest = Math.max(widest, dfStarts[df + 1]! - dfStarts[df]!);
  const scratch = new Float64Array(widest);
  cursor = 0;
  for (let df = 0; df < dfCount; df++) {
    const from = dfStarts[df]!;
    const n = dfStarts[df + 1]! - from;
    const field = FIELDS[df % F]!;
    const avg = averages[df % F]!;
    const length = fieldLengths[df]!;
    // Entries in term order: rank and position packed in one number, sorted natively.
    const entries = scratch.subarray(0, n);
    for (let i = 0; i < n; i++) entries[i] = rank[dfTerms[from + i]!]! * 0x100000000 + i;
    entries.sort();
    vectorStarts[df] = cursor;
    for (let e = 0; e < n; e++) {
      const i = from + (entries[e]! % 0x100000000);
      const id = dfTerms[i]!;
      const tf = dfTfs[i]!;
      // lunr.Builder#createFieldVectors, same operation order so the rounding matches.
      let score = (idf[id]! * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (length / avg)) + tf);
      score *= FIELD_BOOSTS[field];
      vectorTerms[cursor] = rank[id]!;
      vectorScores[cursor] = Math.round(score * 1000);
      cursor += 1;
    }
  }
  vectorStarts[dfCount] = cursor;

  return {
    docCount: docs.length,
    terms: order.map((id) => termNames[id]!),
    postingStarts,
    postingDocs,
    vectorStarts,
    vectorTerms,
    vectorScores,
  };
}

let searchPipeline: lunr.Pipeline | null = null;

/** The query-side pipeline configureBuilder() installs, shared by every shard. */
function sharedSearchPipeline(): lunr.Pipeline {
  if (searchPipeline === null) {
    const builder = new lunr.Builder();
    configureBuilder(builder);
    searchPipeline = builder.searchPipeline;
  }
  return searchPipeline;
}

/** Position of the first term >= `term` in the sorted list. */
function lowerBound(terms: string[], term: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function findTerm(terms: string[], term: string): number {
  const at = lowerBound(terms, term);
  return terms[at] === term ? at : -1;
}

type QueryShape = { kind: 'word'; word: string } | { kind: 'prefix'; prefix: string };
type TokenNode = { final: boolean; edges: Record<string, TokenNode> };

/**
 * What a query TokenSet (lunr.TokenSet.fromString) stands for: one word, or a prefix ("negoti*").
 * Null for anything else (edit distance, inner wildcards).
 */
function queryShape(set: lunr.TokenSet): QueryShape | null {
  let node = set as unknown as TokenNode;
  let word = '';
  for (;;) {
    const keys = Object.keys(node.edges);
    if (keys.length === 0) return node.final ? { kind: 'word', word } : null;
    if (keys.length === 1 && keys[0] === '*' && node.edges['*'] === node && node.final) {
      return { kind: 'prefix', prefix: word };
    }
    if (keys.length > 1 || node.final || keys[0] === '*') return null;
    word += keys[0];
    node = node.edges[keys[0]!]!;
  }
}

/**
 * Whether the query automaton accepts a term, with lunr.TokenSet#intersect's semantics: a `*`
 * edge matches any one character (UTF-16 unit, as lunr walks strings), and the term must end on a
 * final node. Lets fuzzy queries scan the sorted terms instead of building the shard's TokenSet,
 * which costs ~30 ms and megabytes per shard.
 */
function accepts(query: TokenNode, term: string): boolean {
  let states: TokenNode[] = [query];
  for (let i = 0; i < term.length; i++) {
    const char = term.charAt(i);
    const next: TokenNode[] = [];
    for (const state of states) {
      const exact = Object.hasOwn(state.edges, char) ? state.edges[char] : undefined;
      const any = state.edges['*'];
      if (exact && !next.includes(exact)) next.push(exact);
      if (any && !next.includes(any)) next.push(any);
    }
    if (next.length === 0) return false;
    states = next;
  }
  return states.some((state) => state.final);
}

const SCAN_CACHE = 32;

/** A canonical text form of a query automaton, equal for equal automata built by separate calls. */
function signature(root: TokenNode): string {
  const numbers = new Map<TokenNode, number>();
  const parts: string[] = [];
  const visit = (node: TokenNode): number => {
    let n = numbers.get(node);
    if (n !== undefined) return n;
    n = numbers.size;
    numbers.set(node, n);
    const edges = Object.keys(node.edges)
      .sort()
      .map((edge) => `${edge}>${visit(node.edges[edge]!)}`);
    parts[n] = `${node.final ? 1 : 0}${edges.join(',')}`;
    return n;
  };
  visit(root);
  return parts.join('|');
}

const EMPTY_METADATA = Object.freeze(Object.create(null) as object);

/**
 * A lunr.Index over compact shard data that decodes lazily: a posting when a query looks up its
 * term, a field vector when a matching document is scored. It never builds lunr's TokenSet:
 * words and prefixes are found by binary search over the sorted terms, other patterns by a scan.
 * Loading a shard is therefore nearly free and an idle shard costs only its typed arrays.
 */
export function openShardIndex(data: ShardIndexData): lunr.Index {
  const { terms, postingStarts, postingDocs, vectorStarts, vectorTerms, vectorScores } = data;

  // A query's patterns are intersected more than once per search (probe, then lunr's own query),
  // and again while the analyst pages or re-sorts: recent scans are kept, keyed by automaton shape.
  const scanned = new Map<string, string[]>();
  const lazyTokenSet = {
    intersect(query: lunr.TokenSet) {
      const shape = queryShape(query);
      if (shape === null) {
        const root = query as unknown as TokenNode;
        const key = signature(root);
        let matches = scanned.get(key);
        if (matches === undefined) {
          matches = terms.filter((term) => accepts(root, term));
          if (scanned.size >= SCAN_CACHE) scanned.delete(scanned.keys().next().value!);
          scanned.set(key, matches);
        }
        const found = matches;
        return { toArray: () => found };
      }
      if (shape.kind === 'word') {
        const found = findTerm(terms, shape.word) >= 0;
        return { toArray: () => (found ? [shape.word] : []) };
      }
      const matches: string[] = [];
      const { prefix } = shape;
      for (
        let t = lowerBound(terms, prefix);
        t < terms.length && terms[t]!.startsWith(prefix);
        t++
      ) {
        matches.push(terms[t]!);
      }
      return { toArray: () => matches };
    },
    toArray: () => terms.slice(),
  };

  const decodePosting = (t: number): Record<string, unknown> => {
    const posting: Record<string, unknown> = { _index: t };
    for (let f = 0; f < F; f++) {
      const docsOfField: Record<string, object> = Object.create(null) as Record<string, object>;
      const end = postingStarts[t * F + f + 1]!;
      for (let i = postingStarts[t * F + f]!; i < end; i++)
        docsOfField[postingDocs[i]!] = EMPTY_METADATA;
      posting[FIELDS[f]!] = docsOfField;
    }
    return posting;
  };

  const invertedIndex = new Proxy(Object.create(null) as Record<string, unknown>, {
    get(_, key) {
      if (typeof key !== 'string') return undefined;
      const t = findTerm(terms, key);
      return t < 0 ? undefined : decodePosting(t);
    },
    has: (_, key) => typeof key === 'string' && findTerm(terms, key) >= 0,
  });

  const fieldNumber = new Map<string, number>(FIELDS.map((name, f) => [name, f]));
  const decodeVector = (key: string): lunr.Vector | undefined => {
    const slash = key.indexOf('/');
    const f = fieldNumber.get(key.slice(0, slash));
    const d = Number(key.slice(slash + 1));
    if (f === undefined || !Number.isInteger(d) || d < 0 || d >= data.docCount) return undefined;
    const start = vectorStarts[d * F + f]!;
    const end = vectorStarts[d * F + f + 1]!;
    const elements = new Array<number>((end - start) * 2);
    for (let i = start, j = 0; i < end; i++, j += 2) {
      elements[j] = vectorTerms[i]!;
      elements[j + 1] = vectorScores[i]! / 1000;
    }
    return new lunr.Vector(elements);
  };
  // Only a query made purely of prohibited terms enumerates every field vector.
  const allVectorKeys = (): string[] => {
    const keys: string[] = [];
    for (let d = 0; d < data.docCount; d++) for (const name of FIELDS) keys.push(`${name}/${d}`);
    return keys;
  };
  const fieldVectors = new Proxy(Object.create(null) as Record<string, unknown>, {
    get: (_, key) => (typeof key === 'string' ? decodeVector(key) : undefined),
    ownKeys: () => allVectorKeys(),
    getOwnPropertyDescriptor: (_, key) =>
      typeof key === 'string'
        ? { value: decodeVector(key), enumerable: true, configurable: true, writable: false }
        : undefined,
  });

  // @types/lunr describes lunr 1's attributes; lunr 2 takes fieldVectors (what lunr.Index.load passes).
  const attributes = {
    invertedIndex,
    fieldVectors,
    tokenSet: lazyTokenSet,
    fields: [...FIELDS],
    pipeline: sharedSearchPipeline(),
  };
  return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
}
