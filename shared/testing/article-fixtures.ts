import type { Article, ArticleMeta, ArticleView } from '../article';

/**
 * The one builder of article fixtures for tests in every layer: an article around `text` with
 * plausible metadata; pass fields to change. The hash stands in for the file's sha-256 and changes
 * whenever the text does.
 */
export function makeArticle(text: string, overrides: Partial<Article> = {}): Article {
  return {
    id: 'seeds:000.txt',
    folder: '/corpus/seeds',
    path: '000.txt',
    title: 'FT: Putin offers Trump peace in Ukraine',
    outlet: 'Ukrainska Pravda',
    byline: null,
    url: null,
    published: '2025-04-22',
    lang: 'en',
    format: 'text',
    encoding: 'UTF-8',
    words: text.split(/\s+/).filter(Boolean).length,
    hash: `len-${text.length}-${text.slice(0, 8)}-${text.slice(-8)}`,
    size: text.length,
    mtimeMs: 0,
    warnings: [],
    text,
    ...overrides,
  };
}

/** An article's metadata only, as the index lists it. */
export function makeArticleMeta(overrides: Partial<ArticleMeta> = {}): ArticleMeta {
  const meta: Partial<Article> = makeArticle('', overrides);
  delete meta.text;
  return meta as ArticleMeta;
}

/** An article as the reader receives it, with the ranges a query matched. */
export function makeArticleView(text: string, overrides: Partial<ArticleView> = {}): ArticleView {
  const { highlights = [], ...rest } = overrides;
  return { ...makeArticle(text, rest), highlights };
}
