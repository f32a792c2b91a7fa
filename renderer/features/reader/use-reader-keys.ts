import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { boundaryOffset, OFFSET_ATTRIBUTE } from '../../lib/selection-offsets';
import { caretStepOf, moveFocus } from './caret-moves';
import { paragraphsOf, sentencesOf, stepUnit } from './text-units';
import type { TextSelection } from './use-text-selection';

/** The reader's keys, in the Pin button's tooltip and the article text's description. */
export const readerKeysHelp =
  ' In the article text: Alt+Down / Alt+Up select the next / previous sentence, Alt+Shift+Down / ' +
  'Alt+Shift+Up the next / previous paragraph, Ctrl+A the whole article; Shift+Right / Shift+Left ' +
  'extend the selection by a character, Ctrl+Shift+Right / Left by a word, Shift+Down / Shift+Up ' +
  'to the end / start of a sentence and Ctrl+Shift+Down / Up of a paragraph (from the selection, ' +
  'or the start of the article); Ctrl+Shift+P pins; Tab reaches each pinned quote.';

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

/** The DOM point of text offset `at` among the runs under `root`; `isEnd` prefers the run it ends. */
function locate(root: Element, at: number, isEnd: boolean): [Node, number] | null {
  for (const run of root.querySelectorAll<HTMLElement>(`[${OFFSET_ATTRIBUTE}]`)) {
    const from = Number(run.getAttribute(OFFSET_ATTRIBUTE));
    const length = run.textContent.length;
    const inside = isEnd ? at <= from + length : at < from + length;
    if (inside && at >= from && run.firstChild) return [run.firstChild, at - from];
  }
  return null;
}

/**
 * Makes the page's selection run from text offset `anchor` to `focus` (either way round, so the
 * next Shift+Arrow moves the right end) over the text rendered under `root`.
 */
export function selectFromTo(root: Element, anchor: number, focus: number): void {
  const backwards = focus < anchor;
  const a = locate(root, anchor, backwards);
  const b = locate(root, focus, !backwards && focus > anchor);
  const selection = window.getSelection();
  if (!a || !b || !selection) return;
  selection.setBaseAndExtent(a[0], a[1], b[0], b[1]);
  (b[0].parentElement ?? root).scrollIntoView?.({ block: 'nearest' });
}

/** Makes the page's selection [start, end) of the text rendered under `root` (runs carry data-offset). */
export function selectOffsets(root: Element, start: number, end: number): void {
  selectFromTo(root, start, end);
}

/** The page's selection as text offsets (anchor, focus) when both ends are under `root`. */
function currentEnds(root: Element, length: number): { anchor: number; focus: number } | null {
  const selection = window.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (!selection || !anchorNode || !focusNode) return null;
  if (!root.contains(anchorNode) || !root.contains(focusNode)) return null;
  return {
    anchor: boundaryOffset(root, anchorNode, selection.anchorOffset, length),
    focus: boundaryOffset(root, focusNode, selection.focusOffset, length),
  };
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
  // The ends of the last selection the keys made: a browser may report a selection boundary at
  // another but equal DOM point, so the next press continues from these while the selection is it.
  const made = useRef<{ anchor: number; focus: number } | null>(null);
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
      const caret = caretStepOf(event);
      if (caret) {
        event.preventDefault();
        const now = currentEnds(root, text.length);
        const last = made.current;
        const same =
          now !== null &&
          last !== null &&
          Math.min(now.anchor, now.focus) === Math.min(last.anchor, last.focus) &&
          Math.max(now.anchor, now.focus) === Math.max(last.anchor, last.focus);
        const { anchor, focus } = same ? last : (now ?? { anchor: 0, focus: 0 });
        const next = moveFocus(text, focus, caret.step, caret.direction, { sentences, paragraphs });
        selectFromTo(root, anchor, next);
        made.current = { anchor, focus: next };
        const chars = Math.abs(next - anchor);
        setCursor(`${chars.toLocaleString('en-US')} character${chars === 1 ? '' : 's'} selected`);
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
