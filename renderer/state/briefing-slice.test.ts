// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Briefing, BriefingDocument } from '../../shared/briefing';
import type { StoredBriefing } from '../../shared/briefings';
import type { Result } from '../../shared/result';
import { createFakeApi, fakeWorkspaceState, type FakeApi } from '../api/fake-api';
import { createAppStore } from './app-store';

const emptyDoc = (title: string): BriefingDocument => ({
  title,
  asOf: '2025-04-22',
  handling: null,
  bottomLine: [],
  judgments: [],
  sections: [],
  footnotes: [],
  sources: [],
  problems: [],
});

/** A fake API whose briefing channels keep briefings in a map, as the workspace would. */
function briefingApi(): { api: FakeApi; stored: Map<string, StoredBriefing> } {
  const stored = new Map<string, StoredBriefing>();
  const summaries = () =>
    [...stored.values()].map((b) => ({
      id: b.id,
      name: b.name,
      title: b.briefing.title,
      updatedAt: b.updatedAt,
    }));
  const api = createFakeApi({
    'briefing:list': () => ({ ok: true, value: summaries() }),
    'briefing:get': ({ id }) => {
      const b = stored.get(id);
      return b ? { ok: true, value: b } : { ok: false, error: { code: 'not-found', message: id } };
    },
    'briefing:save': ({ id, name, briefing }): Result<StoredBriefing> => {
      const key = id ?? `B${stored.size + 1}`;
      const saved = { id: key, name, briefing, updatedAt: 'now' };
      stored.set(key, saved);
      return { ok: true, value: saved };
    },
    'briefing:delete': ({ id }) => {
      stored.delete(id);
      return { ok: true, value: summaries() };
    },
    'briefing:preview': (input) => ({
      ok: true,
      value: emptyDoc('draft' in input ? input.draft.title : input.id),
    }),
  });
  return { api, stored };
}

const started = async (api: FakeApi) => {
  const store = createAppStore({ api, debounceMs: 0, autosaveMs: 0 });
  store.getState().start();
  await api.settled();
  return store;
};

const setTitle = (title: string) => (draft: Briefing) => ({ ...draft, title });

describe('briefings in the store', () => {
  it('creates a briefing, autosaves edits and previews the draft', async () => {
    const { api, stored } = briefingApi();
    const store = await started(api);
    expect(await store.getState().createBriefing('Talks', '2025-04-22')).toBe(true);
    expect(store.getState().briefingOpenId).toBe('B1');

    store.getState().editBriefing(setTitle('Ceasefire'));
    store.getState().editBriefing((d) => ({ ...d, bottomLine: 'Moscow keeps its terms [Q1].' }));
    expect(store.getState().briefingUnsaved).toBe(true);
    await api.settled();

    expect(stored.get('B1')?.briefing).toMatchObject({
      title: 'Ceasefire',
      bottomLine: 'Moscow keeps its terms [Q1].',
    });
    // Both edits in one store: autosave waits for the last one.
    expect(api.callsTo('briefing:save')).toHaveLength(2);
    expect(store.getState().briefingUnsaved).toBe(false);
    expect(store.getState().briefingPreview?.title).toBe('Ceasefire');
    expect(store.getState().briefingList).toMatchObject([{ id: 'B1', title: 'Ceasefire' }]);
    store.getState().stop();
  });

  it('never lets a slow save overwrite an edit typed while it was on its way', async () => {
    const { api, stored } = briefingApi();
    const store = await started(api);
    await store.getState().createBriefing('Talks', '2025-04-22');
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let arrived: () => void = () => undefined;
    const sent = new Promise<void>((resolve) => (arrived = resolve));
    api.handle('briefing:save', async ({ id, name, briefing }) => {
      arrived();
      await gate;
      const saved = { id: id ?? 'B1', name, briefing, updatedAt: 'now' };
      stored.set(saved.id, saved);
      return { ok: true, value: saved };
    });
    store.getState().editBriefing(setTitle('First'));
    const first = store.getState().flushBriefing();
    await sent;
    store.getState().editBriefing(setTitle('Second'));
    release();
    await first;
    expect(store.getState().briefingDraft?.title).toBe('Second');
    expect(store.getState().briefingUnsaved).toBe(true);
    await api.settled();
    expect(stored.get('B1')?.briefing.title).toBe('Second');
    expect(api.callsTo('briefing:save').map((c) => c.briefing.title)).toEqual([
      'Talks',
      'First',
      'Second',
    ]);
    store.getState().stop();
  });

  it('keeps a refused draft as typed and says why', async () => {
    const { api } = briefingApi();
    const store = await started(api);
    await store.getState().createBriefing('Talks', '2025-04-22');
    api.handle('briefing:save', () => ({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'The briefing is not valid: a briefing needs a title.',
      },
    }));
    store.getState().editBriefing(setTitle(''));
    await api.settled();
    expect(store.getState().briefingDraft?.title).toBe('');
    expect(store.getState().briefingUnsaved).toBe(true);
    expect(store.getState().briefingError).toMatch(/needs a title/);
    store.getState().stop();
  });

  it('shows the stored version after an undo and refreshes the preview when quotes change', async () => {
    const { api, stored } = briefingApi();
    const store = await started(api);
    await store.getState().createBriefing('Talks', '2025-04-22');
    store.getState().editBriefing(setTitle('Edited'));
    await api.settled();
    // The undo put the old title back in the workspace.
    const b1 = stored.get('B1') as StoredBriefing;
    stored.set('B1', { ...b1, briefing: { ...b1.briefing, title: 'Talks' } });
    const change = { label: 'Edit briefing Talks', state: fakeWorkspaceState() };
    api.emit('workspace:changed', { ...change, reason: 'undo', areas: ['briefing'] });
    await api.settled();
    expect(store.getState().briefingDraft?.title).toBe('Talks');

    const previews = api.callsTo('briefing:preview').length;
    api.emit('workspace:changed', { ...change, reason: 'edit', areas: ['quotes'] });
    await api.settled();
    expect(api.callsTo('briefing:preview')).toHaveLength(previews + 1);
    store.getState().stop();
  });

  it('renames, refuses a taken name and deletes, opening the next briefing', async () => {
    const { api } = briefingApi();
    const store = await started(api);
    await store.getState().createBriefing('Alpha', '2025-04-22');
    await store.getState().createBriefing('Beta', '2025-04-22');
    expect(await store.getState().renameBriefing('Gamma')).toBe(true);
    expect(store.getState().briefingList.map((b) => b.name)).toEqual(['Alpha', 'Gamma']);
    api.handle('briefing:save', () => ({
      ok: false,
      error: { code: 'conflict', message: 'There is already a briefing named "Alpha".' },
    }));
    expect(await store.getState().renameBriefing('alpha')).toBe(false);
    expect(store.getState().briefingName).toBe('Gamma');
    await store.getState().deleteBriefing('B2');
    expect(store.getState().briefingOpenId).toBe('B1');
    store.getState().stop();
  });

  it('downloads the export in the browser host, the default briefing when none is open', async () => {
    const { api } = briefingApi();
    api.handle('briefing:save-export', () => ({ ok: true, value: null }));
    api.handle('briefing:export', ({ format }) => ({
      ok: true,
      value: {
        fileName: `Default — briefing 2025-04-22.${format}`,
        mime: 'text/html',
        base64: 'PGgxPg==',
      },
    }));
    const store = await started(api);
    const outcome = await store.getState().exportBriefing('html');
    expect(outcome).toEqual({
      kind: 'download',
      fileName: 'Default — briefing 2025-04-22.html',
      mime: 'text/html',
      base64: 'PGgxPg==',
    });
    expect(api.callsTo('briefing:export')).toEqual([{ format: 'html' }]);
    store.getState().stop();
  });
});
