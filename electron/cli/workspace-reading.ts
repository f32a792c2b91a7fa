import { existsSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { ArticleMeta } from '../../shared/article';
import type { BriefingData } from '../../shared/briefing-document';
import type { MatrixView } from '../../shared/matrix';
import type { OriginsReport, OriginsSummary } from '../../shared/origins';
import type { Outlet, TrackRecordEntry } from '../../shared/outlets';
import { createBriefingSources } from '../services/briefing/app-data';
import { briefingMatrixTable, briefingOutletRows } from '../services/briefing/area-rows';
import { correctionsById } from '../services/corrections/corrections';
import { readSidecar } from '../services/corpus';
import { matrixTable } from '../services/matrix/export';
import { createMatrixReader } from '../services/matrix/matrix';
import { sourcingFromOrigins } from '../services/matrix/sourcing';
import { analyseOrigins } from '../services/origins';
import { listDecisions } from '../services/origins/decision-store';
import { applyDecisions } from '../services/origins/decisions';
import { originInputOf, readableArticles } from '../services/origins/folder';
import { summaryOf } from '../services/origins/handlers';
import { articleFactsOf } from '../services/outlets/article-facts';
import { buildCatalogue } from '../services/outlets/catalogue';
import { withReliability } from '../services/outlets/reliability';
import { loadNotebook } from '../services/outlets/repo';
import { listQuotes } from '../services/quotes';
import { overlayCorrections } from '../services/search/correction-overlay';
import type { IndexedDocuments } from '../services/search/indexed-docs';
import { overlaySidecar, sidecarRow } from '../services/search/sidecar-overlay';
import { openWorkspace, type Workspace } from '../services/workspace';

/** One outlet as `parley outlets` prints it: the notebook's data and the corpus statistics. */
export type OutletReport = Outlet & { record: TrackRecordEntry[] };

/** A workspace and its folders as the app would show them, read once, for every CLI area. */
export type WorkspaceReading = {
  /** The workspace file's name without its extension ("Talks"). */
  name: string;
  /** The origins as the analyst decided them (confirmed, split, merged groups). */
  origins: OriginsSummary;
  /** The notebook over the corpus: every outlet, with its grade and track record. */
  outlets: OutletReport[];
  /** The matrix as it stood on `asOf` (null: now), sourced from the decided origins. */
  matrix: (asOf: string | null) => Promise<MatrixView>;
  /** What a briefing as of `asOf` cites: quotes with their Admiralty pair, origins, outlets, matrix. */
  briefingData: (asOf: string) => Promise<BriefingData>;
};

/** The workspace's folders read from disk, each article as the app's index holds it. */
async function readFolders(ws: Workspace): Promise<IndexedDocuments> {
  const corrections = correctionsById(ws);
  const metas = new Map<string, ArticleMeta>();
  const texts = new Map<string, string>();
  for (const { path: folder } of ws.listFolders()) {
    // A folder that is gone is left out, as the app shows it missing rather than failing.
    if (!existsSync(folder)) continue;
    const sidecar = readSidecar(folder);
    for await (const { relPath, article } of readableArticles(folder)) {
      const { text, ...meta } = article;
      metas.set(
        article.id,
        overlayCorrections(
          overlaySidecar(meta, sidecarRow(sidecar, relPath)),
          corrections.get(article.id),
        ),
      );
      texts.set(article.id, text);
    }
  }
  return {
    documents: () => metas.values(),
    meta: (id) => metas.get(id) ?? null,
    text: (id) => texts.get(id) ?? null,
  };
}

/** Relay groups over the corrected articles, and the analyst's decisions laid over them. */
function originsOf(ws: Workspace, docs: IndexedDocuments) {
  const inputs = [...docs.documents()].map((meta) =>
    originInputOf(meta.id, meta, docs.text(meta.id) ?? ''),
  );
  // In the app's order (folder by folder as registered), so groups list as the app lists them.
  const report: OriginsReport = analyseOrigins(inputs);
  return { report, summary: applyDecisions(summaryOf(report), listDecisions(ws)) };
}

/**
 * Opens the workspace read-only (so the CLI works while the app has it open), reads its folders
 * once with sidecars and the analyst's corrections laid over, computes origins with the
 * analyst's decisions, and hands `use` every area's view of them; closes the workspace after.
 */
export async function withWorkspaceReading<T>(
  file: string,
  use: (reading: WorkspaceReading) => Promise<T>,
): Promise<T> {
  const ws = openWorkspace(file, { readOnly: true });
  try {
    const docs = await readFolders(ws);
    const { report, summary } = originsOf(ws, docs);
    const catalogue = buildCatalogue(articleFactsOf(docs, report, summary), loadNotebook(ws));
    const attributions = new Map(report.articles.map((a) => [a.path, a.attributions]));
    const matrix = createMatrixReader({
      sourcing: sourcingFromOrigins({
        summary: () => Promise.resolve(summary),
        attributions: (id) => Promise.resolve(attributions.get(id) ?? []),
      }),
    });
    const view = (asOf: string | null) => matrix.view(ws, asOf);
    // The same gathering the app's briefing does, over this reading instead of the channels.
    const sources = createBriefingSources({
      docs,
      origins: () => Promise.resolve(summary),
      quotes: () => Promise.resolve(withReliability(catalogue, listQuotes(ws))),
      outlets: () => Promise.resolve(briefingOutletRows(catalogue.outlets)),
      matrix: async (asOf) => briefingMatrixTable(matrixTable(await view(asOf))),
    });
    return await use({
      name: basename(file, extname(file)),
      origins: summary,
      outlets: catalogue.outlets.map((o) => ({ ...o, record: catalogue.detail(o.name).record })),
      matrix: view,
      briefingData: (asOf) => sources.data(ws, asOf),
    });
  } finally {
    ws.close();
  }
}
