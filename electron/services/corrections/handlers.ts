import type { Article, ArticleMeta } from '../../../shared/article';
import { DomainError } from '../errors';
import { settle, type Handlers } from '../handlers';
import type { SearchLibrary } from '../search/library-types';
import type { Session } from '../session/session';
import { correctArticle, listCorrections } from './corrections';

/** article:correct and article:corrections — the analyst's metadata corrections, kept in the workspace. */
export function createCorrectionHandlers(deps: {
  session: Session;
  library: SearchLibrary;
}): Pick<Handlers, 'article:correct' | 'article:corrections'> {
  const { session, library } = deps;
  /** The article's metadata as the index now describes it (its text is not needed here). */
  const metaOf = async (id: string): Promise<ArticleMeta> => {
    const article = await library.getArticle(id);
    if (!article) throw new DomainError('not-found', `No article with id ${id}.`);
    const meta: Partial<Article> = { ...article };
    delete meta.text;
    return meta as ArticleMeta;
  };
  return {
    'article:correct': async ({ articleId, ...request }) => {
      const ws = session.current();
      // The push this raises lays the corrections over the index before anyone reads again.
      if (correctArticle(ws, await metaOf(articleId), request)) session.edited('corrections');
      return metaOf(articleId);
    },
    'article:corrections': ({ articleId }) =>
      settle(() => listCorrections(session.current(), articleId)),
  };
}
