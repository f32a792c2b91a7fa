import type {
  BriefingArticleLabel,
  BriefingMatrixTable,
  BriefingOutletRow,
} from '../../../shared/briefing';
import type { BriefingData } from '../../../shared/briefing-document';
import type { OriginsSummary } from '../../../shared/origins';
import { listQuotes } from '../quotes';
import type { IndexedDocuments } from '../search/indexed-docs';
import type { Workspace } from '../workspace/workspace';

/** What a briefing cites in the running app, gathered when it is previewed or exported. */
export type BriefingSources = { data(ws: Workspace): Promise<BriefingData> };

/**
 * The running app's briefing data: the open workspace's quotes, the decided origins summary and
 * the indexed articles' labels. Outlets and the matrix come from their areas once they exist;
 * until then they answer null and the briefing says the section is not available.
 */
export function createBriefingSources(deps: {
  docs: IndexedDocuments;
  origins: () => Promise<OriginsSummary>;
  outlets?: () => Promise<readonly BriefingOutletRow[] | null>;
  matrix?: (asOf: string | null) => Promise<BriefingMatrixTable | null>;
}): BriefingSources {
  return {
    async data(ws) {
      const quotes = listQuotes(ws);
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
        matrix: (await deps.matrix?.(null)) ?? null,
      };
    },
  };
}
