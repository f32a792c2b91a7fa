import { useId, useState, type FormEvent } from 'react';
import type { BriefingSummary } from '../../../shared/briefings';

type Mode = { kind: 'idle' } | { kind: 'new' } | { kind: 'rename' };

/** Which briefing is open, and new / rename / delete; names are typed inline, never in a prompt. */
export function BriefingPicker({
  list,
  openId,
  name,
  onOpen,
  onCreate,
  onRename,
  onDelete,
}: {
  list: readonly BriefingSummary[];
  openId: string | null;
  name: string;
  onOpen: (id: string) => void;
  onCreate: (name: string) => Promise<boolean>;
  onRename: (name: string) => Promise<boolean>;
  onDelete: (id: string) => void;
}) {
  const selectId = useId();
  const nameId = useId();
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [typed, setTyped] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = mode.kind === 'new' ? await onCreate(typed) : await onRename(typed);
    if (done) setMode({ kind: 'idle' });
  };

  if (mode.kind !== 'idle')
    return (
      <form className="briefing-row briefing-picker" onSubmit={(e) => void submit(e)}>
        <label htmlFor={nameId}>
          {mode.kind === 'new' ? 'New briefing name' : 'Rename briefing to'}
        </label>
        <input
          id={nameId}
          value={typed}
          autoFocus
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setMode({ kind: 'idle' });
            }
          }}
        />
        <button type="submit" disabled={typed.trim() === ''}>
          {mode.kind === 'new' ? 'Create' : 'Rename'}
        </button>
        <button type="button" onClick={() => setMode({ kind: 'idle' })}>
          Cancel
        </button>
      </form>
    );

  return (
    <div className="briefing-row briefing-picker">
      {list.length > 0 && (
        <>
          <label htmlFor={selectId} className="visually-hidden">
            Open briefing
          </label>
          <select id={selectId} value={openId ?? ''} onChange={(e) => onOpen(e.target.value)}>
            {openId === null && <option value="">Choose a briefing</option>}
            {list.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </>
      )}
      <button
        type="button"
        onClick={() => {
          setTyped('');
          setMode({ kind: 'new' });
        }}
      >
        New briefing
      </button>
      {openId && (
        <>
          <button
            type="button"
            onClick={() => {
              setTyped(name);
              setMode({ kind: 'rename' });
            }}
          >
            Rename
          </button>
          <button type="button" onClick={() => onDelete(openId)}>
            Delete
          </button>
        </>
      )}
    </div>
  );
}
