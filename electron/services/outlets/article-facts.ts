import type { OriginsReport, OriginsSummary } from '../../../shared/origins';
import type { IndexedDocuments } from '../search/indexed-docs';
import type { ArticleFacts } from './stats';

/**
 * Every indexed article as the notebook counts it: its metadata as corrected (`docs` lays the
 * corrections over), its origin as decided (`summary`), its other credits and anonymous spans
 * (`report`, the origins computation). An article not analysed yet counts as its own reporting.
 */
export function articleFactsOf(
  docs: IndexedDocuments,
  report: OriginsReport,
  summary: OriginsSummary,
): ArticleFacts[] {
  const computed = new Map(report.articles.map((a) => [a.path, a]));
  const facts: ArticleFacts[] = [];
  for (const doc of docs.documents()) {
    const found = computed.get(doc.id);
    facts.push({
      id: doc.id,
      title: doc.title,
      publisher: doc.outlet,
      published: doc.published,
      origin: Object.hasOwn(summary.origins, doc.id)
        ? (summary.origins[doc.id] ?? null)
        : (found?.origin ?? null),
      also: found?.also ?? [],
      anonymous: found?.anonymous ?? 0,
    });
  }
  return facts;
}
