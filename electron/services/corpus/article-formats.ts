import type { ArticleFormat } from '../../../shared/article';

// Which files are articles, by extension: kept apart from the parsers so a folder walk (which
// runs in its own worker) loads none of them.
const formats: Record<string, ArticleFormat> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** File extensions Parley reads as articles (compared case-insensitively). */
export const articleExtensions: readonly string[] = Object.keys(formats);

/** The lower-cased extension of a path's last segment, including the dot, or '' when it has none. */
export function extensionOf(relPath: string): string {
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** The article format a path's extension stands for, or null for anything else. */
export function formatOf(relPath: string): ArticleFormat | null {
  return formats[extensionOf(relPath)] ?? null;
}
