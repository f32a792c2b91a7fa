import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type lunr from 'lunr';
import { z } from 'zod';
import type { ArticleMeta, SkippedFile } from '../../../shared/article';
import { writeFileAtomic } from '../platform/atomic-write';
import { readShardFile, SHARD_FORMAT_VERSION, type ShardFile } from './shard-format';
import { openShardIndex } from './shard-index';
import { createShardSearcher, type ShardSearcher } from './shard-query';
import { createTermFinder } from './shard-terms';

const MANIFEST = 'manifest.json';

/** A shard file opened for search: its header, its index and its documents (with their folder). */
export type LiveShard = {
  no: number;
  file: string;
  path: string;
  data: ShardFile;
  index: lunr.Index;
  /** Answers the app's queries from the shard's arrays, as `index` would (see shard-query.ts). */
  searcher: ShardSearcher;
  /**
   * The documents as search shows them: the header's, with their folder and the folder's sidecar
   * and corrections laid over. Empty until the shard is installed (DocumentIndex.install).
   */
  docs: ArticleMeta[];
  /** Opened on the first read of a text, closed when the shard is unregistered. */
  fd: number | null;
};

// Every name the cache gives a shard file (see newShardFileName); anything else is not ours.
const shardFileName = z.string().regex(/^s\d+-[0-9a-f]+\.shard$/);

/** The manifest as stored: which file holds each shard of a folder, and what the walk skipped. */
const manifestSchema = z.object({
  version: z.number().int(),
  folder: z.string(),
  realFolder: z.string(),
  shardCount: z.number().int().min(0),
  shards: z.record(z.string().regex(/^\d+$/), shardFileName),
  walkSkipped: z.array(z.object({ path: z.string(), reason: z.string() })),
});

/** A folder's manifest: its shard count, the file of every shard and the files the walk skipped. */
export type Manifest = z.infer<typeof manifestSchema>;

/** What a manifest write records; the cache adds the format version and the folder itself. */
export type ManifestContents = {
  shardCount: number;
  shards: Iterable<{ no: number; file: string }>;
  walkSkipped: SkippedFile[];
};

/** The on-disk cache of one folder: a manifest and the shard files it names, all in `dir`. */
export type ShardCache = {
  /** The cache folder; the library deletes it when the folder is removed. */
  readonly dir: string;
  /** Whether a manifest file is there (readManifest says whether it is usable). */
  hasManifest(): boolean;
  /** The manifest, or null when it is missing, unreadable or made for another format or folder. */
  readManifest(): Promise<Manifest | null>;
  /** Writes the manifest; writes run one after another, each with the contents when it starts. */
  writeManifest(contents: () => ManifestContents): Promise<void>;
  /** Opens a shard file for search; throws when the file is missing or damaged. */
  openShard(no: number, file: string): LiveShard;
  /** Deletes every file of the cache folder but the manifest and the given shard files. */
  deleteUnreferenced(keep: Iterable<string>): Promise<void>;
  /** Where a newly built shard `no` is to be written: a fresh name, never an existing file's. */
  newShardPath(no: number): string;
};

/** A folder's cache named after its real path, inside `cacheRoot`. */
export function cacheDirFor(cacheRoot: string, realFolder: string): string {
  const key = createHash('sha256').update(realFolder).digest('hex').slice(0, 16);
  return path.join(cacheRoot, key);
}

const newShardFileName = (no: number): string =>
  `s${no}-${createHash('sha1').update(`${Date.now()}:${Math.random()}`).digest('hex').slice(0, 10)}.shard`;

/** The cache of the folder `folder` (whose real path is `realFolder`) in `dir`. */
export function createShardCache(dir: string, folder: string, realFolder: string): ShardCache {
  const manifestPath = path.join(dir, MANIFEST);
  let manifestWrite: Promise<void> = Promise.resolve();

  const writeManifestNow = async (contents: ManifestContents): Promise<void> => {
    const manifest: Manifest = {
      version: SHARD_FORMAT_VERSION,
      folder,
      realFolder,
      shardCount: contents.shardCount,
      shards: Object.fromEntries([...contents.shards].map((s) => [String(s.no), s.file])),
      walkSkipped: contents.walkSkipped,
    };
    await writeFileAtomic(manifestPath, JSON.stringify(manifest));
  };

  return {
    dir,

    hasManifest: () => existsSync(manifestPath),

    async readManifest() {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await readFile(manifestPath, 'utf8'));
      } catch {
        return null;
      }
      // Whatever the manifest does not vouch for is rebuilt by the scan that follows.
      const manifest = manifestSchema.safeParse(parsed);
      if (!manifest.success) return null;
      if (manifest.data.version !== SHARD_FORMAT_VERSION || manifest.data.realFolder !== realFolder)
        return null;
      return manifest.data;
    },

    // Shards finish concurrently; their manifest writes are chained so each lands whole, in order.
    writeManifest(contents) {
      const write = manifestWrite.then(() => writeManifestNow(contents()));
      manifestWrite = write.catch(() => undefined);
      return write;
    },

    openShard(no, file) {
      const shardPath = path.join(dir, file);
      const data = readShardFile(shardPath);
      const finder = createTermFinder(data.index.terms);
      const index = openShardIndex(data.index, finder);
      const searcher = createShardSearcher(data.index, finder);
      return { no, file, path: shardPath, data, index, searcher, docs: [], fd: null };
    },

    async deleteUnreferenced(keep) {
      const referenced = new Set([MANIFEST, ...keep]);
      for (const name of await readdir(dir).catch(() => [])) {
        if (!referenced.has(name)) await rm(path.join(dir, name), { force: true });
      }
    },

    newShardPath: (no) => path.join(dir, newShardFileName(no)),
  };
}
