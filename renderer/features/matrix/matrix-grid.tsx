import { useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { flagLabels, stanceLabels, type MatrixCell, type MatrixView } from '../../../shared/matrix';
import { quoteDragType } from '../quotes/quote-drag';
import { cellAccessibleName, cellKey, evidenceCount, flagGlyphs } from './cell-text';
import { gridMove } from './grid-moves';

type Position = { row: number; column: number };

/**
 * The matrix at a glance: issues down the side, parties across the top (four columns fit the side
 * pane), each cell its stance as colour and word, its flags and its evidence in origins. One cell
 * is in the tab order; arrows move between cells, Enter opens the drawer, a quote dropped links it.
 */
export function MatrixGrid({
  view,
  open,
  onOpen,
  onDropQuote,
}: {
  view: MatrixView;
  open: { party: string; issue: string } | null;
  onOpen: (party: string, issue: string) => void;
  onDropQuote: (party: string, issue: string, quoteId: string) => void;
}) {
  const cells = useMemo(() => {
    const byKey = new Map<string, MatrixCell>();
    for (const cell of view.cells) byKey.set(cellKey(cell.party, cell.issue), cell);
    return byKey;
  }, [view.cells]);
  const [focus, setFocus] = useState<Position>({ row: 0, column: 0 });
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const buttons = useRef<Map<string, HTMLButtonElement>>(new Map());
  const rows = view.issues.length;
  const columns = view.parties.length;
  const current = {
    row: Math.min(focus.row, Math.max(0, rows - 1)),
    column: Math.min(focus.column, Math.max(0, columns - 1)),
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const next = gridMove(event.key, current, { rows, columns }, event.ctrlKey || event.metaKey);
    if (!next) return;
    event.preventDefault();
    setFocus(next);
    const party = view.parties[next.column];
    const issue = view.issues[next.row];
    if (party && issue) buttons.current.get(cellKey(party.id, issue.id))?.focus();
  };

  const dropHandlers = (party: string, issue: string) => {
    const key = cellKey(party, issue);
    const accepts = (event: DragEvent) => event.dataTransfer.types.includes(quoteDragType);
    return {
      onDragOver: (event: DragEvent) => {
        if (!accepts(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'link';
        if (dropTarget !== key) setDropTarget(key);
      },
      onDragLeave: () => setDropTarget((target) => (target === key ? null : target)),
      onDrop: (event: DragEvent) => {
        const quoteId = event.dataTransfer.getData(quoteDragType);
        setDropTarget(null);
        if (!quoteId) return;
        event.preventDefault();
        onDropQuote(party, issue, quoteId);
      },
    };
  };

  if (rows === 0 || columns === 0)
    return (
      <p className="empty">
        The matrix needs at least one party and one issue: add them under “Parties and issues”.
      </p>
    );

  return (
    <div className="matrix-grid-scroll">
      <table
        className="matrix-grid"
        role="grid"
        aria-label={`Positions${view.asOf ? ` as of ${view.asOf}` : ''}`}
        aria-rowcount={rows + 1}
        aria-colcount={columns + 1}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr>
            <td className="matrix-corner" />
            {view.parties.map((party) => (
              <th key={party.id} scope="col" title={party.aliases.join(', ')}>
                {party.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.issues.map((issue, row) => (
            <tr key={issue.id}>
              <th scope="row" title={issue.proposition}>
                {issue.name}
              </th>
              {view.parties.map((party, column) => {
                const key = cellKey(party.id, issue.id);
                const cell = cells.get(key);
                if (!cell) return <td key={key} role="gridcell" />;
                const isOpen = open?.party === party.id && open.issue === issue.id;
                const focusable = current.row === row && current.column === column;
                return (
                  <td
                    key={key}
                    role="gridcell"
                    aria-selected={isOpen}
                    className={dropTarget === key ? 'drop-target' : undefined}
                    {...dropHandlers(party.id, issue.id)}
                  >
                    <button
                      type="button"
                      ref={(el) => {
                        if (el) buttons.current.set(key, el);
                        else buttons.current.delete(key);
                      }}
                      data-cell={key}
                      className={`matrix-cell stance-${cell.stance}${isOpen ? ' open' : ''}`}
                      tabIndex={focusable ? 0 : -1}
                      aria-label={cellAccessibleName(party, issue, cell)}
                      onFocus={() => setFocus({ row, column })}
                      onClick={() => onOpen(party.id, issue.id)}
                    >
                      <span className="matrix-stance">{stanceLabels[cell.stance]}</span>
                      {cell.flags.length > 0 && (
                        <span className="matrix-flags">
                          {cell.flags.map((flag) => (
                            <span
                              key={flag}
                              className={`matrix-flag flag-${flag}`}
                              title={flagLabels[flag]}
                              aria-hidden="true"
                            >
                              {flagGlyphs[flag]}
                            </span>
                          ))}
                        </span>
                      )}
                      <span className="matrix-count">{evidenceCount(cell)}</span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
