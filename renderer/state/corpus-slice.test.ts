// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CorpusFolder } from '../../shared/corpus';
import type { Result } from '../../shared/result';
import { createFakeApi } from '../api/fake-api';
import { createAppStore } from './app-store';

const seeds = (articleCount: number): CorpusFolder => ({
  path: '/data/seeds',
  name: 'seeds',
  articleCount,
  skipped: [],
});

describe('folders in the store', () => {
  it('keeps the pushed folder counts when a slower list answer arrives after them', async () => {
    let answer!: (value: Result<CorpusFolder[]>) => void;
    const api = createFakeApi({
      'corpus:list': () => new Promise<Result<CorpusFolder[]>>((resolve) => (answer = resolve)),
    });
    const store = createAppStore({ api });
    store.getState().start();
    const listed = store.getState().refreshCorpus();

    // Indexing finishes: the host pushes the new counts before the list asked earlier returns.
    api.emit('corpus:changed', [seeds(5)]);
    answer({ ok: true, value: [seeds(0)] });
    await listed;

    expect(store.getState().corpusFolders.map((f) => f.articleCount)).toEqual([5]);
    store.getState().stop();
  });
});
