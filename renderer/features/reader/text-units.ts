import { paragraphsOf } from '../../../shared/sentences';
import type { TextSelection } from './use-text-selection';

export { paragraphsOf, sentencesOf } from '../../../shared/sentences';

/** Longer than this (in characters or paragraphs) and a pin asks first: it is rarely meant. */
export const LONG_PASSAGE = { chars: 1200, paragraphs: 3 } as const;

/**
 * The unit after (`direction` 1) or before (-1) the one starting at `from`; with no current
 * unit (null), the first or the last. Stays put at either end.
 */
export function stepUnit(
  units: readonly TextSelection[],
  from: number | null,
  direction: 1 | -1,
): TextSelection | null {
  if (units.length === 0) return null;
  if (from === null) return (direction === 1 ? units[0] : units[units.length - 1]) ?? null;
  if (direction === 1) return units.find((u) => u.start > from) ?? units[units.length - 1] ?? null;
  return units.findLast((u) => u.start < from) ?? units[0] ?? null;
}

/** How many paragraphs [start, end) touches. */
export function paragraphCount(text: string, range: TextSelection): number {
  return paragraphsOf(text).filter((p) => p.end > range.start && p.start < range.end).length;
}

/** True when [start, end) is long enough that pinning it is probably a slip (Ctrl+A, a wild drag). */
export function isLongPassage(text: string, range: TextSelection): boolean {
  return (
    range.end - range.start > LONG_PASSAGE.chars ||
    paragraphCount(text, range) > LONG_PASSAGE.paragraphs
  );
}
