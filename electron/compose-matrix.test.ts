import { afterEach, describe, expect, it } from 'vitest';
import type { MatrixEditRequest } from '../shared/matrix';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  changes,
  cleanUp,
  compose,
  noHostHooks,
  seedApp,
  seedIdOf,
  tempDir,
  type TestApp,
} from './compose-test-support';
import { createSearchLibrary } from './services/search';
import { dispatch } from './services/handlers';

afterEach(cleanUp);

/** Pins the first passage of seed `prefix` that starts with `words` (to the end of its sentence). */
async function pinFrom(wb: TestApp, prefix: string, words: string): Promise<string> {
  const id = seedIdOf(await wb.call('origins:summary'), prefix);
  const text = (await wb.call('article:get', { id })).text;
  const start = text.indexOf(words);
  expect(start, `${words} in seed ${prefix}`).toBeGreaterThanOrEqual(0);
  const stop = text.indexOf('.', start + words.length);
  const quote = await wb.call('quote:pin', { articleId: id, start, end: stop + 1 });
  return quote.id;
}

/** The analyst's date for seed `prefix`: the seeds carry none the matrix could place in time. */
async function date(wb: TestApp, prefix: string, published: string): Promise<void> {
  const id = seedIdOf(await wb.call('origins:summary'), prefix);
  await wb.call('article:correct', { articleId: id, set: { published } });
}

const cellOf = async (wb: TestApp, party: string, issue: string, asOf?: string) => {
  const view = await wb.call('matrix:get', asOf ? { asOf } : {});
  const cell = view.cells.find((c) => c.party === party && c.issue === issue);
  if (!cell) throw new Error(`no cell ${party} × ${issue}`);
  return cell;
};

describe('the position matrix on the seeds', () => {
  it('starts with the default parties and issues, every cell unknown and without evidence', async () => {
    const wb = await seedApp();
    const view = await wb.call('matrix:get');
    expect(view.parties.map((p) => p.name)).toEqual([
      'Russia',
      'Ukraine',
      'United States',
      'Europe',
    ]);
    expect(view.issues.map((i) => i.name)).toEqual([
      'Crimea',
      'NATO membership',
      'Donetsk',
      'Luhansk',
      'Zaporizhzhia',
      'Kherson',
    ]);
    expect(view.issues[0]?.proposition).toBe('Crimea is recognised as Russian');
    expect(view.parties[0]?.aliases).toEqual(
      expect.arrayContaining(['Kremlin', 'Кремль', 'Путин']),
    );
    expect(view.cells).toHaveLength(24);
    expect(
      view.cells.every((c) => c.stance === 'unknown' && c.flags.join() === 'no-evidence'),
    ).toBe(true);
  });

  it('fills Ukraine × Crimea from a suggested Zelensky passage; Russia × Donetsk goes from one origin to two and conflict; as of 2024-12-01 shows only what was known then', async () => {
    const dataDir = await tempDir();
    const wb = await seedApp(dataDir);
    const suggestions = await wb.call('matrix:suggest', { party: 'ukraine', issue: 'crimea' });
    const zelensky = suggestions.find((s) => /Zelensk/.test(s.text) && /Crimea/.test(s.text));
    expect(zelensky, 'a Zelensky passage on Crimea is suggested').toBeDefined();
    if (!zelensky) return;
    expect(suggestions.indexOf(zelensky)).toBeLessThan(3);
    expect((await wb.call('matrix:get')).cells.every((c) => c.evidence.length === 0)).toBe(true);

    await wb.call('article:correct', {
      articleId: zelensky.articleId,
      set: { published: '2025-04-22' },
    });
    const pinned = await wb.call('quote:pin', {
      articleId: zelensky.articleId,
      start: zelensky.start,
      end: zelensky.end,
    });
    expect(pinned.exact).toBe(zelensky.text);
    const again = await wb.call('matrix:suggest', { party: 'ukraine', issue: 'crimea' });
    expect(again.find((s) => s.text === zelensky.text)?.quoteId).toBe(pinned.id);
    await wb.call('matrix:link', {
      party: 'ukraine',
      issue: 'crimea',
      quoteId: pinned.id,
      relation: 'supports',
    });
    const filled = await wb.call('matrix:set-cell', {
      party: 'ukraine',
      issue: 'crimea',
      stance: 'rejects',
      summary: 'Will not recognise Crimea as Russian',
      reason: 'Zelensky, 22 April',
    });
    expect(filled).toMatchObject({
      stance: 'rejects',
      asOf: '2025-04-22',
      asOfSet: false,
      origins: 1,
    });
    // Read now, the April 2025 evidence may be stale by the wall clock; "stale" is read as of dates below.
    expect(filled.flags.filter((f) => f !== 'stale')).toEqual(['single-origin']);
    expect(filled.history.map((h) => [h.kind, h.stance, h.effective])).toEqual([
      ['link', 'unknown', '2025-04-22'],
      ['set', 'rejects', '2025-04-22'],
    ]);

    // Russia × Donetsk: 001 and 003 relay one FT report (one origin); 004 is Reuters's own.
    await date(wb, '001', '2025-04-22');
    await date(wb, '003', '2025-04-22');
    await date(wb, '004', '2024-11-20');
    const q001 = await pinFrom(wb, '001', 'Putin said during a meeting with Steve Witkoff');
    const q003 = await pinFrom(wb, '003', 'At a meeting in St. Petersburg');
    const q004 = await pinFrom(wb, '004', 'According to three of the sources');
    for (const quoteId of [q001, q003])
      await wb.call('matrix:link', {
        party: 'russia',
        issue: 'donetsk',
        quoteId,
        relation: 'supports',
      });
    await wb.call('matrix:set-cell', {
      party: 'russia',
      issue: 'donetsk',
      stance: 'open-to',
      reason: 'FT, April 2025',
    });
    let donetsk = await cellOf(wb, 'russia', 'donetsk');
    expect(donetsk).toMatchObject({ stance: 'open-to', origins: 1, asOf: '2025-04-22' });
    expect(donetsk.flags.filter((f) => f !== 'stale')).toEqual(['single-origin']);
    expect(donetsk.evidence.map((e) => e.origin)).toEqual(['Financial Times', 'Financial Times']);

    await wb.call('matrix:link', {
      party: 'russia',
      issue: 'donetsk',
      quoteId: q004,
      relation: 'contradicts',
    });
    donetsk = await cellOf(wb, 'russia', 'donetsk');
    expect(donetsk.origins).toBe(2);
    expect(donetsk.flags.filter((f) => f !== 'stale')).toEqual(['conflicting']);
    // What the analyst had recorded in November, entered afterwards with its own date.
    await wb.call('matrix:set-cell', {
      party: 'russia',
      issue: 'donetsk',
      stance: 'insists',
      asOf: '2024-11-20',
      reason: 'Reuters, November 2024: full control of all four',
    });
    await wb.call('matrix:set-cell', {
      party: 'russia',
      issue: 'donetsk',
      stance: 'open-to',
      asOf: '2025-04-22',
      reason: 'FT, April 2025',
    });

    const december = await wb.call('matrix:get', { asOf: '2024-12-01' });
    const then = december.cells.find((c) => c.party === 'russia' && c.issue === 'donetsk');
    expect(then).toMatchObject({ stance: 'insists', asOf: '2024-11-20', origins: 1 });
    expect(then?.evidence.map((e) => e.quoteId)).toEqual([q004]);
    const ukraineThen = december.cells.find((c) => c.party === 'ukraine' && c.issue === 'crimea');
    expect(ukraineThen).toMatchObject({ stance: 'unknown', evidence: [], flags: ['no-evidence'] });
    const may = await cellOf(wb, 'russia', 'donetsk', '2025-05-01');
    expect(may).toMatchObject({ stance: 'open-to', origins: 2 });
    expect(may.flags).toEqual(['conflicting']);
    expect(await cellOf(wb, 'ukraine', 'crimea', '2025-05-01')).toMatchObject({
      stance: 'rejects',
      flags: ['single-origin'],
    });
    // Newest evidence older than the threshold (90 days by default) before the date read: stale.
    expect((await cellOf(wb, 'ukraine', 'crimea', '2025-09-01')).flags).toEqual([
      'single-origin',
      'stale',
    ]);

    const detail = await wb.call('matrix:cell', { party: 'russia', issue: 'donetsk' });
    expect(detail.history.map((h) => h.kind)).toEqual([
      'link',
      'link',
      'set',
      'link',
      'set',
      'set',
    ]);
    expect(detail.history.at(-2)?.reason).toBe('Reuters, November 2024: full control of all four');

    const json = JSON.parse(await wb.call('matrix:export', { format: 'json' })) as {
      cells: { party: string; issue: string; stance: string; evidence: unknown[] }[];
    };
    expect(json.cells.find((c) => c.party === 'Ukraine' && c.issue === 'Crimea')).toMatchObject({
      stance: 'rejects',
      evidence: [{ quote: pinned.id, relation: 'supports' }],
    });
    const csv = await wb.call('matrix:export', { format: 'csv', asOf: '2025-05-01' });
    expect(csv.split('\r\n')[0]).toBe(
      'party,issue,proposition,stance,summary,asOf,supports,contradicts,origins,flags,note',
    );
    expect(csv).toContain(
      `Russia,Donetsk,Russia keeps all of Donetsk oblast,open to,,2025-04-22,"${q001}; ${q003}",${q004},2,conflicting evidence,`,
    );

    // Everything survives closing and reopening the workspace.
    await wb.close();
    const reopened = await seedApp(dataDir);
    expect(await cellOf(reopened, 'ukraine', 'crimea')).toMatchObject({
      stance: 'rejects',
      asOf: '2025-04-22',
      origins: 1,
    });
    expect((await cellOf(reopened, 'russia', 'donetsk', '2024-12-01')).stance).toBe('insists');
  });

  it('saves the export (as of the shown date) where the host dialog says; null without a dialog', async () => {
    const seeded = await seedApp();
    expect(await seeded.call('matrix:save-export', { format: 'csv' })).toBeNull();

    const dir = await tempDir();
    const target = join(dir, 'matrix.csv');
    const offered: string[] = [];
    const wb = await compose((o) => createSearchLibrary({ ...o, workers: 0 }), {
      dataDir: await tempDir(),
      hostHooks: {
        ...noHostHooks,
        pickExportFile: (_format, name) => {
          offered.push(name);
          return Promise.resolve(target);
        },
      },
    });
    await wb.idle();
    const asOf = '2024-12-01';
    expect(await wb.call('matrix:save-export', { format: 'csv', asOf })).toBe(target);
    expect(offered).toEqual(['parley-matrix-as-of-2024-12-01.csv']);
    expect(await readFile(target, 'utf8')).toBe(
      await wb.call('matrix:export', { format: 'csv', asOf }),
    );
    expect(await readdir(dir)).toEqual(['matrix.csv']);
  });

  it('undoes and redoes every kind of edit as one step, links with the edit that made them', async () => {
    const wb = await seedApp();
    const quoteId = await pinFrom(wb, '004', 'All those Russian officials claimed');
    const snapshot = async () =>
      JSON.stringify([
        await wb.call('matrix:get'),
        await wb.call('matrix:cell', { party: 'russia', issue: 'crimea' }),
        await wb.call('matrix:settings'),
      ]);
    const edits: [string, () => Promise<unknown>][] = [
      [
        'Add party Turkey',
        () => wb.call('matrix:edit', { kind: 'add-party', name: 'Turkey', aliases: ['Ankara'] }),
      ],
      [
        'Add issue Sanctions',
        () =>
          wb.call('matrix:edit', {
            kind: 'add-issue',
            name: 'Sanctions',
            proposition: 'Sanctions are lifted',
          }),
      ],
      [
        'Rename party Europe to European Union',
        () =>
          wb.call('matrix:edit', {
            kind: 'rename',
            target: 'party',
            id: 'europe',
            name: 'European Union',
          }),
      ],
      [
        'Move issue Kherson',
        () => wb.call('matrix:edit', { kind: 'move', target: 'issue', id: 'kherson', to: 0 }),
      ],
      [
        'Set aliases of Russia',
        () => wb.call('matrix:edit', { kind: 'set-aliases', id: 'russia', aliases: ['Kremlin'] }),
      ],
      [
        'Set search terms of Crimea',
        () => wb.call('matrix:edit', { kind: 'set-terms', id: 'crimea', terms: ['Crimea'] }),
      ],
      [
        'Set proposition of Crimea',
        () =>
          wb.call('matrix:edit', {
            kind: 'set-proposition',
            id: 'crimea',
            proposition: 'Crimea stays Russian',
          }),
      ],
      [
        'Set Russia × Crimea: insists',
        () => wb.call('matrix:set-cell', { party: 'russia', issue: 'crimea', stance: 'insists' }),
      ],
      [
        `Link ${quoteId} to Russia × Crimea (supports)`,
        () =>
          wb.call('matrix:link', {
            party: 'russia',
            issue: 'crimea',
            quoteId,
            relation: 'supports',
          }),
      ],
      ['Set stale after 30 days', () => wb.call('matrix:settings', { staleDays: 30 })],
    ];
    for (const [label, edit] of edits) {
      const before = await snapshot();
      await edit();
      const after = await snapshot();
      expect(after, label).not.toBe(before);
      expect((await wb.call('workspace:undo'))?.label).toBe(label);
      expect(await snapshot(), `undo ${label}`).toBe(before);
      expect((await wb.call('workspace:redo'))?.label).toBe(label);
      expect(await snapshot(), `redo ${label}`).toBe(after);
    }

    // Removing a party takes its cells, links and history; one undo brings them all back.
    const withCell = await snapshot();
    await wb.call('matrix:edit', { kind: 'remove', target: 'party', id: 'russia' });
    expect((await wb.call('matrix:get')).parties.map((p) => p.id)).not.toContain('russia');
    expect((await wb.call('workspace:undo'))?.label).toBe('Remove party Russia');
    expect(await snapshot()).toBe(withCell);

    await wb.call('matrix:unlink', { party: 'russia', issue: 'crimea', quoteId });
    expect((await wb.call('matrix:cell', { party: 'russia', issue: 'crimea' })).evidence).toEqual(
      [],
    );
    expect((await wb.call('workspace:undo'))?.label).toBe(`Unlink ${quoteId} from Russia × Crimea`);
    expect(await snapshot()).toBe(withCell);

    // Deleting a quote drops its links with it (and says the matrix changed), and undo restores both.
    const seen = changes(wb);
    await wb.call('quote:delete', { id: quoteId });
    expect(seen.at(-1)?.areas).toEqual(['quotes', 'matrix']);
    expect((await wb.call('matrix:cell', { party: 'russia', issue: 'crimea' })).evidence).toEqual(
      [],
    );
    await wb.call('workspace:undo');
    expect(await snapshot()).toBe(withCell);
  });

  it('refuses bad edits with a clear message and changes nothing', async () => {
    const wb = await seedApp();
    const before = JSON.stringify(await wb.call('matrix:get'));
    const bad: [MatrixEditRequest | Record<string, unknown>, string, RegExp][] = [
      [{ kind: 'add-party', name: '  ' }, 'matrix:edit', /needs a name/],
      [{ kind: 'add-party', name: 'russia' }, 'matrix:edit', /already a party called Russia/],
      [
        { kind: 'rename', target: 'issue', id: 'nope', name: 'X' },
        'matrix:edit',
        /No issue with id nope/,
      ],
      [{ kind: 'set-terms', id: 'crimea', terms: [] }, 'matrix:edit', /at least one search term/],
      [{ party: 'russia', issue: 'crimea', stance: 'maybe' }, 'matrix:set-cell', /stance/],
      [{ party: 'russia', issue: 'crimea', asOf: '2025-02-30' }, 'matrix:set-cell', /YYYY-MM-DD/],
      [
        { party: 'russia', issue: 'crimea', quoteId: 'Q99', relation: 'supports' },
        'matrix:link',
        /No quote Q99/,
      ],
      [
        { party: 'russia', issue: 'crimea', quoteId: 'Q1' },
        'matrix:unlink',
        /not evidence of Russia × Crimea/,
      ],
      [{ staleDays: 0 }, 'matrix:settings', /at least 1 day/],
    ];
    for (const [input, channel, message] of bad) {
      const result = await dispatch(wb.handlers, channel, input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(JSON.stringify(await wb.call('matrix:get'))).toBe(before);
    expect((await wb.call('workspace:info')).undoLabel).toBeNull();
  });
});
