import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../../shared/article';
import { parseArticleBytes } from './parse-article';
import { codeOf, defaultMaxFileBytes, formatBytes, type FoundFile } from './walk';

export type ReadOutcome = { ok: true; article: Article } | { ok: false; reason: string };

/** Stable short key for a folder's real path (first 8 hex of sha-256). */
export function folderKey(realFolder: string): string {
  return createHash('sha256').update(realFolder).digest('hex').slice(0, 8);
}

/** `${folderKey}:${relPath}` */
export function articleId(realFolder: string, relPath: string): string {
  return `${folderKey(realFolder)}:${relPath}`;
}

// Non-blocking so a FIFO swapped in after the walk cannot hang the open; no-follow so a new symlink is not chased.
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** Reads, decodes and parses one found file into an Article (never throws; failures become reasons). */
export async function readArticle(
  folder: string,
  file: FoundFile,
  options: { maxFileBytes?: number } = {},
): Promise<ReadOutcome> {
  const maxFileBytes = options.maxFileBytes ?? defaultMaxFileBytes;
  let bytes: Buffer;
  let mtimeMs: number;
  try {
    const handle = await open(file.absPath, openFlags);
    try {
      // Check the opened file itself: the path may have been replaced since the walk.
      const info = await handle.stat();
      if (!info.isFile()) return { ok: false, reason: 'not a regular file' };
      if (info.size > maxFileBytes) {
        return {
          ok: false,
          reason: `file too large (${formatBytes(info.size)}, limit ${formatBytes(maxFileBytes)})`,
        };
      }
      bytes = await handle.readFile();
      mtimeMs = info.mtimeMs;
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, reason: readFailure(codeOf(error)) };
  }
  try {
    const parsed = parseArticleBytes(bytes, file.relPath);
    if ('skip' in parsed) return { ok: false, reason: parsed.skip };
    const absFolder = path.resolve(folder);
    const realFolder = await realpath(absFolder).catch(() => absFolder);
    const { title, outlet, byline, url, published, lang, format, encoding, text, words, warnings } =
      parsed;
    return {
      ok: true,
      article: {
        id: articleId(realFolder, file.relPath),
        folder: absFolder,
        path: file.relPath,
        title,
        outlet,
        byline,
        url,
        published,
        lang,
        format,
        encoding,
        words,
        hash: createHash('sha256').update(bytes).digest('hex'),
        size: bytes.length,
        mtimeMs,
        warnings,
        text,
      },
    };
  } catch (error) {
    // Parsers are meant not to throw; if one does on hostile input, the file is reported, never the walk stopped.
    return {
      ok: false,
      reason: `could not parse: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function readFailure(code: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'unreadable (permission denied)';
    case 'ENOENT':
      return 'file no longer exists';
    case 'ELOOP':
      return 'file became a symlink';
    case 'EISDIR':
      return 'not a regular file';
    default:
      return `unreadable (${code})`;
  }
}
