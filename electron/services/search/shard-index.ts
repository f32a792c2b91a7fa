// Longer than most modules (~380 lines) on purpose: the compact shard index and the lunr.Index
// facade over it share private array layouts and must change together. shard-query.ts reads the
// same layout to answer queries without the facade.
import lunr from 'lunr';
import { configureBuilder, indexTerm, scanWords } from './language';
import { createTermFinder, findTerm, type TermFinder } from './shard-terms';
import { createWordTable } from './word-table';
import { createSequenceBuilder, type WordSequences } from './shard-words';

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
export type ShardIndexData = WordSequences & {
  docCount: number;
  terms: string[];
  /** For term t and field f, the docs are postingDocs[postingStarts[t*F+f] .. postingStarts[t*F+f+1]). */
  postingStarts: Uint32Array;
  /** 16-bit when the shard has at most 65,536 documents (always, at the default shard size). */
  postingDocs: Uint16Array | Uint32Array;
  /**
   * The BM25 score of each posting's term in its document field (lunr's field vector entry):
   * lunr rounds them to 3 decimals; we store them ×1000 as integers, exactly.
   */
  postingScores: Int32Array;
};

const F = FIELDS.length;

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
  // Each distinct raw word once: its term (or -1) and its number in the word sequences.
  const sequences = createSequenceBuilder();
  let rawTerms = new Int32Array(1024);
  let rawWords = new Uint32Array(1024);
  let rawCount = 0;
  const words = createWordTable((word) => {
    if (rawCount === rawTerms.length) {
      const terms = new Int32Array(rawCount * 2);
      terms.set(rawTerms);
      rawTerms = terms;
      const grown = new Uint32Array(rawCount * 2);
      grown.set(rawWords);
      rawWords = grown;
    }
    rawTerms[rawCount] = termOf(word);
    rawWords[rawCount] = sequences.idOf(word);
    return rawCount++;
  });

  let d = 0;
  let length = 0;
  let text = '';
  let inSequence = false;
  const onWord = (start: number, end: number, hash: number): void => {
    const raw = words.lookup(text, start, end, hash);
    if (inSequence) sequences.push(rawWords[raw]!);
    const id = rawTerms[raw]!;
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
      inSequence = FIELDS[f] === 'title' || FIELDS[f] === 'body';
      scanWords(text, onWord);
      if (inSequence) sequences.endField();
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

  // Each posting carries its BM25 score, so a query scores a document field by walking the
  // postings of its terms: no per-document vector to search.
  const averages = Array.from(lengthSums, (sum) => sum / docs.length);
  const postingScores = new Int32Array(postingTotal);
  for (let df = 0; df < dfCount; df++) {
    const doc = Math.floor(df / F);
    const f = df % F;
    const boost = FIELD_BOOSTS[FIELDS[f]!];
    const lengthNorm = K1 * (1 - B + B * (fieldLengths[df]! / averages[f]!));
    for (let i = dfStarts[df]!, end = dfStarts[df + 1]!; i < end; i++) {
      const id = dfTerms[i]!;
      const tf = dfTfs[i]!;
      // lunr.Builder#createFieldVectors, same operation order so the rounding matches.
      let score = (idf[id]! * ((K1 + 1) * tf)) / (lengthNorm + tf);
      score *= boost;
      const at = fillAt[id * F + f]!++;
      postingDocs[at] = doc;
      postingScores[at] = Math.round(score * 1000);
    }
  }

  return {
    ...sequences.finish(),
    docCount: docs.length,
    terms: order.map((id) => termNames[id]!),
    postingStarts,
    postingDocs,
    postingScores,
  };
}

/**
 * lunr's field vectors, transposed from the postings: for document field df, its terms ascending
 * and the postings holding their scores are terms/postings[starts[df] .. starts[df + 1]).
 */
type FieldVectors = { starts: Uint32Array; terms: Uint32Array; postings: Uint32Array };

function fieldVectorsOf(data: ShardIndexData): FieldVectors {
  const { docCount, postingStarts, postingDocs } = data;
  const termCount = data.terms.length;
  const starts = new Uint32Array(docCount * F + 1);
  for (let t = 0; t < termCount; t++)
    for (let f = 0; f < F; f++)
      for (let i = postingStarts[t * F + f]!; i < postingStarts[t * F + f + 1]!; i++)
        starts[postingDocs[i]! * F + f + 1]! += 1;
  for (let df = 0; df < docCount * F; df++) starts[df + 1]! += starts[df]!;
  const fill = starts.slice(0, docCount * F);
  const terms = new Uint32Array(postingDocs.length);
  const postings = new Uint32Array(postingDocs.length);
  // Walking terms in order leaves every document field's entries sorted by term, as lunr's are.
  for (let t = 0; t < termCount; t++)
    for (let f = 0; f < F; f++)
      for (let i = postingStarts[t * F + f]!; i < postingStarts[t * F + f + 1]!; i++) {
        const at = fill[postingDocs[i]! * F + f]!++;
        terms[at] = t;
        postings[at] = i;
      }
  return { starts, terms, postings };
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

const EMPTY_METADATA = Object.freeze(Object.create(null) as object);

/**
 * A lunr.Index over compact shard data that decodes lazily: a posting when a query looks up its
 * term, a field vector when a matching document is scored (the vectors transposed from the
 * postings on first use; the app's queries go through ShardSearcher and never need them). It never builds lunr's TokenSet: the
 * shard's TermFinder (shared with its ShardSearcher, which answers the app's own queries) stands in.
 * Loading a shard is therefore nearly free and an idle shard costs only its typed arrays.
 */
export function openShardIndex(
  data: ShardIndexData,
  finder: TermFinder = createTermFinder(data.terms),
): lunr.Index {
  const { terms, postingStarts, postingDocs, postingScores } = data;

  const lazyTokenSet = {
    intersect(query: lunr.TokenSet) {
      const found = finder.matching(query).map((t) => terms[t]!);
      return { toArray: () => found };
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
  let vectors: FieldVectors | null = null;
  const decodeVector = (key: string): lunr.Vector | undefined => {
    const slash = key.indexOf('/');
    const f = fieldNumber.get(key.slice(0, slash));
    const d = Number(key.slice(slash + 1));
    if (f === undefined || !Number.isInteger(d) || d < 0 || d >= data.docCount) return undefined;
    vectors ??= fieldVectorsOf(data);
    const start = vectors.starts[d * F + f]!;
    const end = vectors.starts[d * F + f + 1]!;
    const elements = new Array<number>((end - start) * 2);
    for (let i = start, j = 0; i < end; i++, j += 2) {
      elements[j] = vectors.terms[i]!;
      elements[j + 1] = postingScores[vectors.postings[i]!]! / 1000;
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
