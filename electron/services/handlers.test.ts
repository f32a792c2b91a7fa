import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/contract';
import type { IndexProgress, SearchRequest } from '../../shared/search';
import { DomainError } from './errors';
import { dispatch, type Handlers } from './handlers';

const progress: IndexProgress = {
  phase: 'done',
  folder: null,
  scanned: 5,
  parsed: 5,
  indexed: 5,
  total: 5,
  skipped: 0,
};

/** A handler table where every channel fails the test unless `overrides` answers it. */
function tableWith(overrides: Partial<Handlers> = {}): Handlers {
  const unexpected = (): Promise<never> =>
    Promise.reject(new Error('this test did not expect the handler to be called'));
  return {
    ...(Object.fromEntries(
      channels.map((channel) => [channel, unexpected]),
    ) as unknown as Handlers),
    ...overrides,
  };
}

const defaults: Partial<Handlers> = {
  'index:status': () => Promise.resolve(progress),
  'search:query': (request: SearchRequest) =>
    Promise.resolve({ query: request.text, notice: null, total: 0, hits: [], undatedHidden: 0 }),
  'article:get': ({ id }) =>
    Promise.reject(new DomainError('not-found', `No article with id ${id}.`)),
};

describe('dispatch', () => {
  it('answers a valid call with the handler value in an ok envelope', async () => {
    const handlers = tableWith(defaults);
    await expect(dispatch(handlers, 'search:query', { text: 'crimea' })).resolves.toEqual({
      ok: true,
      value: { query: 'crimea', notice: null, total: 0, hits: [], undatedHidden: 0 },
    });
  });

  it('treats a missing input as an empty object for channels that take none', async () => {
    const handlers = tableWith(defaults);
    await expect(dispatch(handlers, 'index:status', undefined)).resolves.toEqual({
      ok: true,
      value: progress,
    });
  });

  it('refuses an unknown channel without calling anything', async () => {
    const handlers = tableWith(defaults);
    const result = await dispatch(handlers, 'fs:readFile', { path: '/etc/passwd' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Unknown channel: fs:readFile' },
    });
  });

  it('refuses inherited object keys posing as channels', async () => {
    const handlers = tableWith(defaults);
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const result = await dispatch(handlers, name, {});
      expect(result.ok ? null : result.error.code).toBe('not-found');
    }
  });

  it('rejects input that fails the schema and never reaches the handler', async () => {
    const addCorpus = vi.fn(() => Promise.resolve([]));
    const handlers = tableWith({ 'corpus:add': addCorpus });
    const result = await dispatch(handlers, 'corpus:add', { path: '' });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.code).toBe('invalid-input');
    expect(result.ok ? '' : result.error.message).toMatch(/^Invalid input for corpus:add: path:/);
    const extra = await dispatch(handlers, 'corpus:add', { path: '/x', recursive: true });
    expect(extra.ok ? '' : extra.error.code).toBe('invalid-input');
    expect(addCorpus).not.toHaveBeenCalled();
  });

  it('passes domain error codes through to the envelope', async () => {
    const handlers = tableWith(defaults);
    await expect(dispatch(handlers, 'article:get', { id: 'nope' })).resolves.toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No article with id nope.' },
    });
  });

  it('maps unexpected errors to internal with the message and no stack', async () => {
    const boom = new TypeError('Cannot read properties of undefined');
    const handlers = tableWith({ 'corpus:reindex': () => Promise.reject(boom) });
    const result = await dispatch(handlers, 'corpus:reindex', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Cannot read properties of undefined' },
    });
    expect(JSON.stringify(result)).not.toContain('at ');
  });

  it('does not trust Node system error codes as domain codes', async () => {
    const enoent = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    const handlers = tableWith({ 'corpus:remove': () => Promise.reject(enoent) });
    const result = await dispatch(handlers, 'corpus:remove', { path: '/x' });
    expect(result.ok ? '' : result.error.code).toBe('internal');
  });

  it('maps errors thrown synchronously and non-Error throws too', async () => {
    const handlers = tableWith({
      'search:query': () => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- proves non-Error throws are contained
        throw 'lunr exploded';
      },
    });
    await expect(dispatch(handlers, 'search:query', { text: 'x' })).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'lunr exploded' },
    });
  });

  it('refuses a pin with bad offsets or a grade outside 1–6 before the handler sees it', async () => {
    const pinQuote = vi.fn(() => Promise.reject(new Error('reached the handler')));
    const handlers = tableWith({ 'quote:pin': pinQuote });
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
});
