import { hash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../../shared/article';
import { parseArticleBytes } from './parse-article';
import { codeOf, defaultMaxFileBytes, formatBytes, type FoundFile } from './walk';
import { describeError } from '../../../shared/error-message';

export type ReadOutcome = { ok: true; article: Article } | { ok: false; reason: string };

// Every article of a folder asks for the same key: the last one is remembered.
let lastFolder: string | null = null;
let lastKey = '';

/** Stable short key for a folder's real path (first 8 hex of sha-256). */
export function folderKey(realFolder: string): string {
  if (realFolder !== lastFolder) {
    lastFolder = realFolder;
    lastKey = hash('sha256', realFolder).slice(0, 8);
  }
  return lastKey;
}

/** `${folderKey}:${relPath}` */
export function articleId(realFolder: string, relPath: string): string {
  return `${folderKey(realFolder)}:${relPath}`;
}

// Non-blocking so a FIFO swapped in after the walk cannot hang the open; no-follow so a new symlink is not chased.
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

type ReadOptions = {
  maxFileBytes?: number;
  /** The folder's real path when the caller knows it (saves resolving it for every file). */
  realFolder?: string;
};

type RawFile = { ok: true; bytes: Buffer; mtimeMs: number } | { ok: false; reason: string };

function tooLarge(size: number, maxFileBytes: number): string | null {
  return size > maxFileBytes
    ? `file too large (${formatBytes(size)}, limit ${formatBytes(maxFileBytes)})`
    : null;
}

/** Reads, decodes and parses one found file into an Article (never throws; failures become reasons). */
export async function readArticle(
  folder: string,
  file: FoundFile,
  options: ReadOptions = {},
): Promise<ReadOutcome> {
  const maxFileBytes = options.maxFileBytes ?? defaultMaxFileBytes;
  let raw: RawFile;
  try {
    const handle = await open(file.absPath, openFlags);
    try {
      // Check the opened file itself: the path may have been replaced since the walk.
      const info = await handle.stat();
      const large = tooLarge(info.size, maxFileBytes);
      if (!info.isFile()) raw = { ok: false, reason: 'not a regular file' };
      else if (large) raw = { ok: false, reason: large };
      else raw = { ok: true, bytes: await handle.readFile(), mtimeMs: info.mtimeMs };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, reason: readFailure(codeOf(error)) };
  }
  if (!raw.ok) return raw;
  const absFolder = path.resolve(folder);
  const realFolder = options.realFolder ?? (await realpath(absFolder).catch(() => absFolder));
  return articleOf(absFolder, realFolder, file, raw.bytes, raw.mtimeMs);
}

/**
 * readArticle with blocking I/O, for build workers: a small file costs four thread-pool round trips
 * when read asynchronously, several times the cost of the reads themselves.
 */
export function readArticleSync(
  folder: string,
  file: FoundFile,
  options: ReadOptions = {},
): ReadOutcome {
  const maxFileBytes = options.maxFileBytes ?? defaultMaxFileBytes;
  let raw: RawFile;
  try {
    const fd = openSync(file.absPath, openFlags);
    try {
      const info = fstatSync(fd);
      const large = tooLarge(info.size, maxFileBytes);
      if (!info.isFile()) raw = { ok: false, reason: 'not a regular file' };
      else if (large) raw = { ok: false, reason: large };
      else raw = { ok: true, bytes: readOpenFile(fd, info.size), mtimeMs: info.mtimeMs };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { ok: false, reason: readFailure(codeOf(error)) };
  }
  if (!raw.ok) return raw;
  const absFolder = path.resolve(folder);
  let realFolder = options.realFolder;
  if (realFolder === undefined) {
    try {
      realFolder = realpathSync(absFolder);
    } catch {
      realFolder = absFolder;
    }
  }
  return articleOf(absFolder, realFolder, file, raw.bytes, raw.mtimeMs);
}

/** What readFileSync(fd) returns for a regular file of `size` bytes, without stat'ing it again. */
function readOpenFile(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let done = 0;
  while (done < size) {
    const n = readSync(fd, bytes, done, size - done, null);
    if (n === 0) break;
    done += n;
  }
  return done < size ? bytes.subarray(0, done) : bytes;
}

function articleOf(
  absFolder: string,
  realFolder: string,
  file: FoundFile,
  bytes: Buffer,
  mtimeMs: number,
): ReadOutcome {
  try {
    const parsed = parseArticleBytes(bytes, file.relPath);
    if ('skip' in parsed) return { ok: false, reason: parsed.skip };
    const { title, outlet, credit, byline, url, published, lang, format, encoding, text, words } =
      parsed;
    const { warnings } = parsed;
    return {
      ok: true,
      article: {
        id: articleId(realFolder, file.relPath),
        folder: absFolder,
        path: file.relPath,
        title,
        outlet,
        // Only where a headline credits someone, so every other stored document keeps its shape.
        ...(credit ? { credit } : {}),
        byline,
        url,
        published,
        lang,
        format,
        encoding,
        words,
        // The one-shot hash: a Hash object per small file costs more than hashing its bytes.
        hash: hash('sha256', bytes),
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
      reason: `could not parse: ${describeError(error)}`,
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
