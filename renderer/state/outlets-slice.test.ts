// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { OutletDetail } from '../../shared/outlets';
import type { WorkspaceArea } from '../../shared/workspace';
import { createFakeApi, fakeOutlet, fakeOutletDetail, fakeWorkspaceState } from '../api/fake-api';
import { createAppStore } from './app-store';

const ft = fakeOutlet({ name: 'Financial Times', aliases: ['FT'] });
const reuters = fakeOutlet({ name: 'Reuters', kind: 'wire' });
const graded: OutletDetail = fakeOutletDetail({
  name: 'Financial Times',
  grade: { grade: 'B', rationale: 'Long record', by: 'Analyst', at: '2026-12-03T12:00:00.000Z' },
});

const changed = (...areas: WorkspaceArea[]) => ({
  reason: 'edit' as const,
  label: 'Edit',
  areas,
  state: fakeWorkspaceState(),
});

async function started(api = createFakeApi()) {
  const store = createAppStore({ api, debounceMs: 0 });
  store.getState().start();
  await api.settled();
  return store;
}

describe('outlets in the store', () => {
  it('lists the notebook at start and opens an outlet by name (an alias opens its outlet)', async () => {
    const api = createFakeApi({
      'outlets:list': () => ({ ok: true, value: [ft, reuters] }),
      'outlets:get': () => ({ ok: true, value: fakeOutletDetail(ft) }),
    });
    const store = await started(api);
    expect(store.getState().outletsList.map((o) => o.name)).toEqual(['Financial Times', 'Reuters']);
    expect(store.getState().outletsStatus).toBe('ready');

    await store.getState().openOutlet('FT');
    expect(api.callsTo('outlets:get')).toEqual([{ name: 'FT' }]);
    expect(store.getState().outletsOpenName).toBe('Financial Times');
    expect(store.getState().outletsDetail?.aliases).toEqual(['FT']);

    await store.getState().openOutlet(null);
    expect(store.getState().outletsDetail).toBeNull();
    store.getState().stop();
  });

  it('grades an outlet and shows the graded detail; a refusal is kept to show and changes nothing', async () => {
    const api = createFakeApi({
      'outlets:list': () => ({ ok: true, value: [ft] }),
      'outlets:get': () => ({ ok: true, value: fakeOutletDetail(ft) }),
      'outlets:grade': () => ({ ok: true, value: graded }),
    });
    const store = await started(api);
    await store.getState().openOutlet('Financial Times');

    expect(
      await store
        .getState()
        .gradeOutlet({ name: 'Financial Times', grade: 'B', rationale: 'Long record' }),
    ).toBe(true);
    expect(api.callsTo('outlets:grade')).toEqual([
      { name: 'Financial Times', grade: 'B', rationale: 'Long record' },
    ]);
    expect(store.getState().outletsDetail?.grade?.grade).toBe('B');
    expect(store.getState().uiAnnouncement?.text).toBe('Graded Financial Times B');

    api.handle('outlets:grade', () => ({
      ok: false,
      error: { code: 'invalid-input', message: 'a reliability grade is A to F' },
    }));
    expect(
      await store.getState().gradeOutlet({ name: 'Financial Times', grade: 'B', rationale: '' }),
    ).toBe(false);
    expect(store.getState().outletsError).toBe('a reliability grade is A to F');
    expect(store.getState().outletsDetail?.grade?.grade).toBe('B');
    store.getState().stop();
  });

  it('follows the open outlet through a rename and a merge, and closes it when removed', async () => {
    const api = createFakeApi({
      'outlets:list': () => ({ ok: true, value: [ft, reuters] }),
      'outlets:edit': () => ({ ok: true, value: [reuters] }),
      'outlets:get': (input) => ({ ok: true, value: fakeOutletDetail({ name: input.name }) }),
    });
    const store = await started(api);
    await store.getState().openOutlet('Financial Times');

    expect(
      await store
        .getState()
        .editOutlet({ kind: 'rename', name: 'Financial Times', to: 'The Financial Times' }),
    ).toBe(true);
    await api.settled();
    expect(store.getState().outletsList).toEqual([reuters]);
    expect(store.getState().outletsOpenName).toBe('The Financial Times');

    await store
      .getState()
      .editOutlet({ kind: 'merge', name: 'The Financial Times', into: 'Reuters' });
    await api.settled();
    expect(store.getState().outletsOpenName).toBe('Reuters');

    await store.getState().editOutlet({ kind: 'remove', name: 'Reuters' });
    await api.settled();
    expect(store.getState().outletsOpenName).toBeNull();
    expect(api.callsTo('outlets:get').map((c) => c.name)).toEqual([
      'Financial Times',
      'The Financial Times',
      'Reuters',
    ]);
    store.getState().stop();
  });

  it('adds and removes track-record entries through their channels', async () => {
    const entry = {
      id: 'R1',
      kind: 'correction' as const,
      date: '2026-11-02',
      text: 'Corrected the casualty figure',
      articleIds: ['a1'],
      quoteIds: [],
      createdAt: '2026-12-03T12:00:00.000Z',
    };
    const api = createFakeApi({
      'outlets:record-add': () => ({ ok: true, value: fakeOutletDetail({ record: [entry] }) }),
      'outlets:record-remove': () => ({ ok: true, value: fakeOutletDetail() }),
    });
    const store = await started(api);
    const request = {
      name: 'Financial Times',
      kind: 'correction' as const,
      date: '2026-11-02',
      text: 'Corrected the casualty figure',
      articleIds: ['a1'],
    };
    expect(await store.getState().addOutletRecord(request)).toBe(true);
    expect(api.callsTo('outlets:record-add')).toEqual([request]);
    expect(store.getState().outletsDetail?.record).toEqual([entry]);

    expect(await store.getState().removeOutletRecord('Financial Times', 'R1')).toBe(true);
    expect(api.callsTo('outlets:record-remove')).toEqual([{ name: 'Financial Times', id: 'R1' }]);
    expect(store.getState().outletsDetail?.record).toEqual([]);
    store.getState().stop();
  });

  it('imports a notebook and keeps the counts; a malformed file is refused with its message', async () => {
    const api = createFakeApi({
      'outlets:import': () => ({
        ok: true,
        value: { added: 2, updated: 1, gradesKept: 1, recordEntries: 3 },
      }),
    });
    const store = await started(api);
    expect(await store.getState().importOutlets({ format: 'json', text: '{"outlets":[]}' })).toBe(
      true,
    );
    expect(store.getState().outletsImportResult).toEqual({
      added: 2,
      updated: 1,
      gradesKept: 1,
      recordEntries: 3,
    });

    api.handle('outlets:import', () => ({
      ok: false,
      error: { code: 'invalid-input', message: 'Line 3: a grade is A to F, not "Z".' },
    }));
    expect(await store.getState().importOutlets({ format: 'csv', text: 'name,grade\nX,Z' })).toBe(
      false,
    );
    expect(store.getState().outletsError).toBe('Line 3: a grade is A to F, not "Z".');
    expect(store.getState().outletsImportResult).toBeNull();
    store.getState().stop();
  });

  it('exports through the host dialog, or hands the browser the text to download', async () => {
    const api = createFakeApi({
      'outlets:save-export': () => ({ ok: true, value: null }),
      'outlets:export': (input) => ({ ok: true, value: `export as ${input.format}` }),
    });
    const store = await started(api);
    expect(await store.getState().exportOutlets('csv')).toEqual({
      kind: 'download',
      fileName: 'Default outlets.csv',
      text: 'export as csv',
      mime: 'text/csv;charset=utf-8',
    });
    api.handle('outlets:save-export', () => ({ ok: true, value: '/home/a/outlets.json' }));
    expect(await store.getState().exportOutlets('json')).toEqual({
      kind: 'saved',
      path: '/home/a/outlets.json',
    });
    expect(api.callsTo('outlets:export')).toEqual([{ format: 'csv' }]);
    store.getState().stop();
  });

  it('reloads when outlets, origins, corrections or folders change, and not for quotes alone', async () => {
    const api = createFakeApi();
    const store = await started(api);
    const lists = () => api.callsTo('outlets:list').length;
    const before = lists();
    api.emit('workspace:changed', changed('quotes'));
    await api.settled();
    expect(lists()).toBe(before);
    for (const area of ['outlets', 'origins', 'corrections', 'folders'] as const) {
      api.emit('workspace:changed', changed(area));
      await api.settled();
    }
    expect(lists()).toBe(before + 4);
    store.getState().stop();
  });

  it('a grade change reloads the quotes (their pairs) and re-runs a search filtered by grade', async () => {
    const api = createFakeApi();
    const store = await started(api);
    store.getState().setSearchText('crimea');
    store.getState().setSearchFilters({ searchGrades: ['B', 'ungraded'] });
    await api.settled();
    expect(api.callsTo('search:query').at(-1)?.grades).toEqual(['B', 'ungraded']);

    const searches = api.callsTo('search:query').length;
    const quoteLists = api.callsTo('quote:list').length;
    api.emit('workspace:changed', changed('outlets'));
    await api.settled();
    expect(api.callsTo('search:query').length).toBeGreaterThan(searches);
    expect(api.callsTo('quote:list')).toHaveLength(quoteLists + 1);
    store.getState().stop();
  });
});
