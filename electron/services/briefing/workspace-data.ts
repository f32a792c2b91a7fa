import { basename, extname } from 'node:path';
import type { BriefingArticleLabel } from '../../../shared/briefing';
import type { BriefingData } from '../../../shared/briefing-document';
import { analyseOrigins, type OriginInput } from '../origins';
import { applyDecisions } from '../origins/decisions';
import { listDecisions } from '../origins/decision-store';
import { byInputPath, originInputOf, readableArticles } from '../origins/folder';
import { summaryOf } from '../origins/handlers';
import { listQuotes } from '../quotes';
import { openWorkspace } from '../workspace';

/** A workspace's quotes and the origins of its registered folders, read without the app running. */
export async function briefingDataOfWorkspace(
  file: string,
): Promise<{ name: string; data: BriefingData }> {
  const ws = openWorkspace(file, { readOnly: true });
  let quotes, folders, decisions;
  try {
    quotes = listQuotes(ws);
    folders = ws.listFolders().map((f) => f.path);
    decisions = listDecisions(ws);
  } finally {
    ws.close();
  }
  const inputs: OriginInput[] = [];
  const articles: Record<string, BriefingArticleLabel> = {};
  for (const folder of folders) {
    for await (const { relPath, article } of readableArticles(folder)) {
      // Keyed by article id, as quotes and the app's origins summary are.
      inputs.push(originInputOf(article.id, article, article.text));
      articles[article.id] = {
        title: article.title,
        publisher: article.outlet,
        published: article.published,
        path: relPath,
      };
    }
  }
  inputs.sort(byInputPath);
  const origins = applyDecisions(summaryOf(analyseOrigins(inputs)), decisions);
  return {
    name: basename(file, extname(file)),
    data: { quotes, origins, articles, outlets: null, matrix: null },
  };
}
