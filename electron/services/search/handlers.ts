import { DomainError } from '../errors';
import type { Handlers } from '../handlers';
import { settle } from '../handlers';
import type { SearchLibrary } from './library-types';

/** search:query and article:get — queries over what is indexed so far, and one article to read. */
export function createSearchHandlers(
  library: SearchLibrary,
): Pick<Handlers, 'search:query' | 'article:get'> {
  return {
    'search:query': (request) => settle(() => library.search(request)),
    'article:get': async ({ id, query }) => {
      const article = await library.getArticle(id);
      if (!article) throw new DomainError('not-found', `No article with id ${id}.`);
      const highlights = query?.trim() ? library.highlight(article.text, query) : [];
      return { ...article, highlights };
    },
  };
}
