import type { Article, ArticleMeta } from '../../../shared/article';
import type { OriginsReport } from '../../../shared/origins';
import { readArticle, walkFolder } from '../corpus';
import { analyseOrigins } from './analyse';
import type { OriginInput } from './article-facts';

/** What origins analysis takes of an article: its metadata (as read, or as corrected) and text, under `key`. */
export function originInputOf(key: string, meta: ArticleMeta, text: string): OriginInput {
  return {
    path: key,
    publisher: meta.outlet,
    published: meta.published,
    title: meta.title,
    credit: meta.credit ?? null,
    hash: meta.hash,
    text,
  };
}

/** Every readable article of a folder, with its path relative to it; unreadable files are left out. */
export async function* readableArticles(
  folder: string,
): AsyncGenerator<{ relPath: string; article: Article }> {
  for await (const entry of walkFolder(folder)) {
    if (entry.kind !== 'file') continue;
    const read = await readArticle(folder, entry);
    if (read.ok) yield { relPath: entry.relPath, article: read.article };
  }
}

/** Origin inputs in the order the analysis expects them: by key. */
export const byInputPath = (a: OriginInput, b: OriginInput): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

/** Origins of every article in a folder (paths relative to it); files that cannot be read are left out. */
export async function originsOfFolder(folder: string): Promise<OriginsReport> {
  const inputs: OriginInput[] = [];
  for await (const { relPath, article } of readableArticles(folder))
    inputs.push(originInputOf(relPath, article, article.text));
  return analyseOrigins(inputs.sort(byInputPath));
}
