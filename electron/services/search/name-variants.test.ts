import { existsSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseQuery } from './query';
import { createSearchLibrary } from './library';
import { createVariantIndex, expandNameVariants, mergeVariantGroups } from './name-variants';

describe('expandNameVariants', () => {
  it('lets a plain name also match its other spellings, and says which', () => {
    const { query, also } = expandNameVariants(parseQuery('Kyiv talks'));
    expect(also).toEqual(['Kiev', 'Київ', 'Киев', 'Києва', 'Киева']);
    expect(query.terms[0]?.variants).toEqual(also);
    expect(query.terms[1]?.variants).toBeUndefined();
  });

  it('searches one spelling only when the name is quoted, fuzzy, a prefix or excluded', () => {
    for (const text of ['"Kyiv"', 'Kyiv~1', 'Kyi*', '-Kyiv']) {
      expect(expandNameVariants(parseQuery(text)).also, text).toEqual([]);
    }
  });

  it('finds a group from any of its spellings, in any case', () => {
    const variantsOf = createVariantIndex([['Zelensky', 'Зеленський']]);
    expect(variantsOf('ЗЕЛЕНСЬКИЙ')).toEqual(['Zelensky']);
    expect(variantsOf('zelensky')).toEqual(['Зеленський']);
    expect(variantsOf('Biden')).toEqual([]);
  });

  it('joins groups that share a spelling, so an added spelling extends its shipped group', () => {
    expect(
      mergeVariantGroups([
        ['Kyiv', 'Kiev'],
        ['Odesa', 'Odessa'],
        ['kyiv', 'Kyjiw'],
        ['Kyjiw', 'Odessa'],
      ]),
    ).toEqual([['Kyiv', 'Kiev', 'Kyjiw', 'Odesa', 'Odessa']]);
    expect(
      createVariantIndex([
        ['Kyiv', 'Kiev'],
        ['Kyjiw', 'KIEV'],
      ])('Kyjiw'),
    ).toEqual(['Kyiv', 'Kiev']);
  });
});

const corpora = resolve(__dirname, '../../../../shared/corpora');
const folders = [
  resolve(__dirname, '../../../seeds'),
  join(corpora, 'ru-uk'),
  join(corpora, 'bbc', 'politics'),
];
const present = folders.every((f) => existsSync(f));
if (!present) console.warn(`skipping the name-variant corpus test: ${corpora} is not there`);

describe.skipIf(!present)('name variants over the real corpora', () => {
  const cache = mkdtempSync(join(tmpdir(), 'parley-variants-'));
  const library = createSearchLibrary({ cacheDir: cache, workers: 0 });
  afterAll(async () => {
    await library.close();
    rmSync(cache, { recursive: true, force: true });
  });

  it('finds the same articles whichever spelling the analyst types', async () => {
    for (const folder of folders) await library.addFolder(folder);
    const total = (text: string) => library.search({ text, limit: 1 }).total;
    const spellings = [
      ['Kyiv', 'Kiev', 'Київ', 'Киев'],
      ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye', 'Запоріжжя'],
      ['Donetsk', 'Донецк', 'Донецьк'],
      ['Zelensky', 'Zelenskyy', 'Зеленський'],
    ];
    for (const group of spellings) {
      const counts = group.map(total);
      expect(new Set(counts).size, `${group.join('/')}: ${counts.join(', ')}`).toBe(1);
      // Each spelling alone finds fewer: the expansion is what joins them.
      const alone = group.map((s) => total(`"${s}"`));
      expect(Math.max(...alone)).toBeLessThan(counts[0] ?? 0);
      console.log(`${group.join('/')}: ${alone.join(' · ')} alone → ${counts[0]} with variants`);
    }
  }, 120_000);
});
