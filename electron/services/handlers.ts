import { isChannel, type Channel, type Input, type Output } from '../../shared/contract';
import { fail, ok, type ErrorCode, type Result } from '../../shared/result';
import { parseInput } from '../../shared/schemas';
import { DomainError } from './errors';
import type { Workbench } from './workbench';

/** What only a host can do (a native folder picker in Electron; nothing in the browser host). */
export type HostHooks = { pickFolder(): Promise<string | null> };

/** One async function per channel; both hosts serve exactly this table. */
export type Handlers = { [C in Channel]: (input: Input<C>) => Promise<Output<C>> };

/** Builds the handler table over a workbench and the host's hooks. */
export function createHandlers(workbench: Workbench, hostHooks: HostHooks): Handlers {
  return {
    'corpus:list': () => Promise.resolve(workbench.listCorpora()),
    'corpus:add': ({ path }) => workbench.addCorpus(path),
    'corpus:pick': () => hostHooks.pickFolder(),
    'corpus:remove': ({ path }) => workbench.removeCorpus(path),
    'corpus:reindex': () => workbench.reindexCorpora(),
    'corpus:facets': () => Promise.resolve(workbench.corpusFacets()),
    'index:status': () => Promise.resolve(workbench.indexStatus()),
    'search:query': (request) => Promise.resolve(workbench.search(request)),
    'article:get': ({ id, query }) => workbench.getArticle(id, query),
  };
}

const errorCodes: Record<ErrorCode, true> = {
  'invalid-input': true,
  'not-found': true,
  unreadable: true,
  conflict: true,
  locked: true,
  corrupt: true,
  forbidden: true,
  internal: true,
};

/**
 * The one gate every call passes: checks the channel name, parses the input with its schema, runs
 * the handler and turns any failure into a result envelope, so nothing throws across a process boundary.
 */
export async function dispatch<C extends Channel>(
  handlers: Handlers,
  channel: C,
  rawInput: unknown,
): Promise<Result<Output<C>>>;
export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
): Promise<Result<unknown>>;
export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
): Promise<Result<unknown>> {
  if (typeof channel !== 'string' || !isChannel(channel)) {
    return fail('not-found', `Unknown channel: ${String(channel).slice(0, 100)}`);
  }
  const input = parseInput(channel, rawInput);
  if (!input.ok) return fail('invalid-input', input.message);
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    return ok(await handler(input.value));
  } catch (error) {
    return toFailure(error);
  }
}

/** Maps a thrown value to an envelope: domain codes pass through, anything else is `internal`, never a stack. */
export function toFailure(error: unknown): Result<never> {
  const code = (error as { code?: unknown } | null)?.code;
  if (
    error instanceof DomainError ||
    (error instanceof Error && typeof code === 'string' && Object.hasOwn(errorCodes, code))
  ) {
    return fail(code as ErrorCode, error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return fail('internal', message || 'Something went wrong.');
}
