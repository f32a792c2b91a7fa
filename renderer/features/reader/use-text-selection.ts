import { useCallback, useEffect, useState, type RefObject } from 'react';
import { rangeToTextOffsets } from '../../lib/selection-offsets';

export type TextSelection = { start: number; end: number };

/** Where the page's selection lies in `text`, read from the runs under `root`; null if outside it. */
export function readSelection(root: Element | null, text: string): TextSelection | null {
  const selection = typeof window === 'undefined' ? null : window.getSelection();
  if (!root || !selection || selection.rangeCount === 0) return null;
  return rangeToTextOffsets(root, selection.getRangeAt(0), text);
}

/**
 * Tracks the selection inside the article text as offsets into `text`, so the Pin button can
 * enable itself; `read` re-reads it on demand (a shortcut or menu acts on the selection as it is now).
 */
export function useTextSelection(
  rootRef: RefObject<Element | null>,
  text: string | null,
): { selection: TextSelection | null; read: () => TextSelection | null } {
  const [selection, setSelection] = useState<TextSelection | null>(null);

  const read = useCallback(
    () => (text === null ? null : readSelection(rootRef.current, text)),
    [rootRef, text],
  );

  useEffect(() => {
    const update = () => {
      const next = read();
      setSelection((previous) =>
        previous?.start === next?.start && previous?.end === next?.end ? previous : next,
      );
    };
    update();
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [read]);

  return { selection, read };
}
