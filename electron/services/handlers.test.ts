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
    workspaceInfo: unexpected,
    newWorkspace: unexpected,
    openWorkspace: unexpected,
    saveWorkspaceAs: unexpected,
    recentWorkspaces: () => [],
    undo: () => null,
    redo: () => null,
    workspaceBackups: () => [],
    restoreWorkspace: unexpected,
    pinQuote: unexpected,
    listQuotes: () => [],
    updateQuote: unexpected,
    deleteQuote: unexpected,
    verifyQuotes: () => Promise.resolve([]),
    quoteCitation: unexpected,
    exportQuotes: () => 'id,exact\r\n',
    exportFileName: (format) => `Default quotes.${format}`,
    writeQuotesExport: (_format, file) => Promise.resolve(file),
    on: () => () => undefined,
    idle: () => Promise.resolve(),
    close: () => Promise.resolve(),
    ...overrides,
  };
}

function unexpected(): never {
  throw new Error('this test did not expect the workbench to be called');
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

  it('refuses a pin with bad offsets or a grade outside 1–6 before the workbench sees it', async () => {
    const pinQuote = vi.fn(unexpected);
    const handlers = createHandlers(fakeWorkbench({ pinQuote }), noPicker);
    const bad = [
      { articleId: 'k:a', start: -1, end: 4 },
      { articleId: 'k:a', start: 4, end: 4 },
      { articleId: 'k:a', start: 1.5, end: 4 },
      { articleId: 'k:a', start: 0, end: 4, grade: 7 },
      { articleId: '', start: 0, end: 4 },
    ];
    for (const input of bad) {
      const result = await dispatch(handlers, 'quote:pin', input);
      expect(result.ok ? '' : result.error.code, JSON.stringify(input)).toBe('invalid-input');
    }
    expect(pinQuote).not.toHaveBeenCalled();
  });

  it('hands quote:update the id and the patch fields separately', async () => {
    const updateQuote = vi.fn(() => ({ id: 'Q3' }) as never);
    const handlers = createHandlers(fakeWorkbench({ updateQuote }), noPicker);
    await dispatch(handlers, 'quote:update', { id: 'Q3', tags: ['crimea'], grade: null });
    expect(updateQuote).toHaveBeenCalledWith('Q3', { tags: ['crimea'], grade: null });
    const badId = await dispatch(handlers, 'quote:update', { id: 'three', tags: [] });
    expect(badId.ok ? '' : badId.error.code).toBe('invalid-input');
  });

  it('answers a domain error from a synchronous workbench method with its code', async () => {
    const handlers = createHandlers(
      fakeWorkbench({
        deleteQuote: (id) => {
          throw new DomainError('not-found', `There is no quote ${id} in this workspace.`);
        },
      }),
      noPicker,
    );
    await expect(dispatch(handlers, 'quote:delete', { id: 'Q99' })).resolves.toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no quote Q99 in this workspace.' },
    });
  });

  it('answers null for dialogs the host does not have', async () => {
    const writeQuotesExport = vi.fn(unexpected);
    const handlers = createHandlers(fakeWorkbench({ writeQuotesExport }), noPicker);
    for (const purpose of ['open', 'new', 'save-as'] as const) {
      await expect(dispatch(handlers, 'workspace:pick', { purpose })).resolves.toEqual({
        ok: true,
        value: null,
      });
    }
    await expect(dispatch(handlers, 'quote:save-export', { format: 'csv' })).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(writeQuotesExport).not.toHaveBeenCalled();
  });

  it('saves an export where the host’s dialog says, offering the workspace’s name', async () => {
    const pickExportFile = vi.fn(() => Promise.resolve('/home/a/q.json'));
    const writeQuotesExport = vi.fn((_f: string, file: string) => Promise.resolve(file));
    const handlers = createHandlers(fakeWorkbench({ writeQuotesExport }), {
      ...noPicker,
      pickExportFile,
    });
    await expect(dispatch(handlers, 'quote:save-export', { format: 'json' })).resolves.toEqual({
      ok: true,
      value: '/home/a/q.json',
    });
    expect(pickExportFile).toHaveBeenCalledWith('json', 'Default quotes.json');
    expect(writeQuotesExport).toHaveBeenCalledWith('json', '/home/a/q.json');
  });

  it('has a handler for every channel in the contract', () => {
    const handlers = createHandlers(fakeWorkbench(), noPicker);
    expect(Object.keys(handlers).sort()).toEqual([...channels].sort());
  });
});
