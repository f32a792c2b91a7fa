import { basename, extname } from 'node:path';
import type { Briefing, BriefingExportFormat } from '../../../shared/briefing';
import {
  buildBriefingDocument,
  defaultBriefing,
  type BriefingData,
} from '../../../shared/briefing-document';
import { DomainError } from '../errors';
import { openWorkspace } from '../workspace';
import { findBriefingByName, listBriefings } from './briefings';
import { renderBriefing } from './index';
import { writeExportFile } from './save-export';

export type BriefingExportReport = {
  file: string;
  bytes: number;
  footnotes: number;
  problems: string[];
};

/** The stored briefing called `name`, or a 'not-found' naming the briefings there are. */
function storedBriefing(workspace: string, name: string): Briefing {
  const ws = openWorkspace(workspace, { readOnly: true });
  try {
    const found = findBriefingByName(ws, name);
    if (found) return found.briefing;
    const names = listBriefings(ws).map((b) => `"${b.name}"`);
    throw new DomainError(
      'not-found',
      `No briefing named "${name}" in this workspace (${names.length > 0 ? `it has ${names.join(', ')}` : 'it has no stored briefings yet'}). Leave out --briefing to export the default briefing.`,
    );
  } finally {
    ws.close();
  }
}

const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * `parley export`: the workspace's briefing called `briefing` (none: the default one, every
 * quote, the matrix, origins and outlets) written to `out` through a temporary sibling, so a failure
 * leaves no half-written file.
 */
export async function exportBriefingFile(options: {
  workspace: string;
  briefing: string | null;
  format: BriefingExportFormat;
  out: string;
  asOf?: string;
  /** What the briefing cites as of its date, read from the workspace as the app reads it. */
  data: (asOf: string) => Promise<BriefingData>;
}): Promise<BriefingExportReport> {
  const stored =
    options.briefing === null ? null : storedBriefing(options.workspace, options.briefing);
  const name = basename(options.workspace, extname(options.workspace));
  const briefing = stored ?? defaultBriefing(`${name} — briefing`, options.asOf ?? today());
  const doc = buildBriefingDocument(briefing, await options.data(briefing.asOf));
  const bytes = await renderBriefing(doc, options.format);
  await writeExportFile(options.out, bytes);
  return {
    file: options.out,
    bytes: bytes.length,
    footnotes: doc.footnotes.length,
    problems: doc.problems,
  };
}
