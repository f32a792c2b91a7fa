import type { OriginsReport } from '../../../shared/origins';
import { readArticle, walkFolder } from '../corpus';
import { analyseOrigins, type OriginInput } from './analyse';

/** Origins of every article in a folder (paths relative to it); files that cannot be read are left out. */
export async function originsOfFolder(folder: string): Promise<OriginsReport> {
  const inputs: OriginInput[] = [];
  for await (const entry of walkFolder(folder)) {
    if (entry.kind !== 'file') continue;
    const read = await readArticle(folder, entry);
    if (!read.ok) continue;
    const { article } = read;
    inputs.push({
      path: entry.relPath,
      publisher: article.outlet,
      published: article.published,
      title: article.title,
      credit: article.credit ?? null,
      hash: article.hash,
      text: article.text,
    });
  }
  inputs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return analyseOrigins(inputs);
}
