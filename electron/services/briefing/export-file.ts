import { basename } from 'node:path';
import type { BriefingExportFormat } from '../../../shared/briefing';
import { buildBriefingDocument, defaultBriefing } from '../../../shared/briefing-document';
import { describeError } from '../../../shared/error-message';
import { DomainError } from '../errors';
import { storageError } from '../workspace';
import { writeFileAtomic } from '../platform/atomic-write';
import { renderBriefing } from './index';
import { briefingDataOfWorkspace } from './workspace-data';

export type BriefingExportReport = {
  file: string;
  bytes: number;
  footnotes: number;
  problems: string[];
};

/**
 * `parley export`: the workspace's briefing (today always the default one: every quote, the
 * matrix, origins and outlets) written to `out` through a temporary sibling, so a failure
 * leaves no half-written file.
 */
export async function exportBriefingFile(options: {
  workspace: string;
  briefing: string | null;
  format: BriefingExportFormat;
  out: string;
  asOf?: string;
}): Promise<BriefingExportReport> {
  if (options.briefing !== null) {
    throw new DomainError(
      'not-found',
      `No briefing named "${options.briefing}": this workspace has no stored briefings yet. Leave out --briefing to export the default briefing.`,
    );
  }
  const { name, data } = await briefingDataOfWorkspace(options.workspace);
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const doc = buildBriefingDocument(defaultBriefing(`${name} — briefing`, asOf), data);
  const bytes = await renderBriefing(doc, options.format);
  try {
    await writeFileAtomic(options.out, [bytes]);
  } catch (error) {
    const failed = `${basename(options.out)} was not written`;
    throw (
      storageError(error, failed) ??
      new DomainError('unreadable', `${failed}: ${describeError(error)}. No file was left behind.`)
    );
  }
  return {
    file: options.out,
    bytes: bytes.length,
    footnotes: doc.footnotes.length,
    problems: doc.problems,
  };
}
