// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ArticleView } from '../../shared/article';
import type { Result } from '../../shared/result';
import { makeArticleView } from '../../shared/testing/article-fixtures';
import { createFakeApi, fakeWorkspaceState } from '../api/fake-api';
import { createAppStore } from './app-store';

const OLD = 'Putin offers to freeze the war. Ukraine refuses.';
const NEW = 'Putin offers to freeze the war on the current line. Ukraine refuses.';

/** An api whose article:get answers with whatever `disk.text` holds now, or not-found once it is null. */
const onDisk = () => {
  const disk: { text: string | null } = { text: OLD };
  const api = createFakeApi({
    'article:get': (input): Result<ArticleView> =>
      disk.text === null
        ? { ok: false, error: { code: 'not-found', message: `No article with id ${input.id}.` } }
        : { ok: true, value: makeArticleView(disk.text, { id: input.id }) },
  });
  return { disk, api };
};

describe('the reader follows its file', () => {
  it('shows the new text and word count when the corpus changes under the open article', async () => {
    const { disk, api } = onDisk();
    const store = createAppStore({ api });
    store.getState().start();
    await store.getState().openArticle('seeds:004.txt');
    expect(store.getState().readerArticle?.words).toBe(8);

    disk.text = NEW;
    api.emit('corpus:changed', []);
    await api.settled();

    expect(store.getState().readerArticle?.text).toBe(NEW);
    expect(store.getState().readerArticle?.words).toBe(12);
    expect(store.getState().readerStatus).toBe('ready');
    expect(store.getState().readerRevision).toBe(1);
    store.getState().stop();
  });

  it('re-reads the article when a verification touches quotes, and keeps it when nothing changed', async () => {
    const { disk, api } = onDisk();
    const store = createAppStore({ api });
    store.getState().start();
    await store.getState().openArticle('seeds:004.txt');
    const before = store.getState().readerArticle;

    api.emit('workspace:changed', {
      reason: 'verify',
      label: null,
      areas: ['quotes'],
      state: fakeWorkspaceState(),
    });
    await api.settled();
    // Same file: the same article object, so nothing re-renders or jumps.
    expect(store.getState().readerArticle).toBe(before);
    expect(store.getState().readerRevision).toBe(0);

    disk.text = NEW;
    api.emit('workspace:changed', {
      reason: 'verify',
      label: null,
      areas: ['quotes'],
      state: fakeWorkspaceState(),
    });
    await api.settled();
    expect(store.getState().readerArticle?.text).toBe(NEW);
    store.getState().stop();
  });

  it('re-reads the open article when a quote of it is shown again', async () => {
    const { disk, api } = onDisk();
    const store = createAppStore({ api });
    await store.getState().openArticle('seeds:004.txt');

    disk.text = NEW;
    await store.getState().showQuoteInReader('seeds:004.txt', 'Q1');

    expect(store.getState().readerArticle?.text).toBe(NEW);
    expect(store.getState().readerQuoteId).toBe('Q1');
  });

  it('says the file is gone and keeps the last text it read', async () => {
    const { disk, api } = onDisk();
    const store = createAppStore({ api });
    store.getState().start();
    await store.getState().openArticle('seeds:004.txt');

    disk.text = null;
    api.emit('corpus:changed', []);
    await api.settled();

    expect(store.getState().readerArticle?.text).toBe(OLD);
    expect(store.getState().readerGone).toMatch(/no longer in the corpus/);

    disk.text = NEW;
    api.emit('corpus:changed', []);
    await api.settled();
    expect(store.getState().readerGone).toBeNull();
    expect(store.getState().readerArticle?.text).toBe(NEW);
    store.getState().stop();
  });

  it('does not ask for an article when none is open', async () => {
    const { api } = onDisk();
    const store = createAppStore({ api });
    store.getState().start();
    await api.settled();
    api.emit('corpus:changed', []);
    await api.settled();
    expect(api.callsTo('article:get')).toEqual([]);
    store.getState().stop();
  });
});
