import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createSearchLibrary } from './library';
import { createShardCache, type Manifest, type ShardCache } from './shard-cache';
import { SHARD_FORMAT_VERSION } from './shard-format';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function cacheIn(realFolder = '/real/news'): { dir: string; cache: ShardCache } {
  const dir = mkdtempSync(join(tmpdir(), 'parley-shard-cache-'));
  dirs.push(dir);
  return { dir, cache: createShardCache(dir, '/news', realFolder) };
}

const contents = {
  shardCount: 2,
  shards: [
    { no: 0, file: 's0-0123456789.shard' },
    { no: 1, file: 's1-abcdef0123.shard' },
  ],
  walkSkipped: [{ path: 'README.md', reason: 'folder documentation, not an article' }],
};

const valid = {
  version: SHARD_FORMAT_VERSION,
  folder: '/news',
  realFolder: '/real/news',
  shardCount: 1,
  shards: { '0': 's0-0123456789.shard' },
  walkSkipped: [],
};

describe('the shard cache manifest', () => {
  it('reads back what it wrote', async () => {
    const { cache } = cacheIn();
    await cache.writeManifest(() => contents);
    expect(await cache.readManifest()).toEqual({
      version: SHARD_FORMAT_VERSION,
      folder: '/news',
      realFolder: '/real/news',
      shardCount: 2,
      shards: { '0': 's0-0123456789.shard', '1': 's1-abcdef0123.shard' },
      walkSkipped: contents.walkSkipped,
    });
  });

  it('ignores a missing, unparsable or malformed manifest', async () => {
    const { dir, cache } = cacheIn();
    expect(await cache.readManifest()).toBeNull();
    const manifest = join(dir, 'manifest.json');
    writeFileSync(manifest, JSON.stringify(valid));
    expect(await cache.readManifest()).toEqual(valid);
    for (const bad of [
      '{"version":',
      '[]',
      JSON.stringify({ ...valid, shards: undefined }),
      JSON.stringify({ ...valid, shardCount: 'two' }),
      JSON.stringify({ ...valid, walkSkipped: [{ path: 'a.txt' }] }),
      JSON.stringify({ ...valid, shards: { '0': '../../elsewhere/s0-0123456789.shard' } }),
      JSON.stringify({ ...valid, shards: { first: 's0-0123456789.shard' } }),
    ]) {
      writeFileSync(manifest, bad);
      expect(await cache.readManifest()).toBeNull();
    }
  });

  it('ignores a manifest of another format version or another real folder', async () => {
    const { dir, cache } = cacheIn();
    const manifest = join(dir, 'manifest.json');
    writeFileSync(manifest, JSON.stringify({ ...valid, version: SHARD_FORMAT_VERSION + 1 }));
    expect(await cache.readManifest()).toBeNull();
    writeFileSync(manifest, JSON.stringify({ ...valid, realFolder: '/real/other' }));
    expect(await cache.readManifest()).toBeNull();
  });

  it('writes one manifest after another, each with the contents when its turn comes', async () => {
    const { dir, cache } = cacheIn();
    const onDisk = (): number | null => {
      try {
        return (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest)
          .shardCount;
      } catch {
        return null;
      }
    };
    const seen: (number | null)[] = [];
    const write = (shardCount: number): Promise<void> =>
      cache.writeManifest(() => (seen.push(onDisk()), { ...contents, shardCount }));
    await Promise.all([write(1), write(2), write(3)]);
    // Each write starts only once the one before it is on disk.
    expect(seen).toEqual([null, 1, 2]);
    expect(onDisk()).toBe(3);
  });

  it('deletes the files no manifest refers to, and names new shard files afresh', async () => {
    const { dir, cache } = cacheIn();
    await cache.writeManifest(() => contents);
    for (const name of ['s0-0123456789.shard', 's0-old0000000.shard', 'stray.tmp'])
      writeFileSync(join(dir, name), 'x');
    await cache.deleteUnreferenced(['s0-0123456789.shard']);
    expect(readdirSync(dir).sort()).toEqual(['manifest.json', 's0-0123456789.shard']);
    const first = cache.newShardPath(4);
    expect(first.startsWith(join(dir, 's4-'))).toBe(true);
    expect(cache.newShardPath(4)).not.toBe(first);
  });
});

describe('a library over a cache with a malformed manifest', () => {
  it('rebuilds the folder instead of failing', async () => {
    const seeds = join(dirname(fileURLToPath(import.meta.url)), '../../../seeds');
    const { dir: cacheDir } = cacheIn();
    const first = createSearchLibrary({ cacheDir, workers: 0 });
    await first.addFolder(seeds);
    await first.close();
    const versioned = join(cacheDir, readdirSync(cacheDir)[0]!);
    const manifest = join(versioned, readdirSync(versioned)[0]!, 'manifest.json');
    const stored = JSON.parse(readFileSync(manifest, 'utf8')) as Manifest;
    // Right version and folder, so only the schema can tell that the shard list is missing.
    writeFileSync(manifest, JSON.stringify({ ...stored, shards: null }));

    const progress: number[] = [];
    const second = createSearchLibrary({
      cacheDir,
      workers: 0,
      onProgress: (p) => progress.push(p.parsed),
    });
    try {
      expect((await second.addFolder(seeds)).articles).toHaveLength(5);
      expect(Math.max(...progress)).toBe(5);
      expect(second.search({ text: 'Crimea' }).total).toBe(5);
    } finally {
      await second.close();
    }
  });
});
