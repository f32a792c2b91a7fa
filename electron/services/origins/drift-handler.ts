import type { ArticleMeta } from '../../../shared/article';
import { DomainError } from '../errors';
import type { Handlers } from '../handlers';
import type { IndexedDocuments } from '../search/indexed-docs';
import { findQuoteDrift, type DriftArticle } from './quote-drift';

/** origins:drift — quote drift across the given articles (a relay group's members). */
export function createDriftHandler(docs: IndexedDocuments): Handlers['origins:drift'] {
  return ({ articleIds }) => {
    const wanted = new Set(articleIds);
    const metas = new Map<string, ArticleMeta>();
    for (const doc of docs.documents()) if (wanted.has(doc.id)) metas.set(doc.id, doc);
    const unknown = [...wanted].filter((id) => !metas.has(id));
    if (unknown.length > 0)
      return Promise.reject(
        new DomainError(
          'not-found',
          `No indexed article ${unknown.slice(0, 3).join(', ')}` +
            (unknown.length > 3 ? ` (and ${unknown.length - 3} more)` : '') +
            ': quote drift compares indexed articles only.',
        ),
      );
    const articles: DriftArticle[] = [];
    for (const id of wanted) {
      const meta = metas.get(id)!;
      const text = docs.text(id);
      if (text === null)
        return Promise.reject(
          new DomainError('unreadable', `The text of ${meta.path} cannot be read from the index.`),
        );
      articles.push({ id, path: meta.path, title: meta.title, outlet: meta.outlet, text });
    }
    return Promise.resolve(findQuoteDrift(articles));
  };
}
