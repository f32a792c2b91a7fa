import type { ArticleMeta } from '../../../shared/article';
import type {
  CorroboratingArticle,
  Corroboration,
  QuoteOrigin,
} from '../../../shared/corroboration';
import type { OriginsSummary } from '../../../shared/origins';
import type { IndexedDocuments } from '../search/indexed-docs';
import { createPassageIndex } from './passage-index';
import { matchPassage, preparePassage } from './passage-match';

/** Which articles carry a passage and how many independent origins they come from. */
export type CorroborationService = {
  /** The corroboration of `text` (a quote's exact passage) pinned from `ownArticleId`. */
  ofPassage(text: string, ownArticleId: string | null): Promise<Corroboration>;
};

/** Over the indexed documents, counted in the relay groups `origins` answers (decisions laid over). */
export function createCorroboration(deps: {
  docs: IndexedDocuments;
  origins: () => Promise<OriginsSummary>;
}): CorroborationService {
  const index = createPassageIndex(deps.docs);
  return {
    async ofPassage(text, ownArticleId) {
      const summary = deps.origins();
      // Settled here too, so a failing summary is not an unhandled rejection while matching runs.
      summary.catch(() => undefined);
      const passage = preparePassage(text);
      const metas = index.sync();
      const ids = new Set(index.candidates(passage));
      if (ownArticleId !== null && metas.has(ownArticleId)) ids.add(ownArticleId);
      const found: { meta: ArticleMeta; match: 'exact' | 'near'; similarity: number }[] = [];
      for (const id of ids) {
        const meta = metas.get(id);
        const articleText = deps.docs.text(id);
        if (!meta || articleText === null) continue;
        const result = matchPassage(passage, articleText);
        if (result) found.push({ meta, ...result });
      }
      return countOrigins(found, ownArticleId, await summary);
    },
  };
}

const rank = (own: string | null) => (a: CorroboratingArticle, b: CorroboratingArticle) =>
  Number(b.articleId === own) - Number(a.articleId === own) ||
  Number(b.match === 'exact') - Number(a.match === 'exact') ||
  b.similarity - a.similarity ||
  a.path.localeCompare(b.path);

/** Articles that carry a passage, counted once per relay group of `summary`. */
export function countOrigins(
  found: readonly { meta: ArticleMeta; match: 'exact' | 'near'; similarity: number }[],
  ownArticleId: string | null,
  summary: OriginsSummary,
): Corroboration {
  const groupOf = new Map<string, number>();
  summary.groups.forEach((g, i) => g.articleIds.forEach((id) => groupOf.set(id, i)));
  const articles = found
    .map(({ meta, match, similarity }) => ({
      articleId: meta.id,
      path: meta.path,
      title: meta.title,
      outlet: meta.outlet,
      origin: summary.origins[meta.id] ?? null,
      match,
      similarity,
    }))
    .sort(rank(ownArticleId));
  // An article in no group (not analysed yet) stands for its own origin.
  const seen = new Map<string, { origin: string | null; name: string }>();
  for (const a of articles) {
    const group = groupOf.get(a.articleId);
    const key = group === undefined ? `article:${a.articleId}` : `group:${group}`;
    if (seen.has(key)) continue;
    const origin = group === undefined ? a.origin : (summary.groups[group]?.origin ?? null);
    const name = origin ?? `${a.outlet ?? 'unknown outlet'} (own reporting)`;
    seen.set(key, { origin, name });
  }
  const own =
    ownArticleId !== null && Object.hasOwn(summary.origins, ownArticleId)
      ? summary.origins[ownArticleId]
      : undefined;
  const quoteOrigin: QuoteOrigin =
    own === undefined
      ? { kind: 'unknown' }
      : own === null
        ? { kind: 'own' }
        : { kind: 'relay', outlet: own };
  return {
    articles,
    independentOrigins: seen.size,
    origins: [...seen.values()].map((s) => s.origin),
    originNames: [...seen.values()].map((s) => s.name),
    quoteOrigin,
  };
}
