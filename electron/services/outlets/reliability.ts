import type { ArticleMeta } from '../../../shared/article';
import { admiraltyPair, type ReliabilityGrade } from '../../../shared/outlets';
import type { Quote } from '../../../shared/quote';
import type { Catalogue } from './catalogue';
import type { ResolvedArticle } from './stats';

/** Grade filters as search takes them: A–F, or 'ungraded' for no grade or no known outlet. */
export type GradeFilter = (ReliabilityGrade | 'ungraded')[];

const gradeOf = (catalogue: Catalogue, outlet: string | null): ReliabilityGrade | null =>
  outlet === null ? null : (catalogue.find(outlet)?.grade?.grade ?? null);

/**
 * Each quote with its Admiralty pair: the grade of its article's origin outlet (the publisher
 * for own reporting), the publisher beside it, and the quote's own credibility.
 */
export function withReliability(catalogue: Catalogue, quotes: readonly Quote[]): Quote[] {
  const byId = new Map<string, ResolvedArticle>(catalogue.articles.map((a) => [a.id, a]));
  return quotes.map((quote) => {
    const article = byId.get(quote.articleId);
    const publisher = article ? article.publisherOutlet : catalogue.resolver.resolve(quote.outlet);
    const outlet = article ? article.originOutlet : publisher;
    const grade = gradeOf(catalogue, outlet);
    return {
      ...quote,
      reliability: { outlet, publisher, grade, pair: admiraltyPair(grade, quote.grade) },
    };
  });
}

/** Whether an article's origin outlet carries one of `grades` (search's grade filter). */
export function gradeFilter(
  catalogue: Catalogue,
  grades: GradeFilter,
): (doc: Pick<ArticleMeta, 'id' | 'outlet'>) => boolean {
  const wanted = new Set<string>(grades);
  const byId = new Map<string, ResolvedArticle>(catalogue.articles.map((a) => [a.id, a]));
  return (doc) => {
    const outlet = byId.get(doc.id)?.originOutlet ?? catalogue.resolver.resolve(doc.outlet);
    return wanted.has(gradeOf(catalogue, outlet) ?? 'ungraded');
  };
}
