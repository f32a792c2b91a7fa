import { performance } from 'node:perf_hooks';
import { readArticle, walkFolder } from '../../electron/services/corpus';
import { analyseOrigins, type OriginInput } from '../../electron/services/origins';

/** Origins over one bench corpus: reading the files, then the analysis alone (what a re-run costs). */
export type OriginsBench = {
  articles: number;
  read_s: number;
  origins_s: number;
  relays: number;
  groups: number;
  independentOrigins: number;
};

/** Reads every article of `folder` and times the origins analysis over all of them. */
export async function benchOrigins(folder: string): Promise<OriginsBench> {
  const readStart = performance.now();
  const inputs: OriginInput[] = [];
  for await (const entry of walkFolder(folder)) {
    if (entry.kind !== 'file') continue;
    const read = await readArticle(folder, entry);
    if (!read.ok) continue;
    const { outlet, published, text } = read.article;
    inputs.push({ path: entry.relPath, publisher: outlet, published, text });
  }
  const read_s = (performance.now() - readStart) / 1000;
  const start = performance.now();
  const report = analyseOrigins(inputs);
  const origins_s = (performance.now() - start) / 1000;
  return {
    articles: inputs.length,
    read_s,
    origins_s,
    relays: report.articles.filter((a) => a.origin !== null).length,
    groups: report.groups.filter((g) => g.length > 1).length,
    independentOrigins: report.independentOrigins,
  };
}
