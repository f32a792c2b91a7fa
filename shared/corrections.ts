/** The article fields an analyst may correct; the files are never written. */
export const correctableFields = ['title', 'outlet', 'byline', 'published'] as const;
export type CorrectableField = (typeof correctableFields)[number];

/** How the reader names each field ("publisher" is the article's outlet). */
export const correctableFieldNames: Record<CorrectableField, string> = {
  title: 'title',
  outlet: 'publisher',
  byline: 'byline',
  published: 'date',
};

/** An analyst's value for a field; null states "unknown" (not allowed for a title). */
export type CorrectionValues = Partial<Record<CorrectableField, string | null>>;

/** What `article:correct` takes: fields to set and fields whose correction to clear, one undoable edit. */
export type CorrectionRequest = {
  articleId: string;
  set?: CorrectionValues;
  clear?: CorrectableField[];
};

/** One stored correction: the analyst's value, and what the article said when it was corrected. */
export type ArticleCorrection = {
  articleId: string;
  field: CorrectableField;
  value: string | null;
  /** The value extracted from the file (or its sidecar) at the time of the correction. */
  extractedAtCorrection: string | null;
  correctedAt: string;
};

/**
 * On an article's metadata, per corrected field: the value the file (or sidecar) gives now, which
 * the correction replaces.
 */
export type CorrectedFields = Partial<Record<CorrectableField, { extracted: string | null }>>;

/** "2025-04-22" that is a real calendar day; the corrected date must be one. */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
