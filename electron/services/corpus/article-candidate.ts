import { articleExtensions, extensionOf } from './article-formats';

/** Largest file read by default; bigger files are skipped rather than loaded into memory. */
export const defaultMaxFileBytes = 20 * 1024 * 1024;

const documentationName =
  /^(?:readme|licen[cs]e|changelog|changes|copying|notice|authors|contributing)(?:\.[^.]*)?$/i;

/** True for a dot-name: hidden files and folders are never read. */
export const isHiddenName = (name: string): boolean => name.startsWith('.');

/**
 * Why a regular file with this name and size is not an article to read, or null when it is one.
 * The one rule for the folder walk and for single changed files, so both see the same corpus.
 */
export function whyNotAnArticle(
  name: string,
  size: number,
  maxFileBytes = defaultMaxFileBytes,
): string | null {
  if (documentationName.test(name)) return 'folder documentation, not an article';
  const ext = extensionOf(name);
  if (!articleExtensions.includes(ext))
    return ext ? `unsupported file type ${ext}` : 'unsupported file type (no extension)';
  if (size === 0) return 'empty file';
  if (size > maxFileBytes)
    return `file too large (${formatBytes(size)}, limit ${formatBytes(maxFileBytes)})`;
  return null;
}

/** A human-sized byte count such as `20 MiB` or `512 B`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}
