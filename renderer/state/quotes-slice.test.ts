// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../shared/quote';
import type { Result } from '../../shared/result';
import { makeArticleView } from '../../shared/testing/article-fixtures';
import { createFakeApi, fakeWorkspaceState } from '../api/fake-api';
import { makeQuote } from '../../shared/testing/quote-fixtures';
import { createAppStore } from './app-store';

const ok = <T>(value: T) => ({ ok: true as const, value });

/** A promise the test resolves by hand, to control the order answers arrive in. */
const deferred = <T>() => {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

/** Lets answers already scripted (and the refreshes they start) arrive. */

describe('quotes in the store', () => {
  it('adds a pinned quote to the list, selects it and says so', async () => {
    const q1 = makeQuote();
    const api = createFakeApi({ 'quote:pin': () => ok({ ...q1, existing: false }) });
    const store = createAppStore({ api });

    await store.getState().pinQuote({ articleId: q1.articleId, start: 0, end: 32 });

    const state = store.getState();
    expect(api.callsTo('quote:pin')).toEqual([{ articleId: q1.articleId, start: 0, end: 32 }]);
    expect(state.quotesList.map((q) => q.id)).toEqual(['Q1']);
    expect(state.quotesSelectedId).toBe('Q1');
    expect(state.uiAnnouncement?.text).toBe('Pinned Q1');
  });

  it('costs at most two requests per pin: the pin, and the list its change event asks for', async () => {
    const q1 = makeQuote();
    const api = createFakeApi({ 'quote:pin': () => ok({ ...q1, existing: false }) });
    const store = createAppStore({ api });
    store.getState().start();
    await api.settled();
    const before = api.calls.length;

    await store.getState().pinQuote({ articleId: q1.articleId, start: 0, end: 32 });
    // What the host pushes after a pin: the edit, its area and the workspace's new labels.
    api.emit('workspace:changed', {
      reason: 'edit',
      label: 'Pin Q1',
      areas: ['quotes'],
      state: fakeWorkspaceState({ undoLabel: 'Pin Q1' }),
    });
    await api.settled();

    const requests = api.calls.slice(before).map((call) => call.channel);
    expect(requests).toEqual(['quote:pin', 'quote:list']);
    expect(store.getState().workspaceState?.undoLabel).toBe('Pin Q1');
    store.getState().stop();
  });

  it('keeps the Admiralty pair the list carries when the pin’s change push outruns its answer', async () => {
    const q1 = makeQuote();
    const reliability = {
      outlet: 'Financial Times',
      publisher: null,
      grade: 'B' as const,
      pair: 'B?',
    };
    const pin = deferred<Result<Quote & { existing: boolean }>>();
    const api = createFakeApi({ 'quote:pin': () => pin.promise });
    const store = createAppStore({ api });
    store.getState().start();
    await api.settled();

    const pinning = store.getState().pinQuote({ articleId: q1.articleId, start: 0, end: 32 });
    api.handle('quote:list', () => ok([{ ...q1, reliability }]));
    api.emit('workspace:changed', {
      reason: 'edit',
      label: 'Pin Q1',
      areas: ['quotes'],
      state: fakeWorkspaceState({ undoLabel: 'Pin Q1' }),
    });
    // The list answers while the pin is still out (settled() would wait for the pin too).
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(api.callsTo('quote:list').length).toBeGreaterThan(1);
    pin.resolve(ok({ ...q1, existing: false }));
    await pinning;
    expect(store.getState().quotesList[0]?.reliability).toEqual(reliability);

    // Its credibility edited: the outlet side stays, the pair follows the new grade.
    api.handle('quote:update', () => ok({ ...q1, grade: 2 }));
    await store.getState().updateQuote('Q1', { grade: 2 });
    expect(store.getState().quotesList[0]?.reliability?.pair).toBe('B2');
    store.getState().stop();
  });

  it('selects the existing quote instead of listing a passage twice', async () => {
    const q3 = makeQuote({ id: 'Q3' });
    const api = createFakeApi({
      'quote:list': () => ok([makeQuote({ id: 'Q1', start: 40, end: 50 }), q3]),
      'quote:pin': () => ok({ ...q3, existing: true }),
    });
    const store = createAppStore({ api });
    await store.getState().refreshQuotes();
    store.getState().setQuotesOpen(false);

    await store.getState().pinQuote({ articleId: q3.articleId, start: 0, end: 32 });

    const state = store.getState();
    expect(state.quotesList.map((q) => q.id)).toEqual(['Q1', 'Q3']);
    expect(state.quotesSelectedId).toBe('Q3');
    expect(state.uiQuotesOpen).toBe(true);
    expect(state.uiAnnouncement?.text).toBe('Already pinned as Q3');
  });

  it('sends an edit of tags as one update and shows what the workspace saved', async () => {
    const api = createFakeApi({
      'quote:list': () => ok([makeQuote()]),
      'quote:update': (input) => ok(makeQuote({ tags: input.tags ?? [] })),
    });
    const store = createAppStore({ api });
    await store.getState().refreshQuotes();

    await store.getState().updateQuote('Q1', { tags: ['crimea', 'nato'] });

    expect(api.callsTo('quote:update')).toEqual([{ id: 'Q1', tags: ['crimea', 'nato'] }]);
    expect(store.getState().quotesList[0]?.tags).toEqual(['crimea', 'nato']);
  });

  it('offers to undo a deletion, and undoing asks the workspace and brings the quote back', async () => {
    let quotes = [makeQuote(), makeQuote({ id: 'Q2' })];
    const api = createFakeApi({
      'quote:list': () => ok(quotes),
      'quote:delete': (input) => {
        const gone = quotes.find((q) => q.id === input.id)!;
        quotes = quotes.filter((q) => q.id !== input.id);
        return ok(gone);
      },
      'workspace:undo': () => {
        quotes = [makeQuote(), makeQuote({ id: 'Q2' })];
        api.emit('workspace:changed', {
          reason: 'undo',
          label: 'Delete Q2',
          areas: ['quotes'],
          state: fakeWorkspaceState({}),
        });
        return ok({ action: 'undo' as const, label: 'Delete Q2', changed: [] });
      },
    });
    const store = createAppStore({ api });
    store.getState().start();
    await api.settled();

    await store.getState().deleteQuote('Q2');
    expect(store.getState().quotesList.map((q) => q.id)).toEqual(['Q1']);
    expect(store.getState().quotesDeleted).toEqual({ id: 'Q2' });

    await store.getState().undoDelete();
    await api.settled();
    expect(api.callsTo('workspace:undo')).toHaveLength(1);
    expect(store.getState().quotesList.map((q) => q.id)).toEqual(['Q1', 'Q2']);
    expect(store.getState().quotesDeleted).toBeNull();
    expect(store.getState().uiAnnouncement?.text).toBe('Undid Delete Q2');
  });

  it('drops a slow list answer that an edit has overtaken', async () => {
    const slow = deferred<Result<Quote[]>>();
    const api = createFakeApi({
      'quote:list': () => slow.promise,
      'quote:update': () => ok(makeQuote({ tags: ['new'] })),
    });
    const store = createAppStore({ api });

    const listing = store.getState().refreshQuotes();
    await store.getState().updateQuote('Q1', { tags: ['new'] });
    slow.resolve(ok([makeQuote({ tags: ['old'] })]));
    await listing;

    expect(store.getState().quotesList[0]?.tags).toEqual(['new']);
  });

  it('keeps the answer to the latest edit when two edits of a quote return out of order', async () => {
    const first = deferred<Result<Quote>>();
    const second = deferred<Result<Quote>>();
    const api = createFakeApi({
      'quote:list': () => ok([makeQuote()]),
      'quote:update': (input) => (input.note === 'first' ? first.promise : second.promise),
    });
    const store = createAppStore({ api });
    await store.getState().refreshQuotes();

    const a = store.getState().updateQuote('Q1', { note: 'first' });
    const b = store.getState().updateQuote('Q1', { note: 'second' });
    second.resolve(ok(makeQuote({ note: 'second' })));
    await b;
    first.resolve(ok(makeQuote({ note: 'first' })));
    await a;

    expect(store.getState().quotesList[0]?.note).toBe('second');
  });

  it('shows a refused edit as a message and reloads what the workspace holds', async () => {
    const api = createFakeApi({
      'quote:list': () => ok([makeQuote({ tags: ['kept'] })]),
      'quote:update': () => ({
        ok: false,
        error: { code: 'locked', message: 'The workspace is read-only.' },
      }),
    });
    const store = createAppStore({ api });

    await store.getState().updateQuote('Q1', { tags: ['lost'] });
    await api.settled();

    expect(store.getState().uiAnnouncement?.text).toBe(
      'Could not save Q1: The workspace is read-only.',
    );
    expect(store.getState().quotesList[0]?.tags).toEqual(['kept']);
  });

  it('downloads the export itself when the host has no save dialog', async () => {
    const api = createFakeApi({
      'workspace:info': () => ok(fakeWorkspaceState({ name: 'Talks' })),
      'quote:save-export': () => ok(null),
      'quote:export': (input) => ok(`export as ${input.format}`),
    });
    const store = createAppStore({ api });
    await store.getState().refreshWorkspace();

    const outcome = await store.getState().exportQuotes('csv');

    expect(outcome).toEqual({
      kind: 'download',
      fileName: 'Talks quotes.csv',
      text: 'export as csv',
      mime: 'text/csv;charset=utf-8',
    });
  });

  it('treats a null save in Electron as a cancelled dialog and exports nothing', async () => {
    const api = createFakeApi({ 'quote:save-export': () => ok(null) });
    const store = createAppStore({ api: { ...api, pathForFile: () => '' } });

    expect(await store.getState().exportQuotes('json')).toBeNull();
    expect(api.callsTo('quote:export')).toHaveLength(0);
  });

  it('opens the quoted article scrolled to the quote; one already open is re-read in place, not reopened', async () => {
    const api = createFakeApi({
      'quote:list': () => ok([makeQuote()]),
      'article:get': (input) =>
        ok(
          makeArticleView('Crimea is not up for discussion.', {
            id: input.id,
            folder: '/app/seeds',
            path: '004.txt',
            title: 't',
            outlet: null,
            published: null,
          }),
        ),
    });
    const store = createAppStore({ api });
    await store.getState().refreshQuotes();

    await store.getState().openQuote('Q1');
    const opened = store.getState().readerArticle;
    await store.getState().openQuote('Q1');

    // The second look re-reads the file (it may have changed) but keeps the same, unchanged article.
    expect(api.callsTo('article:get')).toEqual([{ id: 'seeds:004.txt' }, { id: 'seeds:004.txt' }]);
    expect(store.getState().readerArticle).toBe(opened);
    expect(store.getState().readerQuoteId).toBe('Q1');
    expect(store.getState().quotesSelectedId).toBe('Q1');
  });
});
