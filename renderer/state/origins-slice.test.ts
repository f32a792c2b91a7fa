// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { OriginsSummary } from '../../shared/origins';
import { createFakeApi, fakeWorkspaceState } from '../api/fake-api';
import { createAppStore } from './app-store';

const ok = <T>(value: T) => ({ ok: true as const, value });

const fiveRelays: OriginsSummary = {
  articles: 5,
  independentOrigins: 2,
  groups: [
    { origin: 'Financial Times', articleIds: ['a0', 'a1', 'a2', 'a3'] },
    { origin: 'Reuters', articleIds: ['a4'] },
  ],
  origins: { a0: 'FT', a1: 'FT', a2: 'FT', a3: 'FT', a4: 'Reuters' },
};

const split: OriginsSummary = {
  ...fiveRelays,
  independentOrigins: 3,
  groups: [
    { origin: 'Financial Times', articleIds: ['a0', 'a1', 'a2'] },
    { origin: 'Financial Times', articleIds: ['a3'] },
    { origin: 'Reuters', articleIds: ['a4'] },
  ],
};

describe('origins in the store', () => {
  it('loads the summary at start and knows the group of each article', async () => {
    const api = createFakeApi({ 'origins:summary': () => ok(fiveRelays) });
    const store = createAppStore({ api });
    store.getState().start();
    await api.settled();
    expect(store.getState().originsSummary?.independentOrigins).toBe(2);
    expect(store.getState().originsGroupOf).toEqual({ a0: 0, a1: 0, a2: 0, a3: 0, a4: 1 });
  });

  it('computes again when an indexing pass finishes or the workspace decisions change, not on quote edits', async () => {
    const api = createFakeApi({ 'origins:summary': () => ok(fiveRelays) });
    const store = createAppStore({ api });
    store.getState().start();
    await api.settled();
    const asked = () => api.callsTo('origins:summary').length;
    const before = asked();

    api.emit('workspace:changed', {
      reason: 'edit',
      label: 'Pin Q1',
      areas: ['quotes'],
      state: fakeWorkspaceState(),
    });
    await api.settled();
    expect(asked()).toBe(before);

    api.emit('index:progress', {
      phase: 'done',
      folder: null,
      scanned: 5,
      parsed: 5,
      indexed: 5,
      total: 5,
      skipped: 0,
    });
    await api.settled();
    expect(asked()).toBe(before + 1);

    api.emit('workspace:changed', {
      reason: 'undo',
      label: 'Split a3',
      areas: ['origins'],
      state: fakeWorkspaceState(),
    });
    await api.settled();
    expect(asked()).toBe(before + 2);
  });

  it('shows progress while the analysis runs and clears it at the end', () => {
    const api = createFakeApi();
    const store = createAppStore({ api });
    store.getState().start();
    api.emit('origins:progress', { done: 40, total: 100 });
    expect(store.getState().originsProgress).toEqual({ done: 40, total: 100 });
    api.emit('origins:progress', { done: 100, total: 100 });
    expect(store.getState().originsProgress).toBeNull();
  });

  it('takes a decision’s summary at once and reloads the open group’s evidence', async () => {
    const api = createFakeApi({
      'origins:summary': () => ok(fiveRelays),
      'decision:make': () => ok(split),
      'origins:group': ({ articleId }) =>
        ok({ origin: 'Financial Times', members: [], shared: [], reasons: [articleId] }),
    });
    const store = createAppStore({ api });
    await store.getState().refreshOrigins();
    await store.getState().openOriginGroup('a3');
    expect(await store.getState().decideOrigin({ kind: 'split', articleId: 'a3' })).toBe(true);
    await api.settled();
    expect(store.getState().originsSummary?.independentOrigins).toBe(3);
    expect(store.getState().originsGroupOf.a3).toBe(1);
    expect(api.callsTo('origins:group')).toEqual([{ articleId: 'a3' }, { articleId: 'a3' }]);
  });

  it('keeps the summary and says why when a decision is refused', async () => {
    const api = createFakeApi({
      'origins:summary': () => ok(fiveRelays),
      'decision:make': () => ({
        ok: false,
        error: { code: 'invalid-input', message: 'a4 is alone in its group: nothing to split' },
      }),
    });
    const store = createAppStore({ api });
    await store.getState().refreshOrigins();
    expect(await store.getState().decideOrigin({ kind: 'split', articleId: 'a4' })).toBe(false);
    expect(store.getState().originsError).toMatch(/nothing to split/);
    expect(store.getState().originsSummary).toBe(fiveRelays);
  });

  it('loads the origin of the article the reader opens, and drops it when the reader closes', async () => {
    const api = createFakeApi({
      'article:get': ({ id }) => ({ ok: false, error: { code: 'not-found', message: id } }),
      'origins:article': ({ id }) =>
        ok({
          id,
          path: id,
          publisher: null,
          origin: 'Reuters',
          also: [],
          anonymous: 0,
          attributions: [],
          group: [id],
        }),
    });
    const store = createAppStore({ api });
    store.getState().start();
    await api.settled();
    void store.getState().openArticle('a4');
    await api.settled();
    expect(store.getState().originsArticle?.origin).toBe('Reuters');
    store.getState().closeArticle();
    await api.settled();
    expect(store.getState().originsArticle).toBeNull();
  });

  it('compares the quotations of an opened group of relays, and not of a lone article', async () => {
    const member = (id: string) => ({
      id,
      path: id,
      title: id,
      publisher: null,
      published: null,
      cues: [],
    });
    const api = createFakeApi({
      'origins:summary': () => ok(fiveRelays),
      'origins:group': ({ articleId }) =>
        ok({
          origin: 'Financial Times',
          members: articleId === 'a4' ? [member('a4')] : ['a0', 'a1'].map(member),
          shared: [],
          reasons: [],
        }),
    });
    const store = createAppStore({ api });
    await store.getState().openOriginGroup('a0');
    expect(api.callsTo('origins:drift')).toEqual([{ articleIds: ['a0', 'a1'] }]);
    expect(store.getState().originsDrift).toEqual([]);
    await store.getState().openOriginGroup('a4');
    expect(api.callsTo('origins:drift')).toHaveLength(1);
    expect(store.getState().originsDrift).toEqual([]);
  });
});
