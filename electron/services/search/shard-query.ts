import type { Presence } from './query/types';
import { FIELDS, type ShardIndexData } from './shard-index';
import type { TermFinder } from './shard-terms';
import { phraseInSequences, type PhraseField } from './shard-words';

/** One clause as lunr.Query holds it: the fields it looks in, its presence, and its alternatives. */
export type ShardClause = {
  fields: readonly string[];
  presence: Presence;
  /** Alternatives, each given to lunr.TokenSet.fromClause: a document matching any satisfies the clause. */
  patterns: readonly string[];
  editDistance: 0 | 1 | 2;
};

/** A matching document: its number in the shard (as lunr's ref) and its score. */
export type ShardResult = { ref: string; score: number };

/** Answers lunr queries straight from a shard's compact arrays. */
export type ShardSearcher = {
  /** Whether a pattern stands for any term of the shard (lunr's token set intersection). */
  matches: (pattern: string, editDistance: number) => boolean;
  /**
   * lunr.Index#query for these clauses: the same documents and scores, in the order lunr first
   * matches them (a stable sort by score gives lunr's order). Unsorted, because the search ranks
   * every shard's hits together.
   */
  run: (clauses: readonly ShardClause[]) => ShardResult[];
  /** Whether documents hold a phrase (phraseKeys) in a field, from the shard's word sequences. */
  phrase: (keys: readonly string[]) => (doc: number, field: PhraseField) => boolean;
};

const F = FIELDS.length;
const fieldNumber = new Map<string, number>(FIELDS.map((name, f) => [name, f]));

/** A field's query vector: term numbers ascending, their weights, and its magnitude. */
type QueryVector = { terms: number[]; weights: number[]; magnitude: number };

function queryVector(weights: Map<number, number>): QueryVector {
  const terms = [...weights.keys()].sort((a, b) => a - b);
  const values = terms.map((t) => weights.get(t)!);
  // Summed in term order, as lunr.Vector#magnitude walks its sorted elements.
  let squares = 0;
  for (const w of values) squares += w * w;
  return { terms, weights: values, magnitude: Math.sqrt(squares) };
}

/**
 * A searcher's working arrays, kept from query to query so a query allocates nothing per
 * document: an entry counts only when its stamp is the current query's number, so nothing needs
 * clearing. Per document: its required-clause count, the last required clause counted, whether a
 * prohibited clause hit it, and its place in the results. Per document field: its dot product.
 */
type Scratch = {
  query: number;
  docStamp: Uint32Array;
  requiredHits: Uint16Array;
  clauseMark: Uint16Array;
  prohibited: Uint8Array;
  slotOf: Int32Array;
  fieldStamp: Uint32Array;
  dots: Float64Array;
};

function createScratch(docCount: number): Scratch {
  return {
    query: 0,
    docStamp: new Uint32Array(docCount),
    requiredHits: new Uint16Array(docCount),
    clauseMark: new Uint16Array(docCount),
    prohibited: new Uint8Array(docCount),
    slotOf: new Int32Array(docCount),
    fieldStamp: new Uint32Array(docCount * F),
    dots: new Float64Array(docCount * F),
  };
}

/** The next query's stamp (never 0, the stamp of untouched entries). */
function nextQuery(scratch: Scratch): number {
  if (scratch.query === 0xffffffff) {
    scratch.docStamp.fill(0);
    scratch.fieldStamp.fill(0);
    scratch.query = 0;
  }
  return ++scratch.query;
}

/**
 * lunr.Index#query (lunr 2.3.9) re-expressed over typed arrays: postings are walked as ranges of
 * document numbers, and a document field's score is the dot product of the field's query vector
 * with its stored vector divided by the query vector's magnitude (lunr then sorts by score). The dot products are summed by
 * walking each query term's postings (which carry the stored scores), terms in ascending order as
 * lunr.Vector#dot meets them, so every sum is taken in lunr's order: scores are bit-for-bit lunr's
 * and ties fall the same way. What goes is the per-posting objects, sets and match data that made
 * lunr's query most of a search's time.
 */
export function createShardSearcher(data: ShardIndexData, finder: TermFinder): ShardSearcher {
  const { docCount, postingStarts, postingDocs, postingScores } = data;
  const refs: string[] = [];
  const refOf = (d: number): string => (refs[d] ??= String(d));

  /** Adds weight × stored score to dots[df] for every document field holding the vector's terms. */
  const addDots = (dots: Float64Array, f: number, vector: QueryVector): void => {
    for (let k = 0; k < vector.terms.length; k++) {
      const w = vector.weights[k]!;
      const t = vector.terms[k]!;
      const end = postingStarts[t * F + f + 1]!;
      for (let i = postingStarts[t * F + f]!; i < end; i++)
        dots[postingDocs[i]! * F + f]! += w * (postingScores[i]! / 1000);
    }
  };

  let scratch: Scratch | null = null;

  const run = (clauses: readonly ShardClause[]): ShardResult[] => {
    scratch ??= createScratch(docCount);
    const q = nextQuery(scratch);
    const { docStamp, requiredHits, clauseMark, prohibited, slotOf, fieldStamp, dots } = scratch;
    const touch = (d: number): void => {
      if (docStamp[d] === q) return;
      docStamp[d] = q;
      requiredHits[d] = 0;
      clauseMark[d] = 0;
      prohibited[d] = 0;
      slotOf[d] = -1;
    };
    /** Document fields in the order lunr first records a match for them. */
    const matched: number[] = [];
    const weights = FIELDS.map(() => new Map<number, number>());
    const termFieldDone = new Set<number>();
    let required = 0;

    for (const clause of clauses) {
      const fields = clause.fields.flatMap((name) => fieldNumber.get(name) ?? []);
      const isRequired = clause.presence === 'required';
      if (isRequired) required += 1;
      for (const pattern of clause.patterns) {
        const terms = finder.ofPattern(pattern, clause.editDistance);
        // lunr: a required alternative with no term empties the required set, so nothing matches.
        if (terms.length === 0 && isRequired) return [];
        for (const t of terms) {
          for (const f of fields) {
            const start = postingStarts[t * F + f]!;
            const end = postingStarts[t * F + f + 1]!;
            if (isRequired) {
              for (let i = start; i < end; i++) {
                const d = postingDocs[i]!;
                touch(d);
                if (clauseMark[d] !== required) {
                  clauseMark[d] = required;
                  requiredHits[d]! += 1;
                }
              }
            }
            if (clause.presence === 'prohibited') {
              for (let i = start; i < end; i++) {
                const d = postingDocs[i]!;
                touch(d);
                prohibited[d] = 1;
              }
              continue;
            }
            const byTerm = weights[f]!;
            byTerm.set(t, (byTerm.get(t) ?? 0) + 1);
            if (termFieldDone.has(t * F + f)) continue;
            termFieldDone.add(t * F + f);
            for (let i = start; i < end; i++) {
              const d = postingDocs[i]!;
              const df = d * F + f;
              if (fieldStamp[df] !== q) {
                fieldStamp[df] = q;
                dots[df] = 0;
                touch(d);
                matched.push(df);
              }
            }
          }
        }
      }
    }

    // A query of prohibited clauses only (lunr's "negated" query) keeps every other document, at 0.
    if (clauses.every((clause) => clause.presence === 'prohibited')) {
      const kept: ShardResult[] = [];
      for (let d = 0; d < docCount; d++)
        if (docStamp[d] !== q || !prohibited[d]) kept.push({ ref: refOf(d), score: 0 });
      return kept;
    }

    const vectors = weights.map(queryVector);
    vectors.forEach((vector, f) => addDots(dots, f, vector));
    const results: ShardResult[] = [];
    for (const df of matched) {
      const d = (df / F) | 0;
      if (requiredHits[d] !== required || prohibited[d]) continue;
      const score = dots[df]! / vectors[df - d * F]!.magnitude || 0;
      const slot = slotOf[d]!;
      if (slot >= 0) results[slot]!.score += score;
      else {
        slotOf[d] = results.length;
        results.push({ ref: refOf(d), score });
      }
    }
    return results;
  };

  return {
    matches: (pattern, editDistance) => finder.ofPattern(pattern, editDistance).length > 0,
    run,
    phrase: (keys) => phraseInSequences(data, keys),
  };
}
