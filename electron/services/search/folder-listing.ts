import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SkippedFile } from '../../../shared/article';
import { walkFolder } from '../corpus/walk';
import { describeError } from '../../../shared/error-message';
import { DomainError } from '../errors';
import type { ErrorCode } from '../../../shared/result';
import type { FileStat } from './shard-build';

/** Every article file of a folder and every path its walk skipped, in walk order. */
export type FolderListing = { files: FileStat[]; skipped: SkippedFile[] };

export type ListingOptions = { maxFileBytes: number; signal?: AbortSignal };

/** Walks a folder on this thread; `onEntry` hears of each entry as it is found, with the counts so far. */
export async function listFolder(
  root: string,
  options: ListingOptions,
  onEntry?: (kind: 'file' | 'skipped', listing: FolderListing) => void,
): Promise<FolderListing> {
  const listing: FolderListing = { files: [], skipped: [] };
  for await (const entry of walkFolder(root, options)) {
    if (entry.kind === 'file') {
      const { relPath, absPath, size, mtimeMs } = entry;
      listing.files.push({ relPath, absPath, size, mtimeMs });
    } else {
      listing.skipped.push({ path: entry.relPath, reason: entry.reason });
    }
    onEntry?.(entry.kind, listing);
  }
  return listing;
}

/**
 * A listing as the walk worker posts it: columns, so the main thread deserialises two string
 * arrays and two number buffers rather than an object per file. `absPaths` holds only the files
 * whose real path is not the root joined with their relative path (a symlink inside the folder).
 */
export type PackedListing = {
  root: string;
  relPaths: string[];
  absPaths: Record<number, string>;
  sizes: Float64Array<ArrayBuffer>;
  mtimes: Float64Array<ArrayBuffer>;
  skipped: SkippedFile[];
};

/**
 * Where a relative (posix) path lies under `root`, by concatenation: path.join normalises, which
 * for 50,000 files costs the main thread ~40 ms. A file whose real path differs (a symlink, or a
 * root path.join would have normalised) is packed with its own absPath, so unpacking is exact.
 */
const under = (root: string, relPath: string): string =>
  root + path.sep + (path.sep === '/' ? relPath : relPath.replaceAll('/', path.sep));

/** Packs a listing whose files mostly lie at `root` joined with their relative path. */
export function packListing(root: string, listing: FolderListing): PackedListing {
  const { files } = listing;
  const absPaths: Record<number, string> = {};
  const sizes = new Float64Array(files.length);
  const mtimes = new Float64Array(files.length);
  files.forEach((file, i) => {
    if (file.absPath !== under(root, file.relPath)) absPaths[i] = file.absPath;
    sizes[i] = file.size;
    mtimes[i] = file.mtimeMs;
  });
  return {
    root,
    relPaths: files.map((f) => f.relPath),
    absPaths,
    sizes,
    mtimes,
    skipped: listing.skipped,
  };
}

export function unpackListing(packed: PackedListing): FolderListing {
  const files = packed.relPaths.map((relPath, i): FileStat => ({
    relPath,
    absPath: packed.absPaths[i] ?? under(packed.root, relPath),
    size: packed.sizes[i]!,
    mtimeMs: packed.mtimes[i]!,
  }));
  return { files, skipped: packed.skipped };
}

/** What the walk worker is given, and what it answers. */
export type WalkRequest = { root: string; realRoot: string; maxFileBytes: number };
export type WalkReply =
  | { type: 'done'; listing: PackedListing }
  | { type: 'error'; code: ErrorCode | null; message: string };

/**
 * Walks a folder in a worker thread (walk-worker), so the file stats of a big folder are taken
 * while this thread does something else, such as opening the folder's cached shards. A folder
 * that cannot be walked rejects with the walk's own DomainError; if the worker itself fails (its
 * script missing, a crash) the folder is walked on this thread instead.
 */
export function listFolderInWorker(
  script: string,
  folder: { root: string; realRoot: string },
  options: ListingOptions,
): Promise<FolderListing> {
  const { root, realRoot } = folder;
  const { signal } = options;
  // A worker that fails is a fault of the build or the machine, not of the folder: it is said,
  // and the walk goes on here.
  const here = (why: string) => (): Promise<FolderListing> => {
    console.warn(`The folder walk worker failed (${why}); walking ${root} on the main thread.`);
    return listFolder(root, options);
  };
  return new Promise<FolderListing>((resolve, reject) => {
    let settled = false;
    let worker: Worker;
    const settle = (outcome: () => Promise<FolderListing> | FolderListing): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      Promise.resolve().then(outcome).then(resolve, reject);
    };
    const onAbort = (): void =>
      settle(() => {
        throw signal?.reason ?? new Error('aborted');
      });
    try {
      const request: WalkRequest = { root, realRoot, maxFileBytes: options.maxFileBytes };
      worker = new Worker(script, { workerData: request });
    } catch (error) {
      here(describeError(error))().then(resolve, reject);
      return;
    }
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (reply: WalkReply) =>
      settle(() => {
        if (reply.type === 'done') return unpackListing(reply.listing);
        if (reply.code !== null) throw new DomainError(reply.code, reply.message);
        return here(reply.message)();
      }),
    );
    worker.once('error', (error: Error) => settle(here(error.message)));
    worker.once('exit', (code) => settle(here(`it exited with code ${code}`)));
  });
}
