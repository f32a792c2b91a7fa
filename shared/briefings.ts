import type { Briefing, BriefingExportFormat } from './briefing';

/** A briefing kept in the workspace: its id, the analyst's name for it, and what it says. */
export type StoredBriefing = {
  /** "B3": stable while the briefing exists. */
  id: string;
  /** Unique in the workspace; how the picker and `parley export --briefing` name it. */
  name: string;
  briefing: Briefing;
  updatedAt: string;
};

/** One row of the briefing picker. */
export type BriefingSummary = { id: string; name: string; title: string; updatedAt: string };

/** `briefing:save`: a new briefing (no id) or the whole of an existing one. */
export type BriefingSaveRequest = { id?: string; name: string; briefing: Briefing };

/** An export as the browser host hands it to the page to download. */
export type BriefingExportFile = { fileName: string; mime: string; base64: string };

/** `briefing:progress`: how far an export has got; `failed` leaves no file behind. */
export type BriefingExportProgress = {
  format: BriefingExportFormat;
  phase: 'collecting' | 'rendering' | 'writing' | 'done' | 'failed';
  /** For `failed`: why. */
  message: string | null;
};

export const briefingMimeTypes: Record<BriefingExportFormat, string> = {
  md: 'text/markdown',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** "Ceasefire talks 2025-04-22.pdf": the title with characters no file system takes dropped. */
export function briefingFileName(briefing: Briefing, format: BriefingExportFormat): string {
  const title =
    briefing.title
      .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 120) || 'Briefing';
  return `${title} ${briefing.asOf}.${format}`;
}
