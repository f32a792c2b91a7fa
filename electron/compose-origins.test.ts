import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, compose, folderWith, seedsDir, tempDir } from './compose-test-support';
import { createSearchLibrary } from './services/search';

afterEach(cleanUp);

describe('origins:summary', () => {
  it('counts the indexed seeds in independent origins and recomputes when the corpus changes', async () => {
    const dataDir = await tempDir();
    const wb = await compose((o) => createSearchLibrary({ ...o, workers: 0 }), { dataDir });
    await wb.idle();
    const seeds = await wb.call('origins:summary');
    expect(seeds.articles).toBe(5);
    expect(seeds.independentOrigins).toBe(2);
    expect(seeds.groups.map((g) => [g.origin, g.articleIds.length])).toEqual([
      ['Financial Times', 4],
      ['Reuters', 1],
    ]);
    expect(Object.values(seeds.origins).filter((o) => o === 'Financial Times')).toHaveLength(4);

    // A reprint of 004 with its credit stripped joins the Reuters group; an own report is a new origin.
    const seed004 = await readFile(join(seedsDir, '004_4d5fc55baaf930ef.txt'), 'utf8');
    const extra = await folderWith({
      'reprint.txt': seed004.replace(/Reuters/g, 'the agency'),
      'own.txt':
        'Floods in Odesa\n\nOur correspondent saw the water rise in the harbour overnight.',
    });
    await wb.call('corpus:add', { path: extra });
    await wb.idle();
    const after = await wb.call('origins:summary');
    expect(after.articles).toBe(7);
    expect(after.independentOrigins).toBe(3);
    expect(after.groups.find((g) => g.origin === 'Reuters')?.articleIds).toHaveLength(2);
  });
});
