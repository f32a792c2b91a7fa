import type { TextSelection } from './use-text-selection';

/** How far one Shift+Arrow press moves the selection's moving end. */
export type CaretStep = 'character' | 'word' | 'sentence' | 'paragraph';

const WORD_CHAR = /[\p{L}\p{N}\p{M}'’_-]/u;
const isWordChar = (char: string | undefined): boolean =>
  char !== undefined && WORD_CHAR.test(char);
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** One character on from `at` (a surrogate pair counts as one), kept inside the text. */
function moveCharacter(text: string, at: number, direction: 1 | -1): number {
  let next = Math.min(Math.max(at + direction, 0), text.length);
  if (next > 0 && next < text.length && isLowSurrogate(text.charCodeAt(next))) next += direction;
  return next;
}

/** To the end of the next word (forward) or the start of this or the previous one (back). */
function moveWord(text: string, at: number, direction: 1 | -1): number {
  let i = at;
  if (direction === 1) {
    while (i < text.length && !isWordChar(text[i])) i += 1;
    while (i < text.length && isWordChar(text[i])) i += 1;
  } else {
    while (i > 0 && !isWordChar(text[i - 1])) i -= 1;
    while (i > 0 && isWordChar(text[i - 1])) i -= 1;
  }
  return i;
}

/** To the end of the unit `at` is in or before (forward), or the start of the one it is in or after (back). */
function moveUnit(units: readonly TextSelection[], at: number, direction: 1 | -1, length: number) {
  if (direction === 1) return units.find((u) => u.end > at)?.end ?? length;
  return units.findLast((u) => u.start < at)?.start ?? 0;
}

/**
 * Where the moving end of a keyboard selection goes on one Shift+Arrow press, the way caret
 * browsing extends a selection: by a character, a word, or to a sentence's or paragraph's end
 * (forward) or start (back).
 */
export function moveFocus(
  text: string,
  at: number,
  step: CaretStep,
  direction: 1 | -1,
  units: { sentences: readonly TextSelection[]; paragraphs: readonly TextSelection[] },
): number {
  if (step === 'character') return moveCharacter(text, at, direction);
  if (step === 'word') return moveWord(text, at, direction);
  const list = step === 'sentence' ? units.sentences : units.paragraphs;
  return moveUnit(list, at, direction, text.length);
}

/** The step a key press asks for, or null when it is no selection-extending key. */
export function caretStepOf(event: {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): { step: CaretStep; direction: 1 | -1 } | null {
  if (!event.shiftKey || event.altKey) return null;
  const byWord = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowRight':
      return { step: byWord ? 'word' : 'character', direction: 1 };
    case 'ArrowLeft':
      return { step: byWord ? 'word' : 'character', direction: -1 };
    case 'ArrowDown':
      return { step: byWord ? 'paragraph' : 'sentence', direction: 1 };
    case 'ArrowUp':
      return { step: byWord ? 'paragraph' : 'sentence', direction: -1 };
    default:
      return null;
  }
}
