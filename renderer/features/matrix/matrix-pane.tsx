import { useId, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { MatrixExportFormat } from '../../../shared/matrix';
import { FoldedPane, FoldPaneButton } from '../../app/panes/folded-pane';
import { downloadText } from '../../lib/clipboard';
import { useAppStore } from '../../state/store-context';
import { CellDrawer } from './cell-drawer';
import { cellKey } from './cell-text';
import { MatrixGrid } from './matrix-grid';
import { StaleThreshold } from './stale-threshold';
import { StructureEditor } from './structure-editor';
import './matrix.css';

/** The position matrix: parties × issues as of a date, a cell's drawer, rows and columns, export. */
export function MatrixPane() {
  const { view, status, error, asOf, open, paneOpen } = useAppStore(
    useShallow((s) => ({
      view: s.matrixView,
      status: s.matrixStatus,
      error: s.matrixError,
      asOf: s.matrixAsOf,
      open: s.matrixOpenCell,
      paneOpen: s.uiQuotesOpen,
    })),
  );
  const setAsOf = useAppStore((s) => s.setMatrixAsOf);
  const openCell = useAppStore((s) => s.openMatrixCell);
  const link = useAppStore((s) => s.linkMatrixEvidence);
  const edit = useAppStore((s) => s.editMatrix);
  const exportMatrix = useAppStore((s) => s.exportMatrix);
  const setStaleDays = useAppStore((s) => s.setMatrixStaleDays);
  const dismissError = useAppStore((s) => s.dismissMatrixError);
  const showSidePane = useAppStore((s) => s.showSidePane);
  const setPaneOpen = useAppStore((s) => s.setQuotesOpen);
  const root = useRef<HTMLElement>(null);
  const asOfId = useId();

  if (!paneOpen) {
    const filled = view?.cells.filter((c) => c.evidence.length > 0).length;
    return (
      <FoldedPane
        label="Matrix"
        strip={`Matrix · ${filled ?? '…'}`}
        unfoldLabel={`Show the matrix (${filled ?? 0} cells with evidence)`}
        onUnfold={() => showSidePane('matrix')}
      />
    );
  }

  const closeDrawer = () => {
    const was = open;
    void openCell(null);
    // Back to the cell the drawer was for.
    if (!was) return;
    const key = cellKey(was.party, was.issue);
    const cells = root.current?.querySelectorAll<HTMLElement>('[data-cell]') ?? [];
    [...cells].find((el) => el.dataset.cell === key)?.focus();
  };

  const download = async (format: MatrixExportFormat) => {
    const outcome = await exportMatrix(format);
    if (outcome?.kind === 'download') downloadText(outcome.fileName, outcome.text, outcome.mime);
  };

  return (
    <aside ref={root} className="matrix-pane" aria-labelledby="matrix-heading">
      <div className="panel-heading">
        <h2 id="matrix-heading">Matrix</h2>
        <FoldPaneButton label="Hide the matrix" onFold={() => setPaneOpen(false)} />
      </div>
      <div className="matrix-toolbar">
        <label htmlFor={asOfId}>Show as of</label>
        <input
          id={asOfId}
          type="date"
          value={asOf ?? ''}
          onChange={(event) => void setAsOf(event.target.value || null)}
        />
        <button type="button" disabled={asOf === null} onClick={() => void setAsOf(null)}>
          Now
        </button>
        {view && <StaleThreshold key={view.staleDays} days={view.staleDays} onSet={setStaleDays} />}
        <span className="matrix-export">
          <button type="button" onClick={() => void download('csv')}>
            Export CSV
          </button>
          <button type="button" onClick={() => void download('json')}>
            JSON
          </button>
        </span>
      </div>
      {asOf && (
        <p className="hint matrix-as-of-note">
          Showing what was recorded as of {asOf}; edits change the matrix as it stands now.
        </p>
      )}
      {error && (
        <div className="error-banner" role="alert">
          <span>{error}</span>
          <button type="button" className="link-button" onClick={dismissError}>
            Dismiss
          </button>
        </div>
      )}
      {view === null ? (
        <p className="empty">
          {status === 'error' ? 'The matrix could not be read.' : 'Reading the matrix…'}
        </p>
      ) : (
        <>
          <MatrixGrid
            view={view}
            open={open}
            onOpen={(party, issue) => void openCell({ party, issue })}
            onDropQuote={(party, issue, quoteId) =>
              void link({ party, issue }, quoteId, 'supports')
            }
          />
          <CellDrawer view={view} onClose={closeDrawer} />
          <StructureEditor parties={view.parties} issues={view.issues} onEdit={edit} />
        </>
      )}
    </aside>
  );
}
