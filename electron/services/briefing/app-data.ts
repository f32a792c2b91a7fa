import type {
  BriefingArticleLabel,
  BriefingMatrixTable,
  BriefingOutletRow,
} from '../../../shared/briefing';
import type { BriefingData } from '../../../shared/briefing-document';
import type { OriginsSummary } from '../../../shared/origins';
import type { Quote } from '../../../shared/quote';
import { listQuotes } from '../quotes';
import type { IndexedDocuments } from '../search/indexed-docs';
import type { Workspace } from '../workspace/workspace';

/** What a briefing cites in the running app, gathered when it is previewed or exported. */
export type BriefingSources = {
  /** Everything a briefing as of `asOf` (YYYY-MM-DD) cites; the matrix is read as it stood then. */
  data(ws: Workspace, asOf: string | null): Promise<BriefingData>;
};

/**
 * The running app's briefing data: the open workspace's quotes, the decided origins summary and
 * the indexed articles' labels, and (when given) the quotes with their pair, the outlets and the
 * matrix from their areas; an area not given answers null and the briefing says so.
 */
export function createBriefingSources(deps: {
  docs: IndexedDocuments;
  origins: () => Promise<OriginsSummary>;
  /** The quotes with their Admiralty pair; default the workspace's quotes as stored (no pair). */
  quotes?: () => Promise<Quote[]>;
  outlets?: () => Promise<readonly BriefingOutletRow[] | null>;
  matrix?: (asOf: string | null) => Promise<BriefingMatrixTable | null>;
}): BriefingSources {
  return {
    async data(ws, asOf) {
      const quotes = deps.quotes ? await deps.quotes() : listQuotes(ws);
      const origins = await deps.origins();
      const articles: Record<string, BriefingArticleLabel> = {};
      for (const doc of deps.docs.documents()) {
        articles[doc.id] = {
          title: doc.title,
          publisher: doc.outlet,
          published: doc.published,
          path: doc.path,
        };
      }
      return {
        quotes,
        origins,
        articles,
        outlets: (await deps.outlets?.()) ?? null,
        matrix: (await deps.matrix?.(asOf)) ?? null,
      };
    },
  };
}
