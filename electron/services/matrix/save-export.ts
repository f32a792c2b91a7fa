import type { MatrixExportFormat } from '../../../shared/matrix';
import { writeFileAtomic } from '../platform/atomic-write';
import type { HostHooks } from '../handlers';

/**
 * Saves the matrix export where the host's save dialog says: null when the host has no dialog
 * (the browser host, whose renderer downloads the text itself) or the analyst cancels, and then
 * nothing is read or written. The file is written atomically: a failed write leaves no file.
 */
export async function saveMatrixExport(
  pick: HostHooks['pickExportFile'],
  format: MatrixExportFormat,
  suggestedName: string,
  contents: () => Promise<string>,
): Promise<string | null> {
  const file = await pick?.(format, suggestedName, 'Export position matrix');
  if (!file) return null;
  await writeFileAtomic(file, await contents());
  return file;
}
