import {
  flagLabels,
  stanceLabels,
  type MatrixExportFormat,
  type MatrixTable,
  type MatrixView,
} from '../../../shared/matrix';
import { safeCsv } from '../quotes/export';

/**
 * The matrix as a table: one row per party, one column per issue, each cell its stance word, as-of
 * date, evidence quote ids and flags. The briefing's matrix section is rendered from this.
 */
export function matrixTable(view: MatrixView): MatrixTable {
  const cells = new Map(view.cells.map((c) => [`${c.party}\u0000${c.issue}`, c]));
  return {
    asOf: view.asOf,
    columns: view.issues.map((i) => ({ id: i.id, name: i.name, proposition: i.proposition })),
    rows: view.parties.map((p) => ({
      id: p.id,
      name: p.name,
      cells: view.issues.map((i) => {
        const cell = cells.get(`${p.id}\u0000${i.id}`);
        const stance = cell?.stance ?? 'unknown';
        return {
          stance,
          label: stanceLabels[stance],
          asOf: cell?.asOf ?? null,
          quoteIds: cell?.evidence.map((e) => e.quoteId) ?? [],
          flags: cell?.flags ?? ['no-evidence'],
        };
      }),
    })),
  };
}

export const matrixCsvColumns = [
  'party',
  'issue',
  'proposition',
  'stance',
  'summary',
  'asOf',
  'supports',
  'contradicts',
  'origins',
  'flags',
  'note',
] as const;

/** One record per cell, through the quotes export's safe CSV writer. */
export function matrixToCsv(view: MatrixView): string {
  const party = new Map(view.parties.map((p) => [p.id, p.name]));
  const issue = new Map(view.issues.map((i) => [i.id, i]));
  const rows = view.cells.map((c) => [
    party.get(c.party) ?? c.party,
    issue.get(c.issue)?.name ?? c.issue,
    issue.get(c.issue)?.proposition ?? '',
    stanceLabels[c.stance],
    c.summary,
    c.asOf ?? '',
    c.evidence
      .filter((e) => e.relation === 'supports')
      .map((e) => e.quoteId)
      .join('; '),
    c.evidence
      .filter((e) => e.relation === 'contradicts')
      .map((e) => e.quoteId)
      .join('; '),
    String(c.origins),
    c.flags.map((f) => flagLabels[f]).join('; '),
    c.note,
  ]);
  return safeCsv(matrixCsvColumns, rows);
}

/** The CLI's and the JSON export's shape: names rather than ids, evidence as quote + relation. */
export function matrixJson(view: MatrixView) {
  const party = new Map(view.parties.map((p) => [p.id, p.name]));
  const issue = new Map(view.issues.map((i) => [i.id, i.name]));
  return {
    asOf: view.asOf,
    parties: view.parties.map((p) => p.name),
    issues: view.issues.map((i) => ({ name: i.name, proposition: i.proposition })),
    cells: view.cells.map((c) => ({
      party: party.get(c.party) ?? c.party,
      issue: issue.get(c.issue) ?? c.issue,
      stance: c.stance,
      asOf: c.asOf,
      summary: c.summary,
      evidence: c.evidence.map((e) => ({ quote: e.quoteId, relation: e.relation })),
      origins: c.origins,
      flags: c.flags,
    })),
  };
}

/** The matrix in the chosen export format. */
export function matrixAs(format: MatrixExportFormat, view: MatrixView): string {
  return format === 'csv' ? matrixToCsv(view) : `${JSON.stringify(matrixJson(view), null, 2)}\n`;
}
