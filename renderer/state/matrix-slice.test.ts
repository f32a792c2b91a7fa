// @vitest-environment node
import { matrixCell } from '../test/matrix-cell';
import { describe, expect, it } from 'vitest';
import type {
  MatrixCell,
  MatrixCellDetail,
  MatrixSuggestion,
  MatrixView,
} from '../../shared/matrix';
import type { WorkspaceArea } from '../../shared/workspace';
import { makeQuote } from '../../shared/testing/quote-fixtures';
import { createFakeApi, fakeWorkspaceState } from '../api/fake-api';
import { createAppStore } from './app-store';

const ok = <T>(value: T) => ({ ok: true as const, value });

const emptyCell = (party: string, issue: string): MatrixCell => matrixCell(party, issue);

const view = (asOf: string | null, cells: MatrixCell[] = []): MatrixView => ({
  asOf,
  staleDays: 90,
  parties: [{ id: 'ukraine', name: 'Ukraine', aliases: ['Zelensky'], order: 0 }],
  issues: [{ id: 'crimea', name: 'Crimea', proposition: '', terms: ['Crimea'], order: 0 }],
  cells: cells.length > 0 ? cells : [emptyCell('ukraine', 'crimea')],
});

const rejects: MatrixCellDetail = {
  ...emptyCell('ukraine', 'crimea'),
  stance: 'rejects',
  asOf: '2025-04-22',
  flags: ['single-origin'],
  origins: 1,
  evidence: [
    {
      quoteId: 'Q1',
      relation: 'supports',
      date: '2025-04-22',
      exact: 'Ukraine will not legally recognise the occupation of Crimea',
      articleId: 'a1',
      outlet: 'Kyiv Post',
      title: 'Zelensky rejects',
      origin: 'Financial Times',
      anonymous: false,
      linkedAt: '2025-05-01T00:00:00.000Z',
    },
  ],
  history: [],
};

const zelensky: MatrixSuggestion = {
  articleId: 'a1',
  title: 'Zelensky rejects',
  outlet: 'Kyiv Post',
  published: '2025-04-22',
  start: 10,
  end: 70,
  text: 'Ukraine will not legally recognise the occupation of Crimea',
  score: 3,
  matched: ['Ukraine', 'Crimea', 'recognise'],
  quoteId: null,
};

const cell = { party: 'ukraine', issue: 'crimea' };

const changed = (areas: WorkspaceArea[], reason: 'edit' | 'undo' | 'open' = 'edit') => ({
  reason,
  label: 'Edit',
  areas,
  state: fakeWorkspaceState(),
});

async function started(api = createFakeApi()) {
  api.handle('matrix:get', (input) => ok(view(input.asOf ?? null)));
  api.handle('matrix:cell', () => ok({ ...emptyCell('ukraine', 'crimea'), history: [] }));
  const store = createAppStore({ api });
  store.getState().start();
  await api.settled();
  return { api, store };
}

describe('the matrix in the store', () => {
  it('reads the grid at start, and again as of the date the analyst picks', async () => {
    const { api, store } = await started();
    expect(store.getState().matrixView?.parties.map((p) => p.name)).toEqual(['Ukraine']);
    expect(api.callsTo('matrix:get')).toEqual([{}]);

    await store.getState().setMatrixAsOf('2024-12-01');
    expect(api.callsTo('matrix:get').at(-1)).toEqual({ asOf: '2024-12-01' });
    expect(store.getState().matrixView?.asOf).toBe('2024-12-01');

    await store.getState().setMatrixAsOf(null);
    expect(api.callsTo('matrix:get').at(-1)).toEqual({});
  });

  it('opens a cell with its detail and suggestions, read as of the shown date', async () => {
    const { api, store } = await started();
    api.handle('matrix:suggest', () => ok([zelensky]));
    await store.getState().setMatrixAsOf('2025-05-01');
    await store.getState().openMatrixCell(cell);
    expect(api.callsTo('matrix:cell').at(-1)).toEqual({ ...cell, asOf: '2025-05-01' });
    expect(api.callsTo('matrix:suggest')).toEqual([cell]);
    expect(store.getState().matrixSuggestions).toEqual([zelensky]);

    await store.getState().openMatrixCell(null);
    expect(store.getState().matrixCell).toBeNull();
    expect(store.getState().matrixSuggestions).toBeNull();
  });

  it('pins a suggested passage on its offsets, links the new quote, and shows the cell it made', async () => {
    const { api, store } = await started();
    api.handle('quote:pin', (input) =>
      ok({ ...makeQuote({ id: 'Q1', articleId: input.articleId }), existing: false }),
    );
    api.handle('matrix:link', () => ok(rejects));
    await store.getState().openMatrixCell(cell);

    expect(await store.getState().pinAndLinkSuggestion(cell, zelensky, 'supports')).toBe(true);
    await api.settled();
    expect(api.callsTo('quote:pin')).toEqual([{ articleId: 'a1', start: 10, end: 70 }]);
    expect(api.callsTo('matrix:link')).toEqual([{ ...cell, quoteId: 'Q1', relation: 'supports' }]);
    expect(store.getState().matrixCell?.stance).toBe('rejects');
    expect(store.getState().matrixCell?.evidence.map((e) => e.quoteId)).toEqual(['Q1']);
  });

  it('links the quote already pinned on a suggested passage without pinning it again', async () => {
    const { api, store } = await started();
    api.handle('matrix:link', () => ok(rejects));
    await store
      .getState()
      .pinAndLinkSuggestion(cell, { ...zelensky, quoteId: 'Q7' }, 'contradicts');
    expect(api.callsTo('quote:pin')).toEqual([]);
    expect(api.callsTo('matrix:link')).toEqual([
      { ...cell, quoteId: 'Q7', relation: 'contradicts' },
    ]);
  });

  it('shows why an edit was refused and keeps the cell as it was', async () => {
    const { api, store } = await started();
    api.handle('matrix:set-cell', () => ({
      ok: false,
      error: { code: 'invalid-input', message: 'No party "nobody" in the matrix.' },
    }));
    await store.getState().openMatrixCell(cell);
    const before = store.getState().matrixCell;
    expect(await store.getState().setMatrixCell({ ...cell, stance: 'rejects' })).toBe(false);
    expect(store.getState().matrixError).toBe('No party "nobody" in the matrix.');
    expect(store.getState().matrixCell).toBe(before);
  });

  it('sends a set-cell with its reason and reads the grid again after it', async () => {
    const { api, store } = await started();
    api.handle('matrix:set-cell', () => ok(rejects));
    await store.getState().openMatrixCell(cell);
    const reads = api.callsTo('matrix:get').length;
    await store.getState().setMatrixCell({
      ...cell,
      stance: 'rejects',
      asOf: '2025-04-22',
      reason: 'Zelensky, 22 April',
    });
    await api.settled();
    expect(api.callsTo('matrix:set-cell')).toEqual([
      { ...cell, stance: 'rejects', asOf: '2025-04-22', reason: 'Zelensky, 22 April' },
    ]);
    expect(store.getState().matrixCell?.stance).toBe('rejects');
    expect(api.callsTo('matrix:get').length).toBe(reads + 1);
  });

  it('closes the drawer when an edit removes the open cell’s party', async () => {
    const { api, store } = await started();
    api.handle('matrix:edit', () => ok({ ...view(null), parties: [], cells: [] }));
    await store.getState().openMatrixCell(cell);
    await store.getState().editMatrix({ kind: 'remove', target: 'party', id: 'ukraine' });
    await api.settled();
    expect(store.getState().matrixView?.parties).toEqual([]);
    expect(store.getState().matrixOpenCell).toBeNull();
  });

  it('reads again when the matrix, quotes, origins or corrections change, not on variants', async () => {
    const { api, store } = await started();
    await store.getState().openMatrixCell(cell);
    const reads = () => [api.callsTo('matrix:get').length, api.callsTo('matrix:cell').length];
    const before = reads();

    api.emit('workspace:changed', changed(['variants']));
    await api.settled();
    expect(reads()).toEqual(before);

    for (const [i, area] of (['matrix', 'quotes', 'origins', 'corrections'] as const).entries()) {
      api.emit('workspace:changed', changed([area], 'undo'));
      await api.settled();
      expect(reads()).toEqual([before[0]! + i + 1, before[1]! + i + 1]);
    }
  });

  it('in the browser, downloads the export as of the shown date under a name that says so', async () => {
    const { api, store } = await started();
    api.handle('matrix:save-export', () => ok(null));
    api.handle('matrix:export', () => ok('party,issue\n'));
    await store.getState().setMatrixAsOf('2024-12-01');
    const outcome = await store.getState().exportMatrix('csv');
    expect(api.callsTo('matrix:save-export')).toEqual([{ format: 'csv', asOf: '2024-12-01' }]);
    expect(api.callsTo('matrix:export')).toEqual([{ format: 'csv', asOf: '2024-12-01' }]);
    expect(outcome).toEqual({
      kind: 'download',
      fileName: 'parley-matrix-as-of-2024-12-01.csv',
      text: 'party,issue\n',
      mime: 'text/csv;charset=utf-8',
    });
  });

  it('sets the stale threshold, then reads the grid and the open cell again for their flags', async () => {
    const { api, store } = await started();
    let stored = 90;
    api.handle('matrix:settings', (input) => {
      stored = input.staleDays ?? stored;
      return ok({ staleDays: stored });
    });
    api.handle('matrix:get', (input) => ok({ ...view(input.asOf ?? null), staleDays: stored }));
    await store.getState().openMatrixCell(cell);
    const reads = [api.callsTo('matrix:get').length, api.callsTo('matrix:cell').length];

    expect(await store.getState().setMatrixStaleDays(30)).toBe(true);
    await api.settled();
    expect(api.callsTo('matrix:settings')).toEqual([{ staleDays: 30 }]);
    expect(store.getState().matrixView?.staleDays).toBe(30);
    expect([api.callsTo('matrix:get').length, api.callsTo('matrix:cell').length]).toEqual([
      reads[0]! + 1,
      reads[1]! + 1,
    ]);
    expect(store.getState().uiAnnouncement?.text).toBe('Cells read stale after 30 days');
  });

  it('shows why the host refused a stale threshold and keeps the grid as it was', async () => {
    const { api, store } = await started();
    api.handle('matrix:settings', () => ({
      ok: false,
      error: { code: 'invalid-input', message: 'the stale threshold is at least 1 day' },
    }));
    const before = store.getState().matrixView;
    const reads = api.callsTo('matrix:get').length;
    expect(await store.getState().setMatrixStaleDays(0)).toBe(false);
    expect(store.getState().matrixError).toBe('the stale threshold is at least 1 day');
    expect(store.getState().matrixView).toBe(before);
    expect(api.callsTo('matrix:get').length).toBe(reads);
  });

  it('in Electron, saves through the native dialog; a cancelled dialog downloads nothing', async () => {
    const { api, store } = await started();
    api.handle('matrix:save-export', () => ok('/home/a/parley-matrix.json'));
    expect(await store.getState().exportMatrix('json')).toEqual({
      kind: 'saved',
      path: '/home/a/parley-matrix.json',
    });
    expect(store.getState().uiAnnouncement?.text).toBe(
      'Saved the matrix as JSON to /home/a/parley-matrix.json',
    );
    store.setState({ hostHasDialogs: true });
    api.handle('matrix:save-export', () => ok(null));
    expect(await store.getState().exportMatrix('csv')).toBeNull();
    expect(api.callsTo('matrix:export')).toEqual([]);
  });
});
