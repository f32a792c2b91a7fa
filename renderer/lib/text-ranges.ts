import type { TextRange } from '../../shared/search';

/** A run of text that is either plain or one highlighted match (`hit` numbers the matches from 0). */
export type TextSegment = { text: string; start: number; hit: number | null };

/** Sorts ranges, clamps them to the text and merges overlaps, so each range is one visible match. */
export function normalizeRanges(ranges: readonly TextRange[], length: number): TextRange[] {
  const clamped = ranges
    .map((r) => ({
      start: Math.max(0, Math.min(r.start, length)),
      end: Math.max(0, Math.min(r.end, length)),
    }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of clamped) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Splits text into plain and highlighted segments; ranges must be normalised. */
export function splitByRanges(text: string, ranges: readonly TextRange[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  ranges.forEach((range, hit) => {
    if (range.start > cursor)
      segments.push({ text: text.slice(cursor, range.start), start: cursor, hit: null });
    segments.push({ text: text.slice(range.start, range.end), start: range.start, hit });
    cursor = range.end;
  });
  if (cursor < text.length) segments.push({ text: text.slice(cursor), start: cursor, hit: null });
  return segments;
}
