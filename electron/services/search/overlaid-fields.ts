import type { ArticleMeta } from '../../../shared/article';
import { wordSpans } from './language';
import { hasPositiveClause, runQuery, type Field, type ParsedQuery } from './query/index';
import type { PhraseCheck } from './query/run-query';
import { findPhrase, phraseKeys } from './query/phrase';
import { wordMatcher } from './query/terms';
import type { QueryPhrase, QueryTerm } from './query/types';
import type { LiveShard } from './shard-cache';

/** One shard's answer: document numbers (as lunr refs) and scores. */
export type ShardHit = { ref: string; score: number };

type Clause = { term: QueryTerm } | { phrase: QueryPhrase };
type TextLookup = (ref: string, field: Field | null) => string | undefined;

// The documents of a shard whose title or outlet the sidecar or a correction replaced, by the
// identity of the overlaid list (every overlay builds a new one, so a stale answer is never kept).
const replacedCache = new WeakMap<readonly ArticleMeta[], ReadonlySet<number>>();

/** Document numbers whose title or outlet, as shown, is not what the shard's index holds. */
function replacedMeta(live: LiveShard): ReadonlySet<number> {
  let replaced = replacedCache.get(live.docs);
  if (replaced) return replaced;
  const indexed = live.data.header.docs;
  const found = new Set<number>();
  live.docs.forEach((doc, no) => {
    const own = indexed[no];
    if (own && (own.title !== doc.title || (own.outlet ?? '') !== (doc.outlet ?? '')))
      found.add(no);
  });
  replacedCache.set(live.docs, found);
  replaced = found;
  return replaced;
}

const presenceOf = (clause: Clause) =>
  'term' in clause ? clause.term.presence : clause.phrase.presence;
const fieldOf = (clause: Clause) => ('term' in clause ? clause.term.field : clause.phrase.field);

/** Whether a clause matches a metadata value (a title or an outlet name) as the index would. */
function matchesValue(clause: Clause, value: string): boolean {
  if (value === '') return false;
  if ('phrase' in clause) return findPhrase(value, phraseKeys(clause.phrase.words)).length > 0;
  const matches = wordMatcher(clause.term);
  return wordSpans(value).some((span) => matches(span.word));
}

/** The query with just `clause`, looking for it in the body only (the index's body is current). */
function bodyOnly(query: ParsedQuery, clause: Clause): ParsedQuery {
  const base = { ...query, terms: [], phrases: [], anyWord: false };
  return 'term' in clause
    ? { ...base, terms: [{ ...clause.term, field: 'body', presence: 'optional' }] }
    : { ...base, phrases: [{ ...clause.phrase, field: 'body', presence: 'optional' }] };
}

/**
 * Runs a query on one shard so that `title:` and `outlet:` (and plain words, which look in every
 * field) see each document's title and outlet as shown — from its sidecar or the analyst's
 * correction — rather than what the shard's index was built from. Documents whose metadata was not
 * replaced are answered by the index as before; the few that were are checked clause by clause:
 * the body through the index, the title and outlet against their shown values, with lunr's rules
 * (every required clause, no prohibited one, and some optional one when nothing is required).
 */
export function searchShard(live: LiveShard, query: ParsedQuery, getText: TextLookup): ShardHit[] {
  const { searcher } = live;
  const replaced = replacedMeta(live);
  // Phrases are checked on the shard's word sequences, except in a title or outlet as shown
  // when the sidecar or a correction replaced it: those read the shown value.
  const phraseCheck: PhraseCheck = (keys, field) => {
    if (field === 'outlet') return () => undefined;
    const holds = searcher.phrase(keys);
    return (ref) => {
      const doc = Number(ref);
      return field !== 'body' && replaced.has(doc) ? undefined : holds(doc, field);
    };
  };
  const options = { getText, searcher, phraseCheck };
  const results = runQuery(live.index, query, options);
  if (replaced.size === 0 || !hasPositiveClause(query)) return results;

  const clauses: Clause[] = [
    ...query.terms.map((term) => ({ term })),
    ...query.phrases.map((phrase) => ({ phrase })),
  ];
  const bodyMatches = clauses.map((clause) =>
    fieldOf(clause) === 'title' || fieldOf(clause) === 'outlet'
      ? new Set<string>()
      : new Set(runQuery(live.index, bodyOnly(query, clause), options).map((r) => r.ref)),
  );
  const indexScore = new Map(results.map((r) => [r.ref, r.score]));
  const kept: ShardHit[] = results.filter((r) => !replaced.has(Number(r.ref)));

  const anyRequired = clauses.some((c) => presenceOf(c) === 'required');
  for (const no of replaced) {
    const doc = live.docs[no];
    if (!doc) continue;
    const ref = String(no);
    const shown: Record<'title' | 'outlet', string> = {
      title: doc.title,
      outlet: doc.outlet ?? '',
    };
    const matched = clauses.map((clause, i) => {
      const field = fieldOf(clause);
      if (field === 'title' || field === 'outlet') return matchesValue(clause, shown[field]);
      if (bodyMatches[i]?.has(ref)) return true;
      return (
        field === null && (matchesValue(clause, shown.title) || matchesValue(clause, shown.outlet))
      );
    });
    const ok = clauses.every((clause, i) => {
      const presence = presenceOf(clause);
      if (presence === 'required') return matched[i];
      if (presence === 'prohibited') return !matched[i];
      return true;
    });
    const positives = clauses.filter((c, i) => presenceOf(c) !== 'prohibited' && matched[i]);
    if (!ok || (!anyRequired && positives.length === 0)) continue;
    // The index's score where it found the document; else one point per clause it satisfies.
    kept.push({ ref, score: indexScore.get(ref) ?? positives.length });
  }
  return kept;
}
