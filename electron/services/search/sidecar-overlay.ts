import type { ArticleMeta } from '../../../shared/article';
import { parseStatedDate } from '../corpus/dates';
import type { Sidecar, SidecarMeta } from '../corpus/index';

const isoDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A sidecar date as the index keeps dates (ISO 8601; a bare year stays a year), or null. */
function sidecarDate(value: string): string | null {
  const trimmed = value.trim();
  return isoDate.test(trimmed) ? trimmed : parseStatedDate(trimmed);
}

/**
 * An article's metadata with its sidecar row laid over it. Precedence: what the file itself
 * states (front matter, HTML metadata, explicit `Outlet:`/`By`/`URL:`/date lines of a plain-text
 * file) wins wherever it has a value; the sidecar fills every field the file leaves empty, and
 * replaces the title of a plain-text file, which is only guessed from its first line.
 */
export function overlaySidecar(doc: ArticleMeta, row: SidecarMeta | undefined): ArticleMeta {
  if (!row) return doc;
  const published = row.published === undefined ? null : sidecarDate(row.published);
  const titleGuessed = doc.format === 'text' || doc.title.trim() === '';
  return {
    ...doc,
    title: row.title !== undefined && titleGuessed ? row.title : doc.title,
    outlet: doc.outlet ?? row.outlet ?? null,
    byline: doc.byline ?? row.byline ?? null,
    url: doc.url ?? row.url ?? null,
    published: doc.published ?? published,
  };
}

/** The row a sidecar has for an article path, if any. */
export function sidecarRow(sidecar: Sidecar | null, relPath: string): SidecarMeta | undefined {
  return sidecar?.byPath.get(relPath);
}
