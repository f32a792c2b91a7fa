import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { type ShardedSearchLibrary } from './index';
import { cleanUp, openLibrary, tempDir } from './test-support';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const brownUk = join(repo, '../shared/corpora/ru-uk/brown-uk-press');
const hasBrownUk = existsSync(brownUk);
if (!hasBrownUk) console.warn(`Skipping the Brown-UK sidecar test: ${brownUk} is missing`);

afterEach(cleanUp);

const open = (cacheDir: string): ShardedSearchLibrary => openLibrary({ cacheDir });

/** Two plain-text articles and a Markdown one with front matter, described by a meta.csv. */
function folderWithSidecar(): string {
  const dir = tempDir('sidecar');
  writeFileSync(join(dir, 'talks.txt'), 'Talks stall again\n\nThe talks in Istanbul stalled.\n');
  writeFileSync(
    join(dir, 'freeze.txt'),
    'Freeze offer\n\nOutlet: Reuters\n\nA freeze was offered.\n',
  );
  writeFileSync(
    join(dir, 'crimea.md'),
    '---\ntitle: Crimea question\noutlet: Financial Times\n---\n\nThe Crimea question is open.\n',
  );
  writeFileSync(
    join(dir, 'meta.csv'),
    [
      'file,title,author,outlet,url,date',
      'talks.txt,Istanbul talks stall,Olena Roshchina,Ukrainska Pravda,https://pravda.com.ua/1,2025-05-16',
      'freeze.txt,,,Interfax,,2025-04-22',
      'crimea.md,Sidecar title,,Kyiv Post,,',
      ',orphan row,,,,',
    ].join('\n'),
  );
  return dir;
}

describe('metadata sidecar', () => {
  it('shows the sidecar outlet, title, byline, url and date in facets and articles', async () => {
    const dir = folderWithSidecar();
    const library = open(tempDir('cache'));
    const summary = await library.addFolder(dir);

    expect(
      library
        .facets()
        .outlets.map((o) => o.name)
        .sort(),
    ).toEqual(['Financial Times', 'Reuters', 'Ukrainska Pravda']);
    const talks = summary.articles.find((a) => a.path === 'talks.txt')!;
    const article = await library.getArticle(talks.id);
    expect(article).toMatchObject({
      title: 'Istanbul talks stall',
      outlet: 'Ukrainska Pravda',
      byline: 'Olena Roshchina',
      url: 'https://pravda.com.ua/1',
      published: '2025-05-16',
    });
    // The file's own stated metadata wins: an explicit Outlet: line, front matter.
    const freeze = summary.articles.find((a) => a.path === 'freeze.txt')!;
    expect(freeze).toMatchObject({ outlet: 'Reuters', published: '2025-04-22' });
    const crimea = summary.articles.find((a) => a.path === 'crimea.md')!;
    expect(crimea).toMatchObject({ title: 'Crimea question', outlet: 'Financial Times' });

    const hits = library.search({ text: 'talks', outlets: ['Ukrainska Pravda'] }).hits;
    expect(hits.map((h) => [h.path, h.title, h.outlet])).toEqual([
      ['talks.txt', 'Istanbul talks stall', 'Ukrainska Pravda'],
    ]);
    expect(summary.sidecar).toEqual({
      name: 'meta.csv',
      files: 3,
      problems: ['meta.csv line 5: names no file'],
    });
    // The applied sidecar is no skipped article.
    expect(summary.skipped).toEqual([]);
  });

  it('re-applies an edited meta.csv without rebuilding any shard', async () => {
    const dir = folderWithSidecar();
    const library = open(tempDir('cache'));
    const summary = await library.addFolder(dir);
    const shardsBefore = library.shards().map((s) => s.file);
    const id = summary.articles.find((a) => a.path === 'talks.txt')!.id;

    writeFileSync(
      join(dir, 'meta.csv'),
      'file,outlet,title\ntalks.txt,Kyiv Independent,Talks collapse\n',
    );
    await library.updateFiles(dir, ['meta.csv']);

    expect(await library.getArticle(id)).toMatchObject({
      title: 'Talks collapse',
      outlet: 'Kyiv Independent',
    });
    expect(library.facets().outlets.map((o) => o.name)).toContain('Kyiv Independent');
    expect(library.facets().outlets.map((o) => o.name)).not.toContain('Ukrainska Pravda');
    expect(library.shards().map((s) => s.file)).toEqual(shardsBefore);
    expect(library.folders()[0]!.sidecar).toEqual({ name: 'meta.csv', files: 1, problems: [] });
  });

  it("answers title: and outlet: searches from the sidecar's values, not the file's guessed ones", async () => {
    const dir = folderWithSidecar();
    const library = open(tempDir('cache'));
    await library.addFolder(dir);
    const paths = (text: string): string[] =>
      library
        .search({ text })
        .hits.map((h) => h.path)
        .sort();

    expect(paths('outlet:pravda')).toEqual(['talks.txt']);
    expect(paths('outlet:"Ukrainska Pravda"')).toEqual(['talks.txt']);
    expect(paths('title:istanbul')).toEqual(['talks.txt']);
    // The first line the title was guessed from is no title any more.
    expect(paths('title:again')).toEqual([]);
    // The file's own Outlet: line and front matter win over the sidecar.
    expect(paths('outlet:interfax')).toEqual([]);
    expect(paths('outlet:reuters')).toEqual(['freeze.txt']);
    expect(paths('outlet:"Kyiv Post"')).toEqual([]);
    // Plain words look in the outlet and title as shown too; exclusions and AND see them.
    expect(paths('pravda')).toEqual(['talks.txt']);
    expect(paths('talks -outlet:pravda')).toEqual([]);
    expect(paths('stalled AND outlet:pravda')).toEqual(['talks.txt']);
    expect(paths('freeze AND outlet:pravda')).toEqual([]);
  });

  it("answers outlet: and title: searches from the analyst's corrections", async () => {
    const dir = folderWithSidecar();
    const library = open(tempDir('cache'));
    const summary = await library.addFolder(dir);
    const crimea = summary.articles.find((a) => a.path === 'crimea.md')!;
    const paths = (text: string): string[] => library.search({ text }).hits.map((h) => h.path);
    expect(paths('outlet:financial')).toEqual(['crimea.md']);

    library.setCorrections(new Map([[crimea.id, { outlet: 'London News Net', title: 'Land' }]]));
    expect(paths('outlet:london')).toEqual(['crimea.md']);
    expect(paths('outlet:financial')).toEqual([]);
    expect(paths('title:land')).toEqual(['crimea.md']);
    expect(paths('title:question')).toEqual([]);
    library.setCorrections(new Map());
    expect(paths('outlet:financial')).toEqual(['crimea.md']);
  });

  it('places a year-only date in a date filter that spans the year, and keeps it a year', async () => {
    const dir = tempDir('years');
    writeFileSync(join(dir, 'old.txt'), 'Old talks\n\nThe talks began.\n');
    writeFileSync(join(dir, 'new.txt'), 'New talks\n\nThe talks resumed.\n');
    writeFileSync(join(dir, 'meta.csv'), 'file,year\nold.txt,2019\nnew.txt,2020-03\n');
    const library = open(tempDir('cache'));
    await library.addFolder(dir);
    const paths = (from?: string, to?: string): string[] =>
      library
        .search({ text: 'talks', ...(from ? { from } : {}), ...(to ? { to } : {}) })
        .hits.map((h) => h.path)
        .sort();

    expect(
      library.search({ text: 'talks' }).hits.find((h) => h.path === 'old.txt')?.published,
    ).toBe('2019');
    expect(paths('2019-01-01', '2019-12-31')).toEqual(['old.txt']);
    expect(paths('2019-06-01', '2019-06-30')).toEqual(['old.txt']);
    expect(paths('2020-01-01')).toEqual(['new.txt']);
    expect(paths(undefined, '2020-03-01')).toEqual(['new.txt', 'old.txt']);
    expect(paths('2020-04-01')).toEqual([]);
    expect(library.search({ text: 'talks', from: '2020-04-01' }).undatedHidden).toBe(0);
  });

  it.skipIf(!hasBrownUk)('finds Brown-UK articles by the outlet meta.csv gives them', async () => {
    const library = open(tempDir('cache'));
    await library.addFolder(brownUk);
    const facet = library.facets().outlets.find((o) => o.name === 'Подолянин');
    expect(facet?.count).toBeGreaterThan(0);
    const found = library.search({ text: 'outlet:Подолянин', limit: 1000 });
    expect(found.total).toBe(facet?.count);
    expect(new Set(found.hits.map((h) => h.outlet))).toEqual(new Set(['Подолянин']));
  });

  it.skipIf(!hasBrownUk)('gives Brown-UK outlets to 574 of its 577 articles', async () => {
    const library = open(tempDir('cache'));
    const summary = await library.addFolder(brownUk);
    expect(summary.articles).toHaveLength(577);
    expect(summary.articles.filter((a) => a.outlet !== null)).toHaveLength(574);
    expect(summary.sidecar?.files).toBe(577);
    expect(summary.skipped.map((s) => s.path)).not.toContain('meta.csv');
  });
});
