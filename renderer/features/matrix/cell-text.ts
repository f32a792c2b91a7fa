import {
  flagLabels,
  stanceLabels,
  type MatrixCell,
  type MatrixFlag,
  type MatrixIssue,
  type MatrixParty,
} from '../../../shared/matrix';
import { plural } from '../../lib/format';

/** A flag's glyph in the grid; the glyph is hidden from screen readers, which read `flagLabels`. */
export const flagGlyphs: Record<MatrixFlag, string> = {
  'no-evidence': '∅',
  'single-origin': '1',
  'anonymous-only': '?',
  conflicting: '≠',
  stale: '◷',
};

/** "2 quotes · 1 origin"; "no quotes" for an empty cell. */
export function evidenceCount(cell: Pick<MatrixCell, 'evidence' | 'origins'>): string {
  if (cell.evidence.length === 0) return 'no quotes';
  return `${plural(cell.evidence.length, 'quote')} · ${plural(cell.origins, 'origin')}`;
}

/** True for a cell nobody has filled: no stance, summary, date, note or evidence. */
const isEmpty = (cell: MatrixCell): boolean =>
  cell.stance === 'unknown' &&
  cell.evidence.length === 0 &&
  cell.summary === '' &&
  cell.note === '' &&
  cell.asOf === null;

/**
 * What a screen reader hears on a cell: where it is, the stance, the evidence and every flag;
 * an empty cell only where it is and "no evidence", so a row of them reads quickly.
 */
export function cellAccessibleName(
  party: MatrixParty,
  issue: MatrixIssue,
  cell: MatrixCell,
): string {
  if (isEmpty(cell)) return `${party.name} × ${issue.name}: ${flagLabels['no-evidence']}`;
  const flags = cell.flags.map((flag) => flagLabels[flag]);
  return [
    `${party.name} × ${issue.name}: ${stanceLabels[cell.stance]}`,
    evidenceCount(cell),
    ...(cell.asOf ? [`as of ${cell.asOf}`] : []),
    ...flags,
  ].join(', ');
}

/** The key of a cell in maps and DOM ids. */
export const cellKey = (party: string, issue: string): string => `${party}\u001f${issue}`;
