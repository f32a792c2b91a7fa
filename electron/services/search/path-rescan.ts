import path from 'node:path';
import type { SkippedFile } from '../../../shared/article';
import { walkFolder } from '../corpus/index';
import type { FolderState } from './folder-registry';
import type { FileStat } from './shard-build';

/** What rescanning some paths of a folder found. */
export type RescannedPaths = {
  /** Each path found or known at or under a rescanned path: its file, or null when it is no article (any more). */
  changes: Map<string, FileStat | null>;
  /** The paths among `changes` that the walk lists as skipped, with its reasons. */
  skipped: SkippedFile[];
};

/** A changed path as a folder-relative posix path, or null when it does not name one inside the folder. */
function normaliseRelPath(raw: string): string | null {
  const relPath = raw
    .split(path.sep)
    .join('/')
    .replace(/^(?:\.\/)+/, '')
    .replace(/\/+$/, '');
  if (relPath === '' || relPath === '.' || path.isAbsolute(relPath)) return null;
  return relPath.split('/').includes('..') ? null : relPath;
}

/** True when `relPath` is one of `paths` or lies under one of them. */
export function isAtOrUnder(relPath: string, paths: ReadonlySet<string>): boolean {
  if (paths.has(relPath)) return true;
  for (let i = relPath.indexOf('/'); i >= 0; i = relPath.indexOf('/', i + 1))
    if (paths.has(relPath.slice(0, i))) return true;
  return false;
}

/**
 * Rescans changed paths of a folder the way the full scan sees them: a path that is (or was) a
 * folder stands for everything under it, so a renamed or deleted subfolder loses the articles it
 * held and a new one brings in all its files, whichever file events the watcher managed to report.
 * `known` lists every path the index holds for the folder. Rejects with the walker's DomainError
 * when the folder itself is gone.
 */
export async function rescanPaths(
  folder: string,
  relPaths: readonly string[],
  known: () => Iterable<string>,
  options: { maxFileBytes: number; signal: AbortSignal },
): Promise<RescannedPaths> {
  const wanted = new Set<string>();
  for (const raw of relPaths) {
    const relPath = normaliseRelPath(raw);
    if (relPath !== null) wanted.add(relPath);
  }
  // A path under another changed path is rescanned with it.
  const outermost = new Set(
    [...wanted].filter((rel) => !isAtOrUnder(path.posix.dirname(rel), wanted)),
  );
  const changes = new Map<string, FileStat | null>();
  const skipped: SkippedFile[] = [];
  for (const subfolder of outermost) {
    for await (const entry of walkFolder(folder, { ...options, subfolder })) {
      if (entry.kind === 'file') {
        const { relPath, absPath, size, mtimeMs } = entry;
        changes.set(relPath, { relPath, absPath, size, mtimeMs });
      } else {
        changes.set(entry.relPath, null);
        skipped.push({ path: entry.relPath, reason: entry.reason });
      }
    }
  }
  if (outermost.size === 0) return { changes, skipped };
  // What the index holds at or under a rescanned path and the walk did not find is gone.
  for (const relPath of known())
    if (!changes.has(relPath) && isAtOrUnder(relPath, outermost)) changes.set(relPath, null);
  return { changes, skipped };
}

/** Every path the index holds for a folder: its articles, and the files it lists as skipped. */
function* knownPaths(state: FolderState): Generator<string> {
  for (const live of state.shards.values()) {
    for (const doc of live.data.header.docs) yield doc.path;
    for (const skip of live.data.header.skipped) yield skip.path;
  }
  for (const skip of state.walkSkipped) yield skip.path;
  for (const fail of state.failed) yield fail.path;
}

/**
 * Rescans changed paths of a registered folder (see `rescanPaths`) and brings its lists of skipped
 * and failed files up to date; returns the changes its shards still need.
 */
export async function rescanFolderPaths(
  state: FolderState,
  relPaths: readonly string[],
  maxFileBytes: number,
): Promise<Map<string, FileStat | null>> {
  const { changes, skipped } = await rescanPaths(state.folder, relPaths, () => knownPaths(state), {
    maxFileBytes,
    signal: state.abort.signal,
  });
  state.walkSkipped = [...state.walkSkipped.filter((skip) => !changes.has(skip.path)), ...skipped];
  // Files the shard build failed on stay listed until they are built again or gone.
  state.failed = state.failed.filter((f) => changes.get(f.path) !== null);
  return changes;
}

/**
 * The files of the `touched` shards once `changes` are applied, and how many files the folder's
 * shards hold then (a renamed subfolder's files leave as many as arrive).
 */
export function filesAfter(
  state: FolderState,
  changes: ReadonlyMap<string, FileStat | null>,
  touched: ReadonlySet<number>,
): { files: FileStat[]; total: number } {
  const files: FileStat[] = [];
  let total = 0;
  for (const live of state.shards.values())
    total += live.data.header.docs.length + live.data.header.skipped.length;
  for (const no of touched) {
    const header = state.shards.get(no)?.data.header;
    for (const f of header ? [...header.docs, ...header.skipped] : []) {
      if (changes.has(f.path)) total -= 1;
      else
        files.push({
          relPath: f.path,
          absPath: path.join(state.folder, f.path),
          size: f.size,
          mtimeMs: f.mtimeMs,
        });
    }
  }
  for (const file of changes.values()) {
    if (!file) continue;
    files.push(file);
    total += 1;
  }
  return { files, total };
}
