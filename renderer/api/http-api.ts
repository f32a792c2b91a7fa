import type {
  Channel,
  Input,
  Output,
  PushEvent,
  PushEvents,
  WorkbenchApi,
} from '../../shared/contract';
import { fail, isErrorCode, type Result } from '../../shared/result';
import { describeError } from '../../shared/error-message';

/** The subset of EventSource the HTTP API uses, so tests can pass a fake. */
export type EventSourceLike = {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  removeEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
};

export type HttpApiOptions = {
  /** Prefix for every URL; '' means same origin (the browser host serves the renderer). */
  baseUrl?: string;
  fetch?: typeof fetch;
  openEvents?: (url: string) => EventSourceLike;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Accepts only a well-formed envelope; anything else becomes an internal error. */
const toResult = <T>(body: unknown): Result<T> => {
  if (isRecord(body) && body.ok === true && 'value' in body) {
    return { ok: true, value: body.value as T };
  }
  if (isRecord(body) && body.ok === false && isRecord(body.error)) {
    const { code, message } = body.error;
    return fail(
      isErrorCode(code) ? code : 'internal',
      typeof message === 'string' ? message : 'The host reported an error.',
    );
  }
  return fail('internal', 'The host sent a malformed answer.');
};

const statusError = (status: number): Result<never> =>
  status === 401 || status === 403
    ? fail('forbidden', 'The session is not authorised; reopen the link Parley printed.')
    : fail('internal', `The host answered HTTP ${status}.`);

/** WorkbenchApi over the loopback browser host: POST /api/<channel> and SSE on /api/events. */
export function createHttpApi(options: HttpApiOptions = {}): WorkbenchApi {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const openEvents =
    options.openEvents ??
    ((url: string): EventSourceLike => new EventSource(url, { withCredentials: true }));

  let source: EventSourceLike | null = null;
  let listenerCount = 0;

  const invoke = async <C extends Channel>(
    channel: C,
    input: Input<C>,
  ): Promise<Result<Output<C>>> => {
    try {
      const response = await doFetch(`${baseUrl}/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
        credentials: 'same-origin',
      });
      const text = await response.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return response.ok
          ? fail('internal', 'The host sent a malformed answer.')
          : statusError(response.status);
      }
      if (!response.ok && !(isRecord(body) && body.ok === false))
        return statusError(response.status);
      return toResult<Output<C>>(body);
    } catch (error) {
      const reason = describeError(error);
      return fail('internal', `Cannot reach Parley's host: ${reason}`);
    }
  };

  const on = <E extends PushEvent>(
    event: E,
    listener: (payload: PushEvents[E]) => void,
  ): (() => void) => {
    source ??= openEvents(`${baseUrl}/api/events`);
    const current = source;
    listenerCount += 1;
    const handler = (message: MessageEvent<string>): void => {
      let payload: PushEvents[E];
      try {
        payload = JSON.parse(message.data) as PushEvents[E];
      } catch {
        return;
      }
      listener(payload);
    };
    current.addEventListener(event, handler);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      current.removeEventListener(event, handler);
      listenerCount -= 1;
      // The last listener gone: close the stream so the host can release it.
      if (listenerCount === 0 && source === current) {
        current.close();
        source = null;
      }
    };
  };

  return { invoke, on };
}
