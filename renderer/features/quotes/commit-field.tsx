import { useId, useState, type KeyboardEvent } from 'react';

type Props = {
  label: string;
  /** The saved value; replaces the draft whenever it changes while the field is not being edited. */
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
};

/**
 * A labelled text field that saves on Enter or when it loses focus (Escape reverts), so every
 * save is one undoable workspace edit rather than one per keystroke.
 */
export function CommitField({ label, value, onCommit, multiline, placeholder, hint }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [synced, setSynced] = useState(value);
  const [editing, setEditing] = useState(false);
  // A new saved value (an undo, another window) shows at once unless the analyst is typing.
  if (value !== synced && !editing) {
    setSynced(value);
    setDraft(value);
  }

  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      setDraft(value);
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
    onFocus: () => setEditing(true),
    onBlur: () => {
      setEditing(false);
      commit();
    },
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
