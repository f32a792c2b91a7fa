import type { MatrixCellDetail, MatrixView } from '../../../shared/matrix';
import { correctionsById } from '../corrections/corrections';
import { DomainError } from '../errors';
import type { Workspace } from '../workspace/workspace';
import { buildCells, cellAt } from './cells';
import type { CellEditContext } from './cell-edits';
import {
  listCells,
  listEvidence,
  listHistory,
  listIssues,
  listParties,
  staleDays,
  type EvidenceRow,
} from './repo';
import type { SourcingOf } from './sourcing';

/** What reading the matrix needs from outside the workspace. */
export type MatrixDeps = {
  /** The origins area's answer for the evidence quotes; the matrix never reads its tables. */
  sourcing: SourcingOf;
  now?: () => Date;
};

/** Quote id → its article's date as corrected: the analyst's correction wins over the quote's snapshot. */
export function evidenceDates(
  ws: Workspace,
  links: readonly EvidenceRow[],
): Map<string, string | null> {
  const corrections = correctionsById(ws);
  const dates = new Map<string, string | null>();
  for (const link of links) {
    const values = corrections.get(link.articleId);
    dates.set(
      link.quoteId,
      values && Object.hasOwn(values, 'published') ? (values.published ?? null) : link.published,
    );
  }
  return dates;
}

/** A cell edit's context over the workspace: dates of any quote as corrected, and the clock. */
export function editContext(ws: Workspace, now: () => Date): CellEditContext {
  return {
    now,
    dateOf(quoteId) {
      const row = ws.db
        .prepare('SELECT article_id, published FROM quotes WHERE id = ?')
        .get(quoteId) as { article_id: string; published: string | null } | undefined;
      if (!row) return null;
      const values = correctionsById(ws).get(row.article_id);
      return values && Object.hasOwn(values, 'published')
        ? (values.published ?? null)
        : row.published;
    },
  };
}

const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Reads of the matrix over a workspace: the whole grid and one cell with its timeline. */
export function createMatrixReader(deps: MatrixDeps) {
  const now = deps.now ?? (() => new Date());
  const quoteRefs = (links: readonly EvidenceRow[]) => [
    ...new Map(links.map((l) => [l.quoteId, { ...l, id: l.quoteId }])).values(),
  ];
  return {
    /** The whole grid on `asOf` (null: now), flags derived. */
    async view(ws: Workspace, asOf: string | null): Promise<MatrixView> {
      const evidence = listEvidence(ws);
      const sourcing = await deps.sourcing(quoteRefs(evidence));
      const parties = listParties(ws);
      const issues = listIssues(ws);
      const stale = staleDays(ws);
      return {
        asOf,
        staleDays: stale,
        parties,
        issues,
        cells: buildCells({
          parties,
          issues,
          cells: listCells(ws),
          evidence,
          history: listHistory(ws),
          dates: evidenceDates(ws, evidence),
          sourcing,
          asOf,
          today: isoDay(now()),
          staleDays: stale,
        }),
      };
    },
    /** One cell on `asOf` (null: now) with its whole history, oldest first. */
    async cell(
      ws: Workspace,
      party: string,
      issue: string,
      asOf: string | null,
    ): Promise<MatrixCellDetail> {
      if (!listParties(ws).some((p) => p.id === party))
        throw new DomainError('not-found', `No party with id ${party}.`);
      if (!listIssues(ws).some((i) => i.id === issue))
        throw new DomainError('not-found', `No issue with id ${issue}.`);
      const only = { party, issue };
      const evidence = listEvidence(ws, only);
      const history = listHistory(ws, only);
      const cell = cellAt(
        {
          dates: evidenceDates(ws, evidence),
          sourcing: await deps.sourcing(quoteRefs(evidence)),
          asOf,
          today: isoDay(now()),
          staleDays: staleDays(ws),
        },
        party,
        issue,
        listCells(ws, only)[0],
        evidence,
        history.filter((h) => h.kind === 'set'),
      );
      return {
        ...cell,
        history: history.map(({ party: _p, issue: _i, ...entry }) => entry),
      };
    },
  };
}

export type MatrixReader = ReturnType<typeof createMatrixReader>;
