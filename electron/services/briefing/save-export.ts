import { basename } from 'node:path';
import type { BriefingExportFormat } from '../../../shared/briefing';
import { describeError } from '../../../shared/error-message';
import { DomainError } from '../errors';
import type { HostHooks } from '../handlers';
import { writeFileAtomic } from '../platform/atomic-write';
import { storageError } from '../workspace';

/**
 * Writes an export's bytes to `file` through a temporary sibling: the file appears whole or not at
 * all, and an earlier file of that name stays as it was. A failure says so in one sentence.
 */
export async function writeExportFile(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(file, [bytes]);
  } catch (error) {
    const failed = `${basename(file)} was not written`;
    throw (
      storageError(error, failed) ??
      new DomainError('unreadable', `${failed}: ${describeError(error)}. No file was left behind.`)
    );
  }
}

/**
 * Saves a briefing export where the host's save dialog says (the Electron shell's native one,
 * injected): null when the host has no dialog or the analyst cancels, and then nothing is rendered
 * or written. `render` makes the file's bytes and hands them to the write it is given, so the
 * caller can report each phase; a failed render or write leaves no file behind.
 */
export async function saveBriefingExport(
  host: Pick<HostHooks, 'pickExportFile'>,
  format: BriefingExportFormat,
  suggestedName: string,
  render: (write: (bytes: Uint8Array) => Promise<void>) => Promise<unknown>,
): Promise<string | null> {
  const file = await host.pickExportFile?.(format, suggestedName, 'Export briefing');
  if (!file) return null;
  await render((bytes) => writeExportFile(file, bytes));
  return file;
}
