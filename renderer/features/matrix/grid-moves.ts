/** A cell position in the grid: row (issue) and column (party), from 0. */
export type GridPosition = { row: number; column: number };

/**
 * Where a key moves the grid's focus from `at`: arrows by one cell (stopping at the edges), Home
 * and End to the row's ends, and with Ctrl to the grid's corners; null for any other key.
 */
export function gridMove(
  key: string,
  at: GridPosition,
  size: { rows: number; columns: number },
  ctrl = false,
): GridPosition | null {
  const lastRow = size.rows - 1;
  const lastColumn = size.columns - 1;
  if (lastRow < 0 || lastColumn < 0) return null;
  const clamp = (row: number, column: number): GridPosition => ({
    row: Math.max(0, Math.min(lastRow, row)),
    column: Math.max(0, Math.min(lastColumn, column)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp(at.row - 1, at.column);
    case 'ArrowDown':
      return clamp(at.row + 1, at.column);
    case 'ArrowLeft':
      return clamp(at.row, at.column - 1);
    case 'ArrowRight':
      return clamp(at.row, at.column + 1);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(at.row, 0);
    case 'End':
      return ctrl ? clamp(lastRow, lastColumn) : clamp(at.row, lastColumn);
    default:
      return null;
  }
}
