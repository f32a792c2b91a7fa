import type { CellEvidence, MatrixCell, MatrixIssue, MatrixParty } from '../../../shared/matrix';
import { cellFlags, newestDate, onOrBefore } from './flags';
import type { CellRow, EvidenceRow, HistoryRow } from './repo';
import type { EvidenceSourcing } from './sourcing';

/** Everything a read of the matrix is built from: stored rows and what other areas say of the quotes. */
export type CellInputs = {
  parties: readonly MatrixParty[];
  issues: readonly MatrixIssue[];
  cells: readonly CellRow[];
  evidence: readonly EvidenceRow[];
  history: readonly HistoryRow[];
  /** Quote id → its article's date as corrected. */
  dates: ReadonlyMap<string, string | null>;
  /** Quote id → its independent origin and whether it is anonymously sourced. */
  sourcing: ReadonlyMap<string, EvidenceSourcing>;
  /** Read the matrix as it stood on this day; null reads it as it stands now. */
  asOf: string | null;
  /** Today (YYYY-MM-DD): the reference for "stale" when no as-of date is asked. */
  today: string;
  staleDays: number;
};

const cellKey = (party: string, issue: string): string => `${party}\u0000${issue}`;

/** Groups rows by their cell. */
function byCell<T extends { party: string; issue: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const key = cellKey(row.party, row.issue);
    const list = out.get(key);
    if (list) list.push(row);
    else out.set(key, [row]);
  }
  return out;
}

/**
 * Every party × issue cell, in grid order (party by party, issues left to right). Read now, a cell
 * is its stored values and every link; read as of day D, it is the latest "set" history entry
 * taking effect on or before D, with only the evidence whose article is dated on or before D.
 */
export function buildCells(input: CellInputs): MatrixCell[] {
  const cells = new Map(input.cells.map((c) => [cellKey(c.party, c.issue), c]));
  const evidence = byCell(input.evidence);
  const history = byCell(input.history.filter((h) => h.kind === 'set'));
  const out: MatrixCell[] = [];
  for (const party of input.parties) {
    for (const issue of input.issues) {
      const key = cellKey(party.id, issue.id);
      out.push(
        cellAt(
          input,
          party.id,
          issue.id,
          cells.get(key),
          evidence.get(key) ?? [],
          history.get(key) ?? [],
        ),
      );
    }
  }
  return out;
}

/** One cell as read on `input.asOf` (see buildCells). */
export function cellAt(
  input: Pick<CellInputs, 'dates' | 'sourcing' | 'asOf' | 'today' | 'staleDays'>,
  party: string,
  issue: string,
  stored: CellRow | undefined,
  links: readonly EvidenceRow[],
  sets: readonly HistoryRow[],
): MatrixCell {
  const { asOf } = input;
  const all = links.map((link) => toEvidence(link, input));
  const evidence = asOf === null ? all : all.filter((e) => onOrBefore(e.date, asOf));
  const newest = newestDate(evidence.map((e) => e.date));
  const base = { party, issue, evidence, origins: new Set(evidence.map((e) => e.originKey)).size };
  const flags = cellFlags({
    evidence,
    reference: asOf ?? input.today,
    staleDays: input.staleDays,
  });
  const strip = evidence.map(({ originKey: _key, ...e }) => e);
  if (asOf === null) {
    return {
      ...base,
      evidence: strip,
      stance: stored?.stance ?? 'unknown',
      summary: stored?.summary ?? '',
      asOf: stored?.asOf ?? newest,
      asOfSet: stored?.asOf != null,
      note: stored?.note ?? '',
      flags,
      updatedAt: stored?.updatedAt ?? null,
    };
  }
  const entry = latestEffective(sets, asOf);
  return {
    ...base,
    evidence: strip,
    stance: entry?.stance ?? 'unknown',
    summary: entry?.summary ?? '',
    asOf: entry?.effective ?? newest,
    asOfSet: false,
    note: entry?.note ?? '',
    flags,
    updatedAt: entry?.at ?? null,
  };
}

/** The history entry in force on `day`: the latest effective date on or before it, later records winning ties. */
export function latestEffective(
  entries: readonly HistoryRow[],
  day: string,
): HistoryRow | undefined {
  let best: HistoryRow | undefined;
  for (const entry of entries) {
    if (!onOrBefore(entry.effective, day)) continue;
    if (
      !best ||
      entry.effective > best.effective ||
      (entry.effective === best.effective && entry.id > best.id)
    )
      best = entry;
  }
  return best;
}

function toEvidence(
  link: EvidenceRow,
  input: Pick<CellInputs, 'dates' | 'sourcing'>,
): CellEvidence & { originKey: string } {
  const sourcing = input.sourcing.get(link.quoteId);
  return {
    quoteId: link.quoteId,
    relation: link.relation,
    date: input.dates.has(link.quoteId) ? (input.dates.get(link.quoteId) ?? null) : link.published,
    exact: link.exact,
    articleId: link.articleId,
    outlet: link.outlet,
    title: link.title,
    originKey: sourcing?.originKey ?? `article:${link.articleId}`,
    origin: sourcing?.originName ?? `${link.outlet ?? 'unknown outlet'} (own reporting)`,
    anonymous: sourcing?.anonymous ?? false,
    linkedAt: link.linkedAt,
  };
}
