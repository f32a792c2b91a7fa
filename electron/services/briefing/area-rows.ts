import type { BriefingMatrixTable, BriefingOutletRow } from '../../../shared/briefing';
import type { MatrixTable } from '../../../shared/matrix';
import { outletKindLabels, reliabilityLabels, type Outlet } from '../../../shared/outlets';

/** The outlets section's rows: every outlet the notebook lists, most articles first, with its grade in words. */
export function briefingOutletRows(outlets: readonly Outlet[]): BriefingOutletRow[] {
  return [...outlets]
    .sort((a, b) => b.stats.articles - a.stats.articles || a.name.localeCompare(b.name))
    .map((outlet) => {
      const grade = outlet.grade?.grade ?? null;
      return {
        name: outlet.name,
        grade,
        gradeLabel: grade === null ? null : reliabilityLabels[grade],
        kind: outletKindLabels[outlet.kind],
        articles: outlet.stats.articles,
      };
    });
}

/**
 * The matrix section's table from the matrix area's: parties × issues with the stance in words;
 * a cell with no stance and no evidence is left empty rather than printed as "unknown".
 */
export function briefingMatrixTable(table: MatrixTable): BriefingMatrixTable {
  return {
    asOf: table.asOf,
    parties: table.rows.map((row) => row.name),
    issues: table.columns.map((column) => ({
      name: column.name,
      proposition: column.proposition,
    })),
    cells: table.rows.map((row) =>
      row.cells.map((cell) =>
        cell.stance === 'unknown' && cell.quoteIds.length === 0
          ? null
          : { stance: cell.label, quoteIds: cell.quoteIds },
      ),
    ),
  };
}
