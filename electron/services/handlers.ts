import { isChannel, type Channel, type Input, type Output } from '../../shared/contract';
import type { WorkspacePickPurpose } from '../../shared/workspace';
import type { BriefingExportFormat } from '../../shared/briefing';
import type { QuoteExportFormat } from '../../shared/quote';
import { fail, isErrorCode, ok, type Result } from '../../shared/result';
import { parseInput } from '../../shared/schemas';
import { describeError } from '../../shared/error-message';

/**
 * What only a host can do: native dialogs in Electron. The browser host has none (its hooks answer
 * null and the renderer asks for a typed path, or downloads an export itself).
 */
export type HostHooks = {
  /** A folder of articles to add; null when cancelled. */
  pickFolder(): Promise<string | null>;
  /** A workspace file to open, or a name for a new one / a copy; null when cancelled. */
  pickWorkspace?(purpose: WorkspacePickPurpose): Promise<string | null>;
  /** Where to save an export, offering `suggestedName`, the dialog titled `title`; null when cancelled. */
  pickExportFile?(
    format: QuoteExportFormat | BriefingExportFormat,
    suggestedName: string,
    title: string,
  ): Promise<string | null>;
};

/** One async function per channel; both hosts serve exactly this table. */
export type Handlers = { [C in Channel]: (input: Input<C>) => Promise<Output<C>> };

/** The handlers of the channels whose names start with `prefix` ("quote:" → quote:pin, …). */
export type AreaHandlers<Prefix extends string> = Pick<
  Handlers,
  Extract<Channel, `${Prefix}${string}`>
>;

/**
 * Synchronous service calls throw DomainErrors; running them inside an async function turns those
 * into rejections that dispatch maps to envelopes.
 */
export const settle = async <T>(fn: () => T | Promise<T>): Promise<T> => fn();

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
  // DomainError always carries a code; other errors may carry one of ours (e.g. from a worker).
  if (error instanceof Error && isErrorCode(code)) return fail(code, error.message);
  const message = describeError(error);
  return fail('internal', message || 'Something went wrong.');
}
