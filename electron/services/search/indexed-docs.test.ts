import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { type ShardedSearchLibrary } from './index';
import { cleanUp, openLibrary, tempDir } from './test-support';

const seeds = join(dirname(fileURLToPath(import.meta.url)), '../../../seeds');

afterEach(cleanUp);

function open(): ShardedSearchLibrary {
  // One article per shard, so the documents come from many shards.
  return openLibrary({ cacheDir: tempDir('cache'), shardSize: 1 });
}

/** A folder with two articles (one with messy white space) and a file that is no article. */
function harbourFolder(): string {
  const dir = tempDir('harbour');
  writeFileSync(
    join(dir, 'ferry.txt'),
    'Harbour news\r\n\r\nA   ferry\tcrossed  the Dnipro.\r\n\r\n\r\n\r\nKherson   waited.\r\n',
  );
  writeFileSync(join(dir, 'pier.md'), '# Pier closed\n\nThe pier at Odesa is closed.\n');
  writeFileSync(join(dir, 'photo.jpg'), 'not an article');
  return dir;
}

const ids = (articles: Iterable<{ id: string }>): string[] => [...articles].map((a) => a.id).sort();

describe('the indexed documents', () => {
  it('lists exactly the indexed articles of the registered folders', async () => {
    const library = open();
    const harbour = harbourFolder();
    const fromSeeds = await library.addFolder(seeds);
    const fromHarbour = await library.addFolder(harbour);
    expect(fromSeeds.articles).toHaveLength(5);
    expect(fromHarbour.articles.map((a) => a.path).sort()).toEqual(['ferry.txt', 'pier.md']);
    expect(library.shards().length).toBeGreaterThan(2);

    const listed = [...library.docs.documents()];
    expect(ids(listed)).toEqual(ids([...fromSeeds.articles, ...fromHarbour.articles]));
    expect(listed).toEqual(expect.arrayContaining(fromHarbour.articles));
    // Folder by folder, in registration order.
    expect(listed.map((doc) => doc.folder)).toEqual([
      ...fromSeeds.articles.map(() => seeds),
      ...fromHarbour.articles.map(() => harbour),
    ]);
  });

  it('forgets the articles of a removed folder', async () => {
    const library = open();
    const harbour = harbourFolder();
    const fromSeeds = await library.addFolder(seeds);
    const fromHarbour = await library.addFolder(harbour);
    await library.removeFolder(seeds);
    expect(ids(library.docs.documents())).toEqual(ids(fromHarbour.articles));
    expect(library.docs.text(fromSeeds.articles[0]!.id)).toBeNull();
  });

  it("returns an article's normalised text by id, and null for an unknown id", async () => {
    const library = open();
    const { articles } = await library.addFolder(harbourFolder());
    const ferry = articles.find((a) => a.path === 'ferry.txt')!;
    const pier = articles.find((a) => a.path === 'pier.md')!;
    expect(library.docs.text(ferry.id)).toBe('A ferry crossed the Dnipro.\n\nKherson waited.');
    expect(library.docs.text(pier.id)).toBe('The pier at Odesa is closed.');
    expect(library.docs.text(pier.id)).toBe((await library.getArticle(pier.id))!.text);
    expect(library.docs.text('nope:missing.txt')).toBeNull();
  });

  it("returns an article's metadata by id as it reads now, and null once its folder is gone", async () => {
    const library = open();
    const harbour = harbourFolder();
    const { articles } = await library.addFolder(harbour);
    const ferry = articles.find((a) => a.path === 'ferry.txt')!;
    expect(library.docs.meta(ferry.id)).toEqual(
      [...library.docs.documents()].find((doc) => doc.id === ferry.id),
    );
    expect(library.docs.meta(ferry.id)?.path).toBe('ferry.txt');
    expect(library.docs.meta('nope:missing.txt')).toBeNull();
    await library.removeFolder(harbour);
    expect(library.docs.meta(ferry.id)).toBeNull();
  });
});
