import { join } from 'node:path';
import type { MatrixView } from '../../../shared/matrix';
import type { OriginsReport } from '../../../shared/origins';
import { originsOfFolder } from '../origins/folder';
import { openWorkspace } from '../workspace/workspace';
import { createMatrixReader } from './matrix';
import { isAnonymousPassage, type EvidenceSourcing, type SourcingOf } from './sourcing';

/**
 * Sourcing computed from the evidence quotes' own folders, as `parley origins` computes it: the
 * relay groups found in each folder (the analyst's decisions on origins are not applied here).
 */
export function sourcingFromFolders(
  originsOf: (folder: string) => Promise<OriginsReport> = originsOfFolder,
): SourcingOf {
  return async (quotes) => {
    const out = new Map<string, EvidenceSourcing>();
    const reports = new Map<string, OriginsReport | null>();
    for (const quote of quotes) {
      if (!reports.has(quote.folder))
        reports.set(quote.folder, await originsOf(quote.folder).catch(() => null));
      const report = reports.get(quote.folder) ?? null;
      const article = report?.articles.find((a) => a.path === quote.path);
      const group = report?.groups.findIndex((g) => g.includes(quote.path)) ?? -1;
      const origin = article?.origin ?? null;
      out.set(quote.id, {
        originKey:
          group >= 0 ? `group:${join(quote.folder, String(group))}` : `article:${quote.articleId}`,
        originName: origin ?? `${quote.outlet ?? 'unknown outlet'} (own reporting)`,
        anonymous: isAnonymousPassage(article?.attributions ?? [], quote.start, quote.end),
      });
    }
    return out;
  };
}

/** `parley matrix <workspace>`: the matrix read read-only (so it works while the app has it open). */
export async function matrixOfWorkspace(file: string, asOf: string | null): Promise<MatrixView> {
  const ws = openWorkspace(file, { readOnly: true });
  try {
    return await createMatrixReader({ sourcing: sourcingFromFolders() }).view(ws, asOf);
  } finally {
    ws.close();
  }
}
