import { matrixExportFileName, type MatrixView } from '../../../shared/matrix';
import { settle, type AreaHandlers, type HostHooks } from '../handlers';
import { listQuotes } from '../quotes/quotes';
import { createVariantIndex, nameVariants } from '../search/name-variants';
import type { SearchLibrary } from '../search/library-types';
import type { Session } from '../session/session';
import { listAnalystVariants } from '../variants/variants';
import type { Workspace } from '../workspace/workspace';
import { linkEvidence, setCell, setStaleDays, unlinkEvidence } from './cell-edits';
import { matrixAs } from './export';
import { createMatrixReader, editContext } from './matrix';
import { listIssues, listParties, staleDays } from './repo';
import type { SourcingOf } from './sourcing';
import { editStructure } from './structure-edits';
import { DomainError } from '../errors';
import { saveMatrixExport } from './save-export';
import { suggestPassages } from './suggest';

/** matrix:* — the position matrix: reads with derived flags, undoable edits, suggestions, export. */
export function createMatrixHandlers(deps: {
  session: Session;
  library: Pick<SearchLibrary, 'search' | 'docs'>;
  sourcing: SourcingOf;
  /** The host's save dialog, for matrix:save-export (none in the browser host). */
  hostHooks?: Pick<HostHooks, 'pickExportFile'>;
  now?: () => Date;
}): AreaHandlers<'matrix:'> {
  const { session, library } = deps;
  const now = deps.now ?? (() => new Date());
  const reader = createMatrixReader({ sourcing: deps.sourcing, now });
  const view = (ws: Workspace, asOf?: string): Promise<MatrixView> => reader.view(ws, asOf ?? null);
  /** Runs an edit and, when it recorded one, tells the views the matrix changed. */
  const edited = (changed: boolean): void => {
    if (changed) session.edited('matrix');
  };
  return {
    'matrix:get': ({ asOf }) => view(session.current(), asOf),
    'matrix:cell': ({ party, issue, asOf }) =>
      reader.cell(session.current(), party, issue, asOf ?? null),
    'matrix:edit': async (request) => {
      const ws = session.current();
      edited(editStructure(ws, request));
      return view(ws);
    },
    'matrix:set-cell': async (request) => {
      const ws = session.current();
      edited(setCell(ws, request, editContext(ws, now)));
      return reader.cell(ws, request.party, request.issue, null);
    },
    'matrix:link': async (request) => {
      const ws = session.current();
      edited(linkEvidence(ws, request, editContext(ws, now)));
      return reader.cell(ws, request.party, request.issue, null);
    },
    'matrix:unlink': async (request) => {
      const ws = session.current();
      unlinkEvidence(ws, request, editContext(ws, now));
      edited(true);
      return reader.cell(ws, request.party, request.issue, null);
    },
    'matrix:suggest': ({ party, issue, limit }) =>
      settle(() => {
        const ws = session.current();
        const parties = listParties(ws);
        const p = parties.find((r) => r.id === party);
        if (!p) throw new DomainError('not-found', `No party with id ${party}.`);
        const i = listIssues(ws).find((r) => r.id === issue);
        if (!i) throw new DomainError('not-found', `No issue with id ${issue}.`);
        const variantsOf = createVariantIndex([
          ...nameVariants,
          ...listAnalystVariants(ws).map((s) => s.spellings),
        ]);
        const pinned = listQuotes(ws);
        const rivals = parties.filter((r) => r.id !== party);
        return suggestPassages({ library, variantsOf, pinned, rivals }, p, i, limit ?? 10);
      }),
    'matrix:settings': ({ staleDays: days }) =>
      settle(() => {
        const ws = session.current();
        const current = staleDays(ws);
        if (days !== undefined) edited(setStaleDays(ws, days, current));
        return { staleDays: staleDays(ws) };
      }),
    'matrix:export': async ({ format, asOf }) =>
      matrixAs(format, await view(session.current(), asOf)),
    'matrix:save-export': async ({ format, asOf }) => {
      const ws = session.current();
      return saveMatrixExport(
        deps.hostHooks?.pickExportFile,
        format,
        matrixExportFileName(asOf ?? null, format),
        async () => matrixAs(format, await view(ws, asOf)),
      );
    },
  };
}
