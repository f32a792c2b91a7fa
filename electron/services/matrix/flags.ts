import type { EvidenceRelation, MatrixFlag } from '../../../shared/matrix';
import { dayNumber } from '../origins/groups';

/** What the flags are derived from: the cell's evidence as it stands on the reference date. */
export type FlagFacts = {
  evidence: readonly {
    relation: EvidenceRelation;
    date: string | null;
    originKey: string;
    anonymous: boolean;
  }[];
  /** The date the cell is read on (the as-of date asked, else today). */
  reference: string;
  staleDays: number;
};

/** One rule per flag, in the order the grid shows them. */
const rules: readonly { flag: MatrixFlag; applies(facts: FlagFacts): boolean }[] = [
  { flag: 'no-evidence', applies: ({ evidence }) => evidence.length === 0 },
  {
    flag: 'single-origin',
    applies: ({ evidence }) => new Set(evidence.map((e) => e.originKey)).size === 1,
  },
  {
    flag: 'anonymous-only',
    applies: ({ evidence }) => evidence.length > 0 && evidence.every((e) => e.anonymous),
  },
  {
    flag: 'conflicting',
    applies: ({ evidence }) =>
      evidence.some((e) => e.relation === 'supports') &&
      evidence.some((e) => e.relation === 'contradicts'),
  },
  {
    flag: 'stale',
    applies: ({ evidence, reference, staleDays }) => {
      const newest = newestDay(evidence.map((e) => e.date));
      const today = dayNumber(reference);
      // Undated evidence cannot be placed in time, so it never makes a cell stale (or fresh).
      return newest !== null && today !== null && today - newest > staleDays;
    },
  },
];

/** The flags a cell carries, derived on every read and never stored. */
export function cellFlags(facts: FlagFacts): MatrixFlag[] {
  return rules.filter((rule) => rule.applies(facts)).map((rule) => rule.flag);
}

/** The newest of some ISO dates as a day number, or null when none can be read. */
function newestDay(dates: readonly (string | null)[]): number | null {
  let newest: number | null = null;
  for (const date of dates) {
    const day = dayNumber(date);
    if (day !== null && (newest === null || day > newest)) newest = day;
  }
  return newest;
}

/** The newest of some ISO dates (the day, YYYY-MM-DD, as written), or null. */
export function newestDate(dates: readonly (string | null)[]): string | null {
  let best: string | null = null;
  let bestDay: number | null = null;
  for (const date of dates) {
    const day = dayNumber(date);
    if (date === null || day === null) continue;
    if (bestDay === null || day > bestDay) {
      best = date.slice(0, 10);
      bestDay = day;
    }
  }
  return best;
}

/** True when `date` falls on or before `limit` (both ISO); an unreadable date never does. */
export function onOrBefore(date: string | null, limit: string): boolean {
  const day = dayNumber(date);
  const last = dayNumber(limit);
  return day !== null && last !== null && day <= last;
}
