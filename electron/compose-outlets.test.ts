import { afterEach, describe, expect, it } from 'vitest';
import type { Outlet } from '../shared/outlets';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  cleanUp,
  compose,
  noHostHooks,
  seedApp,
  seedIdOf,
  tempDir,
  type TestApp,
} from './compose-test-support';
import { createSearchLibrary } from './services/search';

afterEach(cleanUp);

const named = (outlets: Outlet[], name: string): Outlet | undefined =>
  outlets.find((o) => o.name === name);

/** Pins the first sentence of seed `prefix` and answers the quote's id. */
async function pinFrom(wb: TestApp, prefix: string, grade: 1 | 2 | 3 | 4 | 5 | 6 | null) {
  const id = seedIdOf(await wb.call('origins:summary'), prefix);
  const article = await wb.call('article:get', { id });
  const start = article.text.indexOf('Putin');
  const quote = await wb.call('quote:pin', { articleId: id, start, end: start + 20, grade });
  return quote.id;
}

describe('outlets on the seeds', () => {
  it('lists the Financial Times as the origin of 4 articles and Reuters of 1', async () => {
    const wb = await seedApp();
    const outlets = await wb.call('outlets:list');
    const ft = named(outlets, 'Financial Times');
    expect(ft?.stats).toMatchObject({ asOrigin: 4, asPublisher: 0, articles: 4 });
    expect(ft?.aliases).toEqual(expect.arrayContaining(['FT', 'the FT']));
    expect(named(outlets, 'Reuters')?.stats.asOrigin).toBe(1);
    expect(ft?.grade).toBeNull();
    expect(ft?.suggestion).toBeNull();
  });

  it('makes the publishers the analyst corrected into outlets that relay the FT', async () => {
    const wb = await seedApp();
    const summary = await wb.call('origins:summary');
    for (const [prefix, outlet] of [
      ['001', 'Kyiv Post'],
      ['002', 'the Ukraine Daily'],
      ['003', 'London News'],
    ] as const) {
      await wb.call('article:correct', {
        articleId: seedIdOf(summary, prefix),
        set: { outlet },
      });
    }
    await wb.idle();
    const outlets = await wb.call('outlets:list');
    expect(named(outlets, 'Kyiv Post')?.stats).toMatchObject({
      asPublisher: 1,
      asRelay: 1,
      relays: [{ outlet: 'Financial Times', articles: 1 }],
    });
    const ft = named(outlets, 'Financial Times');
    expect(ft?.stats.relayedBy.map((r) => r.outlet).sort()).toEqual([
      'Kyiv Post',
      'London News',
      'the Ukraine Daily',
    ]);
  });

  it('shows the origin outlet grade beside the quote grade as the Admiralty pair', async () => {
    const wb = await seedApp();
    const id = await pinFrom(wb, '003', 2);
    await wb.call('outlets:grade', { name: 'FT', grade: 'B', rationale: 'Long record.' });
    const [quote] = (await wb.call('quote:list')).filter((q) => q.id === id);
    expect(quote?.reliability).toEqual({
      outlet: 'Financial Times',
      // Seed 003 names its site in its title line; the FT report it relays is what it rests on.
      publisher: 'london-news-net.preview-domain.com',
      grade: 'B',
      pair: 'B2',
    });
    const csv = await wb.call('quote:export', { format: 'csv' });
    const [header, row] = csv.split('\r\n');
    expect(header).toMatch(/,reliability,reliabilityOutlet,pair$/);
    expect(row).toMatch(/,B,Financial Times,B2$/);
    const json = JSON.parse(await wb.call('quote:export', { format: 'json' })) as {
      reliability: { pair: string };
    }[];
    expect(json[0]?.reliability.pair).toBe('B2');
  });

  it('filters search hits by the grade of their origin outlet', async () => {
    const wb = await seedApp();
    await wb.call('outlets:grade', { name: 'Reuters', grade: 'A', rationale: '' });
    const only = async (grades: ('A' | 'B' | 'ungraded')[]) =>
      (await wb.call('search:query', { text: 'Putin', grades })).hits.map((h) =>
        h.path.slice(0, 3),
      );
    expect(await only(['A'])).toEqual(['004']);
    expect((await only(['ungraded'])).sort()).toEqual(['000', '001', '002', '003']);
    expect(await only(['B'])).toEqual([]);
  });

  it('keeps grades, records and aliases when the workspace is reopened', async () => {
    const dataDir = await tempDir();
    const wb = await seedApp(dataDir);
    await wb.call('outlets:grade', { name: 'Financial Times', grade: 'B', rationale: 'Good.' });
    await wb.call('outlets:record-add', {
      name: 'Financial Times',
      kind: 'good-call',
      date: '2025-04-23',
      text: 'The Kremlin confirmed the offer.',
    });
    await wb.call('outlets:edit', {
      kind: 'set-aliases',
      name: 'Financial Times',
      aliases: ['FT', 'the FT', 'The Financial Times', 'Файненшл таймс', 'Pink Paper'],
    });
    await wb.close();
    const again = await seedApp(dataDir);
    const ft = await again.call('outlets:get', { name: 'pink paper' });
    expect(ft.name).toBe('Financial Times');
    expect(ft.grade?.grade).toBe('B');
    expect(ft.record.map((r) => [r.id, r.kind])).toEqual([['R1', 'good-call']]);
  });

  it('announces every edit as a change of the outlets area, and undoes it', async () => {
    const wb = await seedApp();
    const seen: string[][] = [];
    wb.events.on('workspace:changed', (c) => seen.push(c.areas));
    await wb.call('outlets:grade', { name: 'Reuters', grade: 'C', rationale: '' });
    expect(seen).toEqual([['outlets']]);
    await wb.call('workspace:undo');
    expect(seen.at(-1)).toEqual(['outlets']);
    expect((await wb.call('outlets:get', { name: 'Reuters' })).grade).toBeNull();
  });
});

describe('the notebook file through the handlers', () => {
  it('exports, and imports into a new workspace as the same notebook', async () => {
    const wb = await seedApp();
    await wb.call('outlets:grade', { name: 'FT', grade: 'B', rationale: 'Long record.' });
    await wb.call('outlets:record-add', {
      name: 'Reuters',
      kind: 'scoop-confirmed',
      date: '2025-04-30',
      text: 'Kremlin line confirmed.',
    });
    await wb.call('outlets:edit', { kind: 'add', name: 'Meduza', outletKind: 'newspaper' });
    const json = await wb.call('outlets:export', { format: 'json' });
    const csv = await wb.call('outlets:export', { format: 'csv' });
    // A new workspace registers no folders: every outlet of the file is new to it.
    await wb.call('workspace:new', { file: 'Fresh' });
    expect(await wb.call('outlets:import', { format: 'csv', text: csv })).toEqual({
      added: 3,
      updated: 0,
      gradesKept: 0,
      recordEntries: 1,
    });
    expect(await wb.call('outlets:export', { format: 'json' })).toBe(json);
    expect((await wb.call('workspace:undo'))?.label).toBe('Import 3 outlets from a notebook file');
    expect(await wb.call('outlets:list')).toEqual([]);
  });

  it('refuses a malformed file with one sentence and changes nothing', async () => {
    const wb = await seedApp();
    await wb.call('outlets:grade', { name: 'FT', grade: 'B', rationale: '' });
    const before = await wb.call('outlets:export', { format: 'json' });
    const seen: string[] = [];
    wb.events.on('workspace:changed', (c) => seen.push(c.reason));
    await expect(
      wb.call('outlets:import', {
        format: 'csv',
        text: 'outlet,grade\r\nReuters,A\r\nTASS,Q\r\n',
      }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'Line 3, grade: a reliability grade is A to F.',
    });
    expect(await wb.call('outlets:export', { format: 'json' })).toBe(before);
    expect(seen).toEqual([]);
  });

  it('saves the export where the host asks, and answers null where it cannot ask', async () => {
    const seeded = await seedApp();
    expect(await seeded.call('outlets:save-export', { format: 'json' })).toBeNull();
    const target = join(await tempDir(), 'notebook.csv');
    const suggested: string[] = [];
    const wb = await compose((o) => createSearchLibrary({ ...o, workers: 0 }), {
      dataDir: await tempDir(),
      hostHooks: {
        ...noHostHooks,
        pickExportFile: (_format, name) => {
          suggested.push(name);
          return Promise.resolve(target);
        },
      },
    });
    await wb.idle();
    await wb.call('outlets:grade', { name: 'Reuters', grade: 'A', rationale: '' });
    expect(await wb.call('outlets:save-export', { format: 'csv' })).toBe(target);
    expect(suggested).toEqual(['Default outlets.csv']);
    expect(await readFile(target, 'utf8')).toBe(await wb.call('outlets:export', { format: 'csv' }));
  });
});
