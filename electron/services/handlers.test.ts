import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/contract';
import type { IndexProgress, SearchRequest } from '../../shared/search';
import { DomainError } from './errors';
import { createHandlers, dispatch } from './handlers';
import type { Workbench } from './workbench';

const progress: IndexProgress = {
  phase: 'done',
  folder: null,
  scanned: 5,
  parsed: 5,
  indexed: 5,
  total: 5,
  skipped: 0,
};

function fakeWorkbench(overrides: Partial<Workbench> = {}): Workbench {
  return {
    listCorpora: () => [{ path: '/seeds', name: 'seeds', articleCount: 5, skipped: [] }],
    addCorpus: (path) => Promise.resolve([{ path, name: 'x', articleCount: 0, skipped: [] }]),
    removeCorpus: () => Promise.resolve([]),
    reindexCorpora: () => Promise.resolve([]),
    corpusFacets: () => ({ outlets: [], folders: [], earliest: null, latest: null }),
    indexStatus: () => progress,
    search: (request: SearchRequest) => ({ query: request.text, notice: null, total: 0, hits: [] }),
    getArticle: (id) => Promise.reject(new DomainError('not-found', `No article with id ${id}.`)),
    on: () => () => undefined,
    idle: () => Promise.resolve(),
    close: () => Promise.resolve(),
    ...overrides,
  };
}

const noPicker = { pickFolder: () => Promise.resolve(null) };

describe('dispatch', () => {
  it('answers a valid call with the handler value in an ok envelope', async () => {
    const handlers = createHandlers(fakeWorkbench(), noPicker);
    await expect(dispatch(handlers, 'search:query', { text: 'crimea' })).resolves.toEqual({
      ok: true,
      value: { query: 'crimea', notice: null, total: 0, hits: [] },
    });
  });

  it('treats a missing input as an empty object for channels that take none', async () => {
    const handlers = createHandlers(fakeWorkbench(), noPicker);
    await expect(dispatch(handlers, 'index:status', undefined)).resolves.toEqual({
      ok: true,
      value: progress,
    });
  });

  it('refuses an unknown channel without calling anything', async () => {
    const handlers = createHandlers(fakeWorkbench(), noPicker);
    const result = await dispatch(handlers, 'fs:readFile', { path: '/etc/passwd' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Unknown channel: fs:readFile' },
    });
  });

  it('refuses inherited object keys posing as channels', async () => {
    const handlers = createHandlers(fakeWorkbench(), noPicker);
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const result = await dispatch(handlers, name, {});
      expect(result.ok ? null : result.error.code).toBe('not-found');
    }
  });

  it('rejects input that fails the schema and never reaches the workbench', async () => {
    const addCorpus = vi.fn(() => Promise.resolve([]));
    const handlers = createHandlers(fakeWorkbench({ addCorpus }), noPicker);
    const result = await dispatch(handlers, 'corpus:add', { path: '' });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.code).toBe('invalid-input');
    expect(result.ok ? '' : result.error.message).toMatch(/^Invalid input for corpus:add: path:/);
    const extra = await dispatch(handlers, 'corpus:add', { path: '/x', recursive: true });
    expect(extra.ok ? '' : extra.error.code).toBe('invalid-input');
    expect(addCorpus).not.toHaveBeenCalled();
  });

  it('passes domain error codes through to the envelope', async () => {
    const handlers = createHandlers(fakeWorkbench(), noPicker);
    await expect(dispatch(handlers, 'article:get', { id: 'nope' })).resolves.toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No article with id nope.' },
    });
  });

  it('maps unexpected errors to internal with the message and no stack', async () => {
    const boom = new TypeError('Cannot read properties of undefined');
    const handlers = createHandlers(
      fakeWorkbench({ reindexCorpora: () => Promise.reject(boom) }),
      noPicker,
    );
    const result = await dispatch(handlers, 'corpus:reindex', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Cannot read properties of undefined' },
    });
    expect(JSON.stringify(result)).not.toContain('at ');
  });

  it('does not trust Node system error codes as domain codes', async () => {
    const enoent = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    const handlers = createHandlers(
      fakeWorkbench({ removeCorpus: () => Promise.reject(enoent) }),
      noPicker,
    );
    const result = await dispatch(handlers, 'corpus:remove', { path: '/x' });
    expect(result.ok ? '' : result.error.code).toBe('internal');
  });

  it('maps errors thrown synchronously and non-Error throws too', async () => {
    const handlers = createHandlers(
      fakeWorkbench({
        search: () => {
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- proves non-Error throws are contained
          throw 'lunr exploded';
        },
      }),
      noPicker,
    );
    await expect(dispatch(handlers, 'search:query', { text: 'x' })).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'lunr exploded' },
    });
  });

  it('asks the host hook when the renderer wants a folder picked', async () => {
    const handlers = createHandlers(fakeWorkbench(), {
      pickFolder: () => Promise.resolve('/home/a/news'),
    });
    await expect(dispatch(handlers, 'corpus:pick', {})).resolves.toEqual({
      ok: true,
      value: '/home/a/news',
    });
  });

  it('has a handler for every channel in the contract', () => {
    const handlers = createHandlers(fakeWorkbench(), noPicker);
    expect(Object.keys(handlers).sort()).toEqual([...channels].sort());
  });
});
