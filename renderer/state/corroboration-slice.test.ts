// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Corroboration } from '../../shared/corroboration';
import type { Result } from '../../shared/result';
import { makeQuote } from '../../shared/testing/quote-fixtures';
import { createFakeApi, fakeWorkspaceState, noCorroboration } from '../api/fake-api';
import { createAppStore } from './app-store';

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

const counted = (independentOrigins: number): Corroboration => ({
  ...noCorroboration,
  independentOrigins,
});

describe('corroboration in the store', () => {
  it('drops an answer computed before the corpus changed, and asks again', async () => {
    const first = deferred<Result<Corroboration>>();
    const answers = [first.promise, Promise.resolve({ ok: true as const, value: counted(2) })];
    const api = createFakeApi({ 'quote:corroboration': () => answers.shift()! });
    const store = createAppStore({ api });
    store.getState().start();
    const quote = makeQuote();

    const stale = store.getState().loadCorroboration(quote);
    api.emit('corpus:changed', []);
    await store.getState().loadCorroboration(quote);
    first.resolve({ ok: true, value: counted(1) });
    await stale;

    expect(store.getState().corroborationById.Q1?.value?.independentOrigins).toBe(2);
    expect(api.callsTo('quote:corroboration')).toHaveLength(2);
  });

  it('asks once for a quote however often its card renders, and again when the passage moves', async () => {
    const api = createFakeApi();
    const store = createAppStore({ api });
    const quote = makeQuote();
    await Promise.all([
      store.getState().loadCorroboration(quote),
      store.getState().loadCorroboration(quote),
    ]);
    await store.getState().loadCorroboration(quote);
    expect(api.callsTo('quote:corroboration')).toHaveLength(1);

    await store.getState().loadCorroboration({ ...quote, exact: 'Crimea is not negotiable.' });
    expect(api.callsTo('quote:corroboration')).toHaveLength(2);
  });

  it('counts again after an origin decision, and forgets every answer when another workspace opens', async () => {
    const api = createFakeApi();
    const store = createAppStore({ api });
    store.getState().start();
    await store.getState().loadCorroboration(makeQuote());
    const generation = store.getState().corroborationGeneration;

    api.emit('workspace:changed', {
      reason: 'edit',
      label: 'Merge relay groups',
      areas: ['origins'],
      state: fakeWorkspaceState(),
    });
    expect(store.getState().corroborationGeneration).toBe(generation + 1);
    expect(store.getState().corroborationById.Q1).toBeDefined();

    api.emit('workspace:changed', {
      reason: 'open',
      label: null,
      areas: ['quotes', 'origins'],
      state: fakeWorkspaceState(),
    });
    expect(store.getState().corroborationById).toEqual({});
  });
});
