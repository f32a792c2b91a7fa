import lunr from 'lunr';
import { indexTerm } from '../language';
import { hasPositiveClause } from './parse-query';
import { findPhrase, phraseKeys } from './phrase';
import { termPatterns } from './terms';
import type { ShardClause, ShardSearcher } from '../shard-query';
import type { Field, ParsedQuery, QueryPhrase } from './types';

/** Text of one indexed document for phrase checks: one field, or all of it (field null). */
export type TextLookup = (ref: string, field: Field | null) => string | undefined;

export type RunOptions = {
  /**
   * Enables exact phrases. Without it a phrase only requires its words (lunr has no positions),
   * and an excluded phrase excludes nothing. A document whose text is unknown is kept.
   */
  getText?: TextLookup;
  /**
   * The shard's own query engine over its compact arrays: same documents and scores as lunr's
   * query on `index` (unsorted), several times faster. Without it lunr answers.
   */
  searcher?: ShardSearcher;
  /**
   * Answers "does this document hold the phrase?" without its text where it can: given a phrase's
   * keys and field, a check per document that says true or false, or undefined to read the text.
   */
  phraseCheck?: PhraseCheck;
};

export type PhraseCheck = (
  keys: readonly string[],
  field: Field | null,
) => (ref: string) => boolean | undefined;

/** A matching document as lunr returns it, less the match data nothing here reads. */
export type QueryResult = { ref: string; score: number };

type TokenSetLike = { intersect(other: TokenSetLike): TokenSetLike; toArray(): string[] };
type IndexInternals = { fields: string[]; tokenSet: TokenSetLike };
const TokenSets = lunr.TokenSet as unknown as {
  fromString(pattern: string): TokenSetLike;
  fromFuzzyString(term: string, editDistance: number): TokenSetLike;
};

type LunrClause = ShardClause & { fields: string[]; patterns: string[] };
type Matches = (pattern: string, editDistance: number) => boolean;

const PRESENCE = {
  optional: lunr.Query.presence.OPTIONAL,
  required: lunr.Query.presence.REQUIRED,
  prohibited: lunr.Query.presence.PROHIBITED,
} as const;

function tokenSetMatches(index: IndexInternals): Matches {
  return (pattern, editDistance) => {
    const probe =
      editDistance > 0
        ? TokenSets.fromFuzzyString(pattern, editDistance)
        : TokenSets.fromString(pattern);
    return index.tokenSet.intersect(probe).toArray().length > 0;
  };
}

function clauseFields(index: IndexInternals, field: Field | null): string[] | null {
  if (field === null) return index.fields;
  return index.fields.includes(field) ? [field] : null;
}

/** Phrases whose words lunr must require (and whose adjacency is then checked). */
function enforcedPhrases(query: ParsedQuery): QueryPhrase[] {
  const positive = [...query.terms, ...query.phrases].filter((c) => c.presence !== 'prohibited');
  // A lone optional phrase is what the analyst is looking for, so it is as good as required.
  return query.phrases.filter(
    (phrase) =>
      phrase.presence === 'required' || (phrase.presence === 'optional' && positive.length === 1),
  );
}

function lunrClauses(
  index: IndexInternals,
  query: ParsedQuery,
  enforced: QueryPhrase[],
  matchesSomething: Matches,
): LunrClause[] | null {
  const clauses: LunrClause[] = [];
  // Returns false when the whole query can match nothing (a required clause with no match).
  const add = (clause: LunrClause, fields: string[] | null): boolean => {
    const patterns =
      fields === null
        ? []
        : clause.patterns.filter((p) => matchesSomething(p, clause.editDistance));
    if (fields !== null && patterns.length > 0) clauses.push({ ...clause, fields, patterns });
    return patterns.length > 0 || clause.presence !== 'required';
  };
  for (const term of query.terms) {
    const { patterns, editDistance } = termPatterns(term);
    const clause = { fields: [], presence: term.presence, patterns, editDistance };
    if (!add(clause, clauseFields(index, term.field))) return null;
  }
  for (const phrase of query.phrases) {
    if (phrase.presence === 'prohibited') continue; // only the adjacency check can exclude a phrase
    const presence = enforced.includes(phrase) ? 'required' : 'optional';
    for (const word of phrase.words) {
      const term = indexTerm(word);
      if (term === null) continue; // stop words are checked by adjacency only
      const clause: LunrClause = { fields: [], presence, patterns: [term], editDistance: 0 };
      if (!add(clause, clauseFields(index, phrase.field))) return null;
    }
  }
  return clauses;
}

// The clauses of the query being run: lunr queries run synchronously, so one module-level slot
// is enough for the expansion function below to see them.
let activeClauses: LunrClause[] = [];

/** Maps a clause key (its position) to the clause's alternatives. */
const expandClause: lunr.PipelineFunction = (token) => {
  const clause = activeClauses[Number(token.toString())];
  return clause === undefined
    ? null
    : clause.patterns.map((pattern) => new lunr.Token(pattern, {}));
};
// Registered so lunr accepts it in a pipeline without warning (once per shard per query otherwise).
lunr.Pipeline.registerFunction(expandClause, 'parley-clause-expansion');
const expansionPipeline = new lunr.Pipeline();
expansionPipeline.add(expandClause);

function runClauses(index: lunr.Index, clauses: LunrClause[]): QueryResult[] {
  // One lunr clause may stand for several alternatives (a prefix and its stems). lunr lets a search
  // pipeline expand a term into several, so we query through a view of the index whose pipeline
  // maps a clause key to its alternatives. The index itself is not modified.
  const view = Object.create(index, { pipeline: { value: expansionPipeline } }) as lunr.Index;
  const outer = activeClauses;
  activeClauses = clauses;
  try {
    return lunr.Index.prototype.query.call(view, (q) => {
      clauses.forEach((clause, key) => {
        q.term(String(key), {
          fields: clause.fields,
          presence: PRESENCE[clause.presence],
          usePipeline: true,
          wildcard: lunr.Query.wildcard.NONE,
          ...(clause.editDistance > 0 ? { editDistance: clause.editDistance } : {}),
        });
      });
    });
  } finally {
    activeClauses = outer;
  }
}

function phraseFilter(
  query: ParsedQuery,
  enforced: QueryPhrase[],
  getText: TextLookup,
  phraseCheck: PhraseCheck | undefined,
): (ref: string) => boolean {
  const check = (phrase: QueryPhrase, wanted: boolean) => {
    const keys = phraseKeys(phrase.words);
    return { phrase, keys, wanted, known: phraseCheck?.(keys, phrase.field) };
  };
  const checks = [
    ...enforced.map((phrase) => check(phrase, true)),
    ...query.phrases
      .filter((phrase) => phrase.presence === 'prohibited')
      .map((phrase) => check(phrase, false)),
  ];
  return (ref) =>
    checks.every(({ phrase, keys, wanted, known }) => {
      const answer = known?.(ref);
      if (answer !== undefined) return answer === wanted;
      const text = getText(ref, phrase.field);
      return text === undefined || findPhrase(text, keys).length > 0 === wanted;
    });
}

/**
 * Runs a parsed query on one lunr index; never throws. Returns the matches: best first from lunr,
 * in the order lunr first matched them from a searcher (whose caller ranks all shards at once).
 */
export function runQuery(
  index: lunr.Index,
  query: ParsedQuery,
  options: RunOptions = {},
): QueryResult[] {
  try {
    if (!hasPositiveClause(query)) return [];
    const internals = index as unknown as IndexInternals;
    const { searcher } = options;
    const enforced = enforcedPhrases(query);
    const matches = searcher ? searcher.matches : tokenSetMatches(internals);
    const clauses = lunrClauses(internals, query, enforced, matches);
    if (clauses === null || !clauses.some((clause) => clause.presence !== 'prohibited')) return [];
    const results = searcher ? searcher.run(clauses) : runClauses(index, clauses);
    const { getText, phraseCheck } = options;
    if (getText === undefined || query.phrases.length === 0) return results;
    const keep = phraseFilter(query, enforced, getText, phraseCheck);
    return results.filter((result) => keep(result.ref));
  } catch (error) {
    // A query must never take the search down; an unexpected lunr failure is a miss, not a crash.
    console.warn('runQuery failed', error);
    return [];
  }
}
