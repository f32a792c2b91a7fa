import { useCallback, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import { OFFSET_ATTRIBUTE } from '../../lib/selection-offsets';
import { paragraphsOf, sentencesOf, stepUnit } from './text-units';
import type { TextSelection } from './use-text-selection';

/** The reader's keys, in the Pin button's tooltip and the article text's description. */
export const readerKeysHelp =
  ' In the article text: Alt+Down / Alt+Up select the next / previous sentence, Alt+Shift+Down / ' +
  'Alt+Shift+Up the next / previous paragraph, Ctrl+A the whole article; Tab reaches each pinned quote.';

/** True for Ctrl/Cmd+Shift+P, the pin shortcut. */
export const isPinShortcut = (event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}) =>
  (event.ctrlKey || event.metaKey) &&
  event.shiftKey &&
  !event.altKey &&
  event.key.toLowerCase() === 'p';

/** Makes the page's selection [start, end) of the text rendered under `root` (runs carry data-offset). */
export function selectOffsets(root: Element, start: number, end: number): void {
  const runs = [...root.querySelectorAll<HTMLElement>(`[${OFFSET_ATTRIBUTE}]`)];
  const locate = (at: number, isEnd: boolean): [Node, number] | null => {
    for (const run of runs) {
      const from = Number(run.getAttribute(OFFSET_ATTRIBUTE));
      const length = run.textContent.length;
      const inside = isEnd ? at <= from + length : at < from + length;
      if (inside && at >= from && run.firstChild) return [run.firstChild, at - from];
    }
    return null;
  };
  const a = locate(start, false);
  const b = locate(end, true);
  const selection = window.getSelection();
  if (!a || !b || !selection) return;
  const range = document.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  selection.removeAllRanges();
  selection.addRange(range);
  (a[0].parentElement ?? root).scrollIntoView?.({ block: 'nearest' });
}

/**
 * The article text's own keys: Ctrl/Cmd+A selects the article only; Alt+Down/Up selects the
 * next/previous sentence and Alt+Shift+Down/Up the next/previous paragraph, so a passage can be
 * chosen and pinned without a mouse. `cursor` says which unit is selected, for a live region.
 */
export function useReaderKeys(
  bodyRef: RefObject<Element | null>,
  text: string | null,
  lang: string | null,
  read: () => TextSelection | null,
): { onKeyDown: (event: KeyboardEvent) => boolean; cursor: string } {
  const [cursor, setCursor] = useState('');
  const sentences = useMemo(() => (text ? sentencesOf(text, lang) : []), [text, lang]);
  const paragraphs = useMemo(() => (text ? paragraphsOf(text) : []), [text]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent): boolean => {
      const root = bodyRef.current;
      if (!root || text === null) return false;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'a') {
        event.preventDefault();
        selectOffsets(root, 0, text.length);
        setCursor('Whole article selected');
        return true;
      }
      if (!event.altKey || event.ctrlKey || event.metaKey) return false;
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
      event.preventDefault();
      const units = event.shiftKey ? paragraphs : sentences;
      const next = stepUnit(units, read()?.start ?? null, event.key === 'ArrowDown' ? 1 : -1);
      if (!next) return true;
      selectOffsets(root, next.start, next.end);
      const kind = event.shiftKey ? 'Paragraph' : 'Sentence';
      setCursor(`${kind} ${units.indexOf(next) + 1} of ${units.length} selected`);
      return true;
    },
    [bodyRef, paragraphs, read, sentences, text],
  );

  return { onKeyDown, cursor };
}
