/** The parts of a keyboard event that decide whether it is undo or redo. */
export type UndoKeyEvent = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  target: unknown;
};

/** Input types that hold editable text with their own undo history. */
const textInputTypes = new Set([
  '',
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/** True when `target` keeps its own text undo (inputs, textareas, contenteditable), which we must not steal. */
export function isTextEditable(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const el = target as { tagName?: unknown; type?: unknown; isContentEditable?: unknown };
  if (el.isContentEditable === true) return true;
  const tag = typeof el.tagName === 'string' ? el.tagName.toUpperCase() : '';
  if (tag === 'TEXTAREA') return true;
  if (tag !== 'INPUT') return false;
  const type = typeof el.type === 'string' ? el.type.toLowerCase() : '';
  return textInputTypes.has(type);
}

/**
 * Hands an undo or redo from the app menu to the focused text field, which keeps its own typing
 * history; false when no text field has focus (the workspace's undo applies).
 */
export function undoInFocusedField(action: 'undo' | 'redo'): boolean {
  if (!isTextEditable(document.activeElement)) return false;
  document.execCommand(action);
  return true;
}

/**
 * Which workspace command a key press asks for: Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z or Ctrl+Y redo.
 * null for anything else, and for any key pressed in a text field (the browser undoes typing there).
 */
export function undoCommandFor(event: UndoKeyEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (isTextEditable(event.target)) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}
