// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit, SearchResult } from '../../shared/search';
import { createFakeApi } from '../api/fake-api';
import { createAppStore } from './app-store';

const hit = (id: string, title = id): SearchHit => ({
  id,
  path: `${id}.txt`,
  title,
  outlet: 'FT',
  published: '2025-04-22',
  score: 1,
  snippet: title,
  highlights: [],
});

const answer = (
  query: string,
  hits: SearchHit[],
  notice: string | null = null,
  total = hits.length,
) => ({
  ok: true as const,
  value: { query, notice, total, hits, undatedHidden: 0 } satisfies SearchResult,
});

/** A promise the test resolves by hand, to control the order answers arrive in. */
const deferred = <T>() => {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

afterEach(() => {
  vi.useRealTimers();
});

describe('app store', () => {
  it('drops a slow answer to an older query when a newer one has already arrived', async () => {
    const api = createFakeApi();
    const slow = deferred<ReturnType<typeof answer>>();
    const fast = deferred<ReturnType<typeof answer>>();
    api.handle('search:query', (input) => (input.text === 'cri' ? slow.promise : fast.promise));
    const store = createAppStore({ api, debounceMs: 0 });

    store.getState().setSearchText('cri');
    const first = store.getState().runSearch();
    store.getState().setSearchText('crimea');
    const second = store.getState().runSearch();

    fast.resolve(answer('crimea', [hit('new')]));
    await second;
    slow.resolve(answer('cri', [hit('old-1'), hit('old-2')]));
    await first;

    const state = store.getState();
    expect(state.searchHits.map((h) => h.id)).toEqual(['new']);
    expect(state.searchQuery).toBe('crimea');
    expect(state.searchStatus).toBe('ready');
  });

  it('updates the box on every keystroke but searches once typing pauses', async () => {
    vi.useFakeTimers();
    const api = createFakeApi();
    const store = createAppStore({ api, debounceMs: 150 });

    for (const text of ['C', 'Cr', 'Cri', 'Crim']) store.getState().setSearchText(text);
    expect(store.getState().searchText).toBe('Crim');
    expect(api.callsTo('search:query')).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(150);
    expect(api.callsTo('search:query').map((r) => r.text)).toEqual(['Crim']);
  });

  it('shows the notice the engine gives when it rewrote a malformed query', async () => {
    const api = createFakeApi({
      'search:query': (input) =>
        answer(input.text, [hit('a')], 'Unbalanced quote: searched for Crimea as words.'),
    });
    const store = createAppStore({ api });

    store.getState().setSearchText('"Crimea');
    await store.getState().runSearch();

    expect(store.getState().searchNotice).toBe('Unbalanced quote: searched for Crimea as words.');
    expect(store.getState().searchStatus).toBe('ready');
    expect(store.getState().searchError).toBeNull();
  });

  it('passes outlet, folder, dates and sort through to the engine', async () => {
    const api = createFakeApi();
    const store = createAppStore({ api, pageSize: 50 });

    store.getState().setSearchText('Crimea');
    store.getState().setSearchFilters({
      searchOutlet: 'Reuters',
      searchFolder: '/data/bbc',
      searchFrom: '2025-01-01',
      searchTo: '2025-04-30',
      searchSort: 'date',
    });
    await api.settled();

    expect(api.callsTo('search:query').at(-1)).toEqual({
      text: 'Crimea',
      offset: 0,
      limit: 50,
      outlets: ['Reuters'],
      folders: ['/data/bbc'],
      from: '2025-01-01',
      to: '2025-04-30',
      sort: 'date',
    });
  });

  it('says how many undated articles the date filter hid, and asks the engine to include them', async () => {
    const api = createFakeApi({
      'search:query': (input) => ({
        ok: true,
        value: {
          ...answer(input.text, []).value,
          undatedHidden: input.includeUndated === true ? 0 : 12,
        },
      }),
    });
    const store = createAppStore({ api });
    store.getState().setSearchText('Crimea');
    store.getState().setSearchFilters({ searchFrom: '2025-01-01' });
    await api.settled();
    expect(store.getState().searchUndatedHidden).toBe(12);

    store.getState().setSearchFilters({ searchIncludeUndated: true });
    await api.settled();
    expect(api.callsTo('search:query').at(-1)).toMatchObject({ includeUndated: true });
    expect(store.getState().searchUndatedHidden).toBe(0);
  });

  it('surfaces a failed search as an error with the host message', async () => {
    const api = createFakeApi({
      'search:query': () => ({
        ok: false,
        error: { code: 'internal', message: 'Index is corrupt; re-index the corpus.' },
      }),
    });
    const store = createAppStore({ api });

    store.getState().setSearchText('Crimea');
    await store.getState().runSearch();

    expect(store.getState().searchStatus).toBe('error');
    expect(store.getState().searchError).toBe('Index is corrupt; re-index the corpus.');
    expect(store.getState().searchHits).toEqual([]);
  });

  it('fetches further pages as asked and stops at the total', async () => {
    const all = Array.from({ length: 250 }, (_, i) => hit(`h${i}`));
    const api = createFakeApi({
      'search:query': (input) => {
        const offset = input.offset ?? 0;
        return answer(
          input.text,
          all.slice(offset, offset + (input.limit ?? 10)),
          null,
          all.length,
        );
      },
    });
    const store = createAppStore({ api, pageSize: 100 });

    store.getState().setSearchText('story');
    await store.getState().runSearch();
    await store.getState().loadMoreHits();
    await store.getState().loadMoreHits();
    await store.getState().loadMoreHits();

    expect(store.getState().searchHits.map((h) => h.id)).toEqual(all.map((h) => h.id));
    expect(api.callsTo('search:query').map((r) => r.offset)).toEqual([0, 100, 200]);
  });

  it('clears results without asking the engine when the box is emptied', async () => {
    const api = createFakeApi({ 'search:query': (input) => answer(input.text, [hit('a')]) });
    const store = createAppStore({ api });
    store.getState().setSearchText('Crimea');
    await store.getState().runSearch();

    store.getState().setSearchText('   ');

    expect(store.getState().searchHits).toEqual([]);
    expect(store.getState().searchStatus).toBe('idle');
    expect(api.callsTo('search:query')).toHaveLength(1);
  });

  it('wires push events once, shows progress and re-runs the search when the corpus changes', async () => {
    const api = createFakeApi({ 'search:query': (input) => answer(input.text, [hit('a')]) });
    const store = createAppStore({ api });
    store.getState().start();
    store.getState().start();
    expect(api.listenerCount('index:progress')).toBe(1);
    expect(api.listenerCount('corpus:changed')).toBe(1);

    store.getState().setSearchText('Crimea');
    await store.getState().runSearch();
    const progress = {
      phase: 'indexing' as const,
      folder: '/data/bbc',
      scanned: 2225,
      parsed: 900,
      indexed: 800,
      total: 2225,
      skipped: 0,
    };
    api.emit('index:progress', progress);
    expect(store.getState().corpusProgress).toEqual(progress);

    const folders = [{ path: '/data/bbc', name: 'bbc', articleCount: 2225, skipped: [] }];
    api.emit('corpus:changed', folders);
    await api.settled();
    expect(store.getState().corpusFolders).toEqual(folders);
    expect(api.callsTo('search:query')).toHaveLength(2);
    expect(api.callsTo('corpus:facets').length).toBeGreaterThanOrEqual(2);

    store.getState().stop();
    expect(api.listenerCount('index:progress')).toBe(0);
  });

  it('offers a typed folder path when the host has no native picker, then adds that folder', async () => {
    const folders = [{ path: '/data/bbc', name: 'bbc', articleCount: 2225, skipped: [] }];
    const api = createFakeApi({ 'corpus:add': () => ({ ok: true, value: folders }) });
    const store = createAppStore({ api });

    await store.getState().pickFolder();
    expect(store.getState().uiPathFormOpen).toBe(true);

    await store.getState().addFolder(' /data/bbc ');
    expect(api.callsTo('corpus:add')).toEqual([{ path: '/data/bbc' }]);
    expect(store.getState().corpusFolders).toEqual(folders);
    expect(store.getState().uiPathFormOpen).toBe(false);
  });

  it('keeps the path form open and shows why a folder could not be added', async () => {
    const api = createFakeApi({
      'corpus:add': () => ({
        ok: false,
        error: { code: 'not-found', message: 'No such folder: /nope' },
      }),
    });
    const store = createAppStore({ api });
    store.getState().openPathForm();

    await store.getState().addFolder('/nope');

    expect(store.getState().corpusError).toBe('No such folder: /nope');
    expect(store.getState().uiPathFormOpen).toBe(true);
  });

  it('opens an article with the current query and steps through its hits, wrapping around', async () => {
    const api = createFakeApi({
      'search:query': (input) => answer(input.text, [hit('a')]),
      'article:get': (input) => ({
        ok: true,
        value: {
          ...hit(input.id),
          folder: '/seeds',
          byline: null,
          url: null,
          lang: 'en',
          format: 'text',
          encoding: 'UTF-8',
          words: 3,
          hash: 'x',
          size: 20,
          mtimeMs: 0,
          warnings: [],
          text: 'Crimea and Crimea and Crimea',
          // Out of order and overlapping, as an engine might send them.
          highlights: [
            { start: 22, end: 28 },
            { start: 0, end: 6 },
            { start: 2, end: 6 },
            { start: 11, end: 17 },
          ],
        },
      }),
    });
    const store = createAppStore({ api });
    store.getState().setSearchText('Crimea');
    await store.getState().runSearch();

    await store.getState().openArticle('a');
    expect(api.callsTo('article:get')).toEqual([{ id: 'a', query: 'Crimea' }]);
    expect(store.getState().readerArticle?.highlights).toHaveLength(3);
    expect(store.getState().readerHitIndex).toBe(0);

    store.getState().nextHit();
    store.getState().nextHit();
    expect(store.getState().readerHitIndex).toBe(2);
    store.getState().nextHit();
    expect(store.getState().readerHitIndex).toBe(0);
    store.getState().previousHit();
    expect(store.getState().readerHitIndex).toBe(2);
  });
});
