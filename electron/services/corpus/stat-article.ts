import { stat } from 'node:fs/promises';
import path from 'node:path';
import { isHiddenName, whyNotAnArticle } from './article-candidate';
import type { FoundFile } from './walk';

/** What the folder walk would make of one file: an article to read, a skip with its reason, or nothing. */
export type StatVerdict = { file: FoundFile } | { skipped: string } | { gone: true };

/**
 * What the scan would make of one changed file: index it, list it as skipped with the walker's
 * reason, or forget it (gone, hidden, not a regular file: the walker would not list those either).
 * `relPath` is relative to `folder`, with `/` separators.
 */
export async function statArticle(
  folder: string,
  relPath: string,
  maxFileBytes: number,
): Promise<StatVerdict> {
  const segments = relPath.split('/');
  if (segments.some(isHiddenName)) return { gone: true };
  const absPath = path.join(folder, relPath);
  try {
    const info = await stat(absPath);
    if (!info.isFile()) return { gone: true };
    const reason = whyNotAnArticle(segments.at(-1) ?? '', info.size, maxFileBytes);
    if (reason) return { skipped: reason };
    return { file: { relPath, absPath, size: info.size, mtimeMs: info.mtimeMs } };
  } catch {
    return { gone: true };
  }
}
