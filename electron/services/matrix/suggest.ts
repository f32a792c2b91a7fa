import type { ArticleMeta } from '../../../shared/article';
import type { MatrixIssue, MatrixParty, MatrixSuggestion } from '../../../shared/matrix';
import { sentencesOf } from '../../../shared/sentences';
import { dayNumber } from '../origins/groups';
import { wordSpans } from '../search/language';
import type { SearchLibrary } from '../search/library-types';
import { variantKey, type VariantsOf } from '../search/name-variants';
import { MAX_CLAUSES } from '../search/query/parse-query';
import {
  findNames,
  isPossessive,
  namePatterns,
  speakerSide,
  speechCue,
  stanceCue,
} from './passage-match';

/** What a sentence loses when another party is the one speaking in it. */
const RIVAL_SPEAKS = 0.6;

/** How many articles the search hands over to be read sentence by sentence. */
const ARTICLES = 200;

/** What a suggestion run reads: the search library, the spellings table, pinned passages. */
export type SuggestDeps = {
  library: Pick<SearchLibrary, 'search' | 'docs'>;
  variantsOf: VariantsOf;
  /** The matrix's other parties: a sentence where only one of them speaks is theirs, not the cell's. */
  rivals?: readonly MatrixParty[];
  /** Quotes already pinned (article, offsets → id), so a suggestion can say it is one. */
  pinned: readonly { id: string; articleId: string; start: number; end: number }[];
};

/** A search query for the issue's terms and the party's names, as plain words and phrases. */
export function suggestionQuery(party: MatrixParty, issue: MatrixIssue): string {
  const clause = (name: string): string | null => {
    const words = wordSpans(name).map((w) => w.word);
    if (words.length === 0) return null;
    return words.length === 1 ? (words[0] as string) : `"${words.join(' ')}"`;
  };
  const issueClauses = [...issue.terms, issue.name].map(clause);
  const partyClauses = [party.name, ...party.aliases].map(clause);
  const all = [...new Set([...issueClauses, ...partyClauses].filter((c) => c !== null))];
  return all.slice(0, MAX_CLAUSES).join(' ');
}

/**
 * Candidate passages for a cell: sentences of the articles the search finds where a name of the
 * party and a term of the issue meet, ranked by how close they stand, a stance cue ("rejected",
 * "готов"), and recency. Repeated wordings (relays) are shown once. Never links anything itself.
 */
export function suggestPassages(
  deps: SuggestDeps,
  party: MatrixParty,
  issue: MatrixIssue,
  limit: number,
): MatrixSuggestion[] {
  const partyPatterns = namePatterns([party.name, ...party.aliases], deps.variantsOf);
  const issuePatterns = namePatterns([issue.name, ...issue.terms], deps.variantsOf);
  const rivalPatterns = namePatterns(
    (deps.rivals ?? []).flatMap((r) => [r.name, ...r.aliases]),
    deps.variantsOf,
  );
  const result = deps.library.search({ text: suggestionQuery(party, issue), limit: ARTICLES });
  const metas = metaOf(deps.library, new Set(result.hits.map((h) => h.id)));
  const pinned = new Map(
    deps.pinned.map((q) => [`${q.articleId}\u0000${q.start}\u0000${q.end}`, q.id]),
  );
  const newestDay = Math.max(
    ...result.hits.map((h) => dayNumber(h.published) ?? Number.NEGATIVE_INFINITY),
  );
  const found: MatrixSuggestion[] = [];
  for (const hit of result.hits) {
    const text = deps.library.docs.text(hit.id);
    if (text === null) continue;
    const meta = metas.get(hit.id);
    for (const sentence of sentencesOf(text, meta?.lang ?? null)) {
      const body = text.slice(sentence.start, sentence.end);
      const words = wordSpans(body).map((w) => ({ word: w.word, key: variantKey(w.word) }));
      const parties = findNames(words, partyPatterns);
      if (parties.length === 0) continue;
      const issues = findNames(words, issuePatterns);
      if (issues.length === 0) continue;
      // A party named only as an owner ("Ukraine’s peninsula") is weaker than one that acts.
      const acting = parties.filter((p) => !isPossessive(p.word));
      const near = acting.length > 0 ? acting : parties;
      let gap = Number.POSITIVE_INFINITY;
      for (const p of near) for (const i of issues) gap = Math.min(gap, Math.abs(p.at - i.at));
      const cue = stanceCue(words);
      const speech = speechCue(words);
      // An alias (Zelensky, Kremlin, Путин) names who speaks more surely than the country does.
      const byAlias = near.some((p) => variantKey(p.label) !== variantKey(party.name));
      const day = dayNumber(hit.published);
      const age = day === null || !Number.isFinite(newestDay) ? null : newestDay - day;
      const side = speakerSide(words, acting, findNames(words, rivalPatterns));
      const score =
        (acting.length > 0 ? 0.6 : 0.3) / (1 + gap / 6) +
        (cue ? 0.3 : 0) +
        (speech ? 0.3 : 0) +
        (side === 'ours' ? 0.5 : side === 'theirs' ? -RIVAL_SPEAKS : 0) +
        (byAlias ? 0.3 : 0) +
        (age === null ? 0 : 0.3 / (1 + age / 180));
      found.push({
        articleId: hit.id,
        title: hit.title,
        outlet: hit.outlet,
        published: hit.published,
        start: sentence.start,
        end: sentence.end,
        text: body,
        score: Math.round(score * 1000) / 1000,
        matched: [
          ...new Set([
            ...parties.map((p) => p.label),
            ...issues.map((i) => i.label),
            ...(cue ? [cue] : []),
            ...(speech ? [speech] : []),
          ]),
        ],
        quoteId: pinned.get(`${hit.id}\u0000${sentence.start}\u0000${sentence.end}`) ?? null,
      });
    }
  }
  found.sort(
    (a, b) => b.score - a.score || a.articleId.localeCompare(b.articleId) || a.start - b.start,
  );
  const seen = new Set<string>();
  const out: MatrixSuggestion[] = [];
  for (const s of found) {
    const key = s.text.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
    if (out.length === limit) break;
  }
  return out;
}

function metaOf(
  library: Pick<SearchLibrary, 'docs'>,
  ids: ReadonlySet<string>,
): Map<string, ArticleMeta> {
  const out = new Map<string, ArticleMeta>();
  if (ids.size === 0) return out;
  for (const doc of library.docs.documents()) if (ids.has(doc.id)) out.set(doc.id, doc);
  return out;
}
