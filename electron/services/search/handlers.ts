import type { ArticleMeta } from '../../../shared/article';
import type { SearchRequest } from '../../../shared/search';
import { DomainError } from '../errors';
import type { Handlers } from '../handlers';
import { settle } from '../handlers';
import type { SearchLibrary } from './library-types';

type GradeFilter = NonNullable<SearchRequest['grades']>;

/** search:query and article:get — queries over what is indexed so far, and one article to read. */
export function createSearchHandlers(
  library: SearchLibrary,
  /** The filter `grades` asks for (the outlets area's): which articles' origin carries one. */
  gradeFilter?: (grades: GradeFilter) => Promise<(doc: ArticleMeta) => boolean>,
): Pick<Handlers, 'search:query' | 'article:get'> {
  return {
    'search:query': async (request) => {
      const grades = request.grades;
      if (!grades?.length || !gradeFilter) return settle(() => library.search(request));
      const keep = await gradeFilter(grades);
      return library.search(request, keep);
    },
    'article:get': async ({ id, query }) => {
      const article = await library.getArticle(id);
      if (!article) throw new DomainError('not-found', `No article with id ${id}.`);
      const highlights = query?.trim() ? library.highlight(article.text, query) : [];
      return { ...article, highlights };
    },
  };
}
