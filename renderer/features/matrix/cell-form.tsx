import { useId, useState } from 'react';
import {
  stanceLabels,
  stances,
  type MatrixCellDetail,
  type MatrixSetCellRequest,
  type Stance,
} from '../../../shared/matrix';

type Draft = { stance: Stance; summary: string; asOf: string; note: string; reason: string };

const draftOf = (cell: MatrixCellDetail): Draft => ({
  stance: cell.stance,
  summary: cell.summary,
  asOf: cell.asOfSet ? (cell.asOf ?? '') : '',
  note: cell.note,
  reason: '',
});

/** Only what the analyst changed, with the reason; null when nothing changed. */
export function changesOf(cell: MatrixCellDetail, draft: Draft): MatrixSetCellRequest | null {
  const before = draftOf(cell);
  const request: MatrixSetCellRequest = { party: cell.party, issue: cell.issue };
  if (draft.stance !== before.stance) request.stance = draft.stance;
  if (draft.summary.trim() !== before.summary) request.summary = draft.summary.trim();
  if (draft.asOf !== before.asOf) request.asOf = draft.asOf === '' ? null : draft.asOf;
  if (draft.note !== before.note) request.note = draft.note;
  if (Object.keys(request).length === 2) return null;
  if (draft.reason.trim()) request.reason = draft.reason.trim();
  return request;
}

/**
 * The cell's own fields: stance, one-line summary, as-of date, note, and the reason the change is
 * recorded with in the history. Saved together as one undoable edit.
 */
export function CellForm({
  cell,
  onSave,
}: {
  cell: MatrixCellDetail;
  onSave: (request: MatrixSetCellRequest) => Promise<boolean>;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(cell));
  const id = useId();
  const change = changesOf(cell, draft);
  const field = (name: keyof Draft) => ({
    id: `${id}-${name}`,
    value: draft[name],
    onChange: (event: { target: { value: string } }) =>
      setDraft({ ...draft, [name]: event.target.value }),
  });

  return (
    <form
      className="cell-form"
      aria-label="Stance"
      onSubmit={(event) => {
        event.preventDefault();
        if (change)
          void onSave(change).then((saved) => saved && setDraft({ ...draft, reason: '' }));
      }}
    >
      <div className="cell-field">
        <label htmlFor={`${id}-stance`}>Stance</label>
        <select
          {...field('stance')}
          onChange={(event) => {
            const stance = stances.find((s) => s === event.target.value);
            if (stance) setDraft({ ...draft, stance });
          }}
        >
          {stances.map((stance) => (
            <option key={stance} value={stance}>
              {stanceLabels[stance]}
            </option>
          ))}
        </select>
      </div>
      <div className="cell-field">
        <label htmlFor={`${id}-summary`}>Summary</label>
        <input {...field('summary')} maxLength={1000} placeholder="One line" />
      </div>
      <div className="cell-field">
        <label htmlFor={`${id}-asOf`}>As of</label>
        <input {...field('asOf')} type="date" aria-describedby={`${id}-asOf-hint`} />
        <span id={`${id}-asOf-hint`} className="hint">
          {draft.asOf
            ? 'Your date'
            : cell.asOf
              ? `Newest evidence: ${cell.asOf}`
              : 'Empty: the newest evidence’s date'}
        </span>
      </div>
      <div className="cell-field">
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea {...field('note')} rows={2} />
      </div>
      <div className="cell-field">
        <label htmlFor={`${id}-reason`}>Reason for the change</label>
        <input {...field('reason')} maxLength={2000} placeholder="Kept in the history" />
      </div>
      <div className="cell-actions">
        <button type="submit" disabled={change === null}>
          Save cell
        </button>
        <button type="button" disabled={change === null} onClick={() => setDraft(draftOf(cell))}>
          Reset
        </button>
      </div>
    </form>
  );
}
