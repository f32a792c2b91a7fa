import { useId, useState, type KeyboardEvent } from 'react';

type Props = {
  label: string;
  /** The saved value; replaces the draft whenever it changes while the field is not being edited. */
  value: string;
  /**
   * Called only when the analyst changed the text; `replaced` is true when the saved value had
   * changed elsewhere (another window, an undo) after editing began, so this save overwrites it.
   */
  onCommit: (value: string, replaced: boolean) => void;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
};

/**
 * A labelled text field that saves on Enter or when it loses focus (Escape reverts), so every
 * save is one undoable workspace edit rather than one per keystroke. It writes only what the
 * analyst changed: a field that merely had focus never writes its old text over a newer value.
 */
export function CommitField({ label, value, onCommit, multiline, placeholder, hint }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [synced, setSynced] = useState(value);
  /** The saved value the analyst's draft started from. */
  const [base, setBase] = useState(value);
  const dirty = draft !== base;
  // A new saved value (an undo, another window) shows at once unless the analyst has typed.
  if (value !== synced && !dirty) {
    setSynced(value);
    setDraft(value);
    setBase(value);
  }

  const commit = () => {
    if (!dirty) return;
    onCommit(draft, value !== base);
    setBase(draft);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      setDraft(value);
      setBase(value);
      setSynced(value);
      event.stopPropagation();
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    }
  };
  const common = {
    id,
    value: draft,
    placeholder,
    spellCheck: multiline ?? false,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: commit,
    onKeyDown,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
      {hint && (
        <span id={`${id}-hint`} className="visually-hidden">
          {hint}
        </span>
      )}
    </div>
  );
}
