import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { flagLabels, stanceLabels, type MatrixView } from '../../../shared/matrix';
import { useAppStore } from '../../state/store-context';
import { CellEvidenceList } from './cell-evidence';
import { CellForm } from './cell-form';
import { CellHistory } from './cell-history';
import { CellSuggestions } from './cell-suggestions';
import { evidenceCount } from './cell-text';

/** The open cell: its fields, evidence, history and suggestions. Escape closes it. */
export function CellDrawer({ view, onClose }: { view: MatrixView; onClose: () => void }) {
  const { open, cell, suggestions } = useAppStore(
    useShallow((s) => ({
      open: s.matrixOpenCell,
      cell: s.matrixCell,
      suggestions: s.matrixSuggestions,
    })),
  );
  const setCell = useAppStore((s) => s.setMatrixCell);
  const link = useAppStore((s) => s.linkMatrixEvidence);
  const unlink = useAppStore((s) => s.unlinkMatrixEvidence);
  const take = useAppStore((s) => s.pinAndLinkSuggestion);
  const heading = useRef<HTMLHeadingElement>(null);
  const openKey = open ? `${open.party}|${open.issue}` : '';

  // Opening a cell (again) takes the focus to its drawer and scrolls it into view.
  useEffect(() => {
    if (!open) return;
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'nearest' });
  }, [open]);

  if (!open) return null;
  const party = view.parties.find((p) => p.id === open.party);
  const issue = view.issues.find((i) => i.id === open.issue);
  if (!party || !issue) return null;
  const title = `${party.name} × ${issue.name}`;

  return (
    <section
      className="cell-drawer"
      aria-label={title}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="cell-drawer-head">
        <h3 ref={heading} tabIndex={-1}>
          {title}
        </h3>
        <button
          type="button"
          className="icon-button"
          aria-label={`Close ${title}`}
          title="Close (Escape)"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {issue.proposition && <p className="cell-proposition">{issue.proposition}</p>}
      {cell === null ? (
        <p className="empty">Reading the cell…</p>
      ) : (
        <>
          <p className="cell-summary-line" aria-label="Cell now">
            <span className={`matrix-chip stance-${cell.stance}`}>{stanceLabels[cell.stance]}</span>{' '}
            {evidenceCount(cell)}
            {cell.asOf && ` · as of ${cell.asOf}`}
            {cell.flags.map((flag) => (
              <span key={flag} className="cell-flag-text">
                {' '}
                · {flagLabels[flag]}
              </span>
            ))}
          </p>
          <CellForm key={`${openKey}|${cell.updatedAt ?? ''}`} cell={cell} onSave={setCell} />
          <CellEvidenceList
            evidence={cell.evidence}
            onRelate={(quoteId, relation) => void link(open, quoteId, relation)}
            onUnlink={(quoteId) => void unlink(open, quoteId)}
            onLink={(quoteId, relation) => link(open, quoteId, relation)}
          />
          <CellSuggestions
            suggestions={suggestions}
            evidence={cell.evidence}
            onTake={(suggestion, relation) => void take(open, suggestion, relation)}
          />
          <CellHistory history={cell.history} />
        </>
      )}
    </section>
  );
}
