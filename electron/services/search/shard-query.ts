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
  /** lunr.Index#query for these clauses: the same documents, scores and order. */
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
 * lunr.Index#query (lunr 2.3.9) re-expressed over typed arrays: postings are walked as ranges of
 * document numbers, and a document field's score is the dot product of the field's query vector
 * with its stored vector, found by binary search, divided by the query vector's magnitude. Every
 * sum is taken in the order lunr takes it, so scores are bit-for-bit lunr's and ties fall the same
 * way; what goes is the per-posting objects, sets and match data that made lunr's query most of a
 * search's time.
 */
export function createShardSearcher(data: ShardIndexData, finder: TermFinder): ShardSearcher {
  const { docCount, postingStarts, postingDocs, vectorStarts, vectorTerms, vectorScores } = data;

  /** The stored score of term `t` in document field `df`, or 0 when the field lacks it. */
  const storedScore = (df: number, t: number): number => {
    let lo = vectorStarts[df]!;
    let hi = vectorStarts[df + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = vectorTerms[mid]!;
      if (at === t) return vectorScores[mid]! / 1000;
      if (at < t) lo = mid + 1;
      else hi = mid;
    }
    return 0;
  };

  const similarity = (df: number, vector: QueryVector): number => {
    let dot = 0;
    for (let k = 0; k < vector.terms.length; k++) {
      const stored = storedScore(df, vector.terms[k]!);
      if (stored !== 0) dot += vector.weights[k]! * stored;
    }
    return dot / vector.magnitude || 0;
  };

  const run = (clauses: readonly ShardClause[]): ShardResult[] => {
    const requiredHits = new Uint16Array(docCount);
    const clauseMark = new Uint16Array(docCount);
    const prohibited = new Uint8Array(docCount);
    const fieldSeen = new Uint8Array(docCount * F);
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
                if (clauseMark[d] !== required) {
                  clauseMark[d] = required;
                  requiredHits[d]! += 1;
                }
              }
            }
            if (clause.presence === 'prohibited') {
              for (let i = start; i < end; i++) prohibited[postingDocs[i]!] = 1;
              continue;
            }
            const byTerm = weights[f]!;
            byTerm.set(t, (byTerm.get(t) ?? 0) + 1);
            if (termFieldDone.has(t * F + f)) continue;
            termFieldDone.add(t * F + f);
            for (let i = start; i < end; i++) {
              const df = postingDocs[i]! * F + f;
              if (fieldSeen[df] === 0) {
                fieldSeen[df] = 1;
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
        if (!prohibited[d]) kept.push({ ref: String(d), score: 0 });
      return kept;
    }

    const vectors = weights.map(queryVector);
    const byDoc = new Map<number, ShardResult>();
    const results: ShardResult[] = [];
    for (const df of matched) {
      const d = (df / F) | 0;
      if (requiredHits[d] !== required || prohibited[d]) continue;
      const score = similarity(df, vectors[df - d * F]!);
      const found = byDoc.get(d);
      if (found) found.score += score;
      else {
        const result = { ref: String(d), score };
        byDoc.set(d, result);
        results.push(result);
      }
    }
    return results.sort((a, b) => b.score - a.score);
  };

  return {
    matches: (pattern, editDistance) => finder.ofPattern(pattern, editDistance).length > 0,
    run,
    phrase: (keys) => phraseInSequences(data, keys),
  };
}
