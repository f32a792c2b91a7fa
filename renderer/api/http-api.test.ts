// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createHttpApi, type EventSourceLike } from './http-api';

type Sent = { url: string; init: RequestInit | undefined };

const fakeFetch = (respond: (url: string) => Response | Promise<Response>) => {
  const sent: Sent[] = [];
  const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : input.toString();
    sent.push({ url, init });
    return Promise.resolve(respond(url));
  }) as typeof globalThis.fetch;
  return { fetch, sent };
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** An EventSource stand-in the test can push named events through. */
const fakeEvents = () => {
  const listeners = new Map<string, Set<(event: MessageEvent<string>) => void>>();
  const opened: string[] = [];
  let closed = 0;
  const open = (url: string): EventSourceLike => {
    opened.push(url);
    return {
      addEventListener: (type, listener) => {
        const set = listeners.get(type) ?? new Set();
        listeners.set(type, set);
        set.add(listener);
      },
      removeEventListener: (type, listener) => listeners.get(type)?.delete(listener),
      close: () => {
        closed += 1;
      },
    };
  };
  const push = (type: string, data: string) => {
    for (const listener of listeners.get(type) ?? []) listener({ data } as MessageEvent<string>);
  };
  return { open, push, opened, closed: () => closed };
};

describe('createHttpApi', () => {
  it('posts the input as JSON to /api/<channel> and returns the envelope', async () => {
    const { fetch, sent } = fakeFetch(() => json({ ok: true, value: [{ path: '/a' }] }));
    const api = createHttpApi({ fetch });

    const result = await api.invoke('corpus:add', { path: '/a' });

    expect(result).toEqual({ ok: true, value: [{ path: '/a' }] });
    expect(sent[0]?.url).toBe('/api/corpus:add');
    expect(sent[0]?.init?.method).toBe('POST');
    expect(sent[0]?.init?.body).toBe('{"path":"/a"}');
    expect(sent[0]?.init?.credentials).toBe('same-origin');
  });

  it('passes a domain error through with its code and message', async () => {
    const { fetch } = fakeFetch(() =>
      json({ ok: false, error: { code: 'not-found', message: 'No such folder' } }),
    );
    const result = await createHttpApi({ fetch }).invoke('corpus:add', { path: '/nope' });
    expect(result).toEqual({ ok: false, error: { code: 'not-found', message: 'No such folder' } });
  });

  it('turns a network failure into an internal error instead of throwing', async () => {
    const fetch = (() =>
      Promise.reject(new TypeError('Failed to fetch'))) as typeof globalThis.fetch;
    const result = await createHttpApi({ fetch }).invoke('corpus:list', {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('internal');
    expect(!result.ok && result.error.message).toContain('Failed to fetch');
  });

  it('reports a refused session as forbidden and a non-JSON answer as internal', async () => {
    const refused = fakeFetch(() => new Response('Unauthorized', { status: 401 }));
    const garbled = fakeFetch(() => new Response('<html>oops</html>', { status: 200 }));
    const unknownCode = fakeFetch(() =>
      json({ ok: false, error: { code: 'weird', message: 'x' } }),
    );

    const a = await createHttpApi({ fetch: refused.fetch }).invoke('corpus:list', {});
    const b = await createHttpApi({ fetch: garbled.fetch }).invoke('corpus:list', {});
    const c = await createHttpApi({ fetch: unknownCode.fetch }).invoke('corpus:list', {});

    expect(!a.ok && a.error.code).toBe('forbidden');
    expect(!b.ok && b.error.code).toBe('internal');
    expect(!c.ok && c.error.code).toBe('internal');
  });

  it('delivers named server-sent events over one stream and closes it when nobody listens', () => {
    const events = fakeEvents();
    const api = createHttpApi({ fetch: fakeFetch(() => json({})).fetch, openEvents: events.open });
    const progress: number[] = [];
    const changed: number[] = [];

    const offProgress = api.on('index:progress', (p) => progress.push(p.indexed));
    const offChanged = api.on('corpus:changed', (folders) => changed.push(folders.length));
    events.push('index:progress', JSON.stringify({ indexed: 42 }));
    events.push('corpus:changed', JSON.stringify([{}, {}]));
    events.push('index:progress', 'not json');

    expect(events.opened).toEqual(['/api/events']);
    expect(progress).toEqual([42]);
    expect(changed).toEqual([2]);

    offProgress();
    expect(events.closed()).toBe(0);
    offChanged();
    expect(events.closed()).toBe(1);
  });
});
