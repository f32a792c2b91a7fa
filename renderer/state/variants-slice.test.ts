// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createFakeApi, fakeWorkspaceState } from '../api/fake-api';
import { createAppStore } from './app-store';

describe('variants in the store', () => {
  it("adds a spelling to the analyst's set of that name, or starts one with the name", async () => {
    const api = createFakeApi({
      'variants:list': () => ({
        ok: true,
        value: {
          builtIn: [['Kyiv', 'Kiev']],
          analyst: [{ name: 'Kyiv', spellings: ['Kyiv', 'Kyjiw'], updatedAt: 'x' }],
        },
      }),
    });
    const store = createAppStore({ api });
    store.getState().start();
    await api.settled();

    expect(await store.getState().addVariantSpelling('Kyiv', 'Kijów')).toBe(true);
    expect(await store.getState().addVariantSpelling('Poutine', 'Putin')).toBe(true);
    expect(api.callsTo('variants:set')).toEqual([
      { name: 'Kyiv', spellings: ['Kyiv', 'Kyjiw', 'Kijów'] },
      { name: 'Poutine', spellings: ['Poutine', 'Putin'] },
    ]);
    store.getState().stop();
  });

  it('keeps the refusal to show and searches again when the sets change', async () => {
    const api = createFakeApi({
      'variants:set': () => ({
        ok: false,
        error: { code: 'invalid-input', message: 'A spelling cannot be empty.' },
      }),
    });
    const store = createAppStore({ api, debounceMs: 0 });
    store.getState().start();
    store.getState().setSearchText('Kyjiw');
    await store.getState().runSearch();
    await api.settled();
    expect(await store.getState().addVariantSpelling('Kyiv', ' ')).toBe(false);
    expect(store.getState().variantsError).toBe('A spelling cannot be empty.');

    const searches = api.callsTo('search:query').length;
    const lists = api.callsTo('variants:list').length;
    api.emit('workspace:changed', {
      reason: 'undo',
      label: 'Set spellings of Kyiv',
      areas: ['variants'],
      state: fakeWorkspaceState(),
    });
    await api.settled();
    expect(api.callsTo('search:query')).toHaveLength(searches + 1);
    expect(api.callsTo('variants:list')).toHaveLength(lists + 1);
    store.getState().stop();
  });
});
