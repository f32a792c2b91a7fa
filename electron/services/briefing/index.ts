import type { BriefingDocument, BriefingExportFormat } from '../../../shared/briefing';
import { briefingToDocx } from './docx';
import { briefingToHtml } from './html';
import { briefingToMarkdown } from './markdown';
import { briefingToPdf } from './pdf';

export { briefingToDocx, briefingToHtml, briefingToMarkdown, briefingToPdf };
export { briefingCsp, escapeHtml } from './html';

/** A resolved briefing in one export format, as the bytes of the file. */
export async function renderBriefing(
  doc: BriefingDocument,
  format: BriefingExportFormat,
): Promise<Uint8Array> {
  switch (format) {
    case 'md':
      return new TextEncoder().encode(briefingToMarkdown(doc));
    case 'html':
      return new TextEncoder().encode(briefingToHtml(doc));
    case 'docx':
      return briefingToDocx(doc);
    case 'pdf':
      return briefingToPdf(doc);
  }
}
