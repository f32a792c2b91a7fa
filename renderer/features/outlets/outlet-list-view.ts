import {
  reliabilityLabels,
  type Outlet,
  type ReliabilityGrade,
  type TrackRecordEntry,
  type TrackRecordKind,
} from '../../../shared/outlets';

export type OutletSort = 'name' | 'grade' | 'articles' | 'origin';

export const outletSorts: [OutletSort, string][] = [
  ['articles', 'Articles'],
  ['origin', 'As origin'],
  ['grade', 'Grade'],
  ['name', 'Name'],
];

/** The grade as the list reads it aloud: "B, Usually reliable", or "Not graded". */
export function gradeWording(grade: ReliabilityGrade | null | undefined): string {
  return grade ? `${grade}, ${reliabilityLabels[grade]}` : 'Not graded';
}

const byName = (a: Outlet, b: Outlet) => a.name.localeCompare(b.name);

/** Outlets whose name, an alias or a domain holds `text` (case-insensitive), in `sort` order. */
export function listOutlets(outlets: Outlet[], text: string, sort: OutletSort): Outlet[] {
  const needle = text.trim().toLowerCase();
  const shown = needle
    ? outlets.filter((o) =>
        [o.name, ...o.aliases, ...o.domains].some((s) => s.toLowerCase().includes(needle)),
      )
    : [...outlets];
  const compare: Record<OutletSort, (a: Outlet, b: Outlet) => number> = {
    name: byName,
    // Graded A first, ungraded last; the same grade by name.
    grade: (a, b) => (a.grade?.grade ?? 'Z').localeCompare(b.grade?.grade ?? 'Z') || byName(a, b),
    articles: (a, b) => b.stats.articles - a.stats.articles || byName(a, b),
    origin: (a, b) => b.stats.asOrigin - a.stats.asOrigin || byName(a, b),
  };
  return shown.sort(compare[sort]);
}

/** Track-record entries of one kind (or all), newest first; entries of one day by id, newest first. */
export function recordEntries(
  record: TrackRecordEntry[],
  kind: TrackRecordKind | '',
): TrackRecordEntry[] {
  const idNumber = (entry: TrackRecordEntry) => Number(entry.id.slice(1));
  return record
    .filter((entry) => kind === '' || entry.kind === kind)
    .sort((a, b) => b.date.localeCompare(a.date) || idNumber(b) - idNumber(a));
}

/** A share (0…1) as a whole percentage, "—" when there is nothing to share. */
export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)} %`;
}
