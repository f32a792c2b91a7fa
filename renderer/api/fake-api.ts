import type {
  Channel,
  Input,
  Output,
  PushEvent,
  PushEvents,
  WorkbenchApi,
} from '../../shared/contract';
import type { Corroboration } from '../../shared/corroboration';
import type { Outlet, OutletDetail } from '../../shared/outlets';
import type { WorkspaceState } from '../../shared/workspace';
import { fail, type Result } from '../../shared/result';

type Handler<C extends Channel> = (
  input: Input<C>,
) => Result<Output<C>> | Promise<Result<Output<C>>>;
type Handlers = { [C in Channel]?: Handler<C> };

/** A WorkbenchApi for tests: scripted answers per channel, recorded calls, pushed events on demand. */
export type FakeApi = WorkbenchApi & {
  calls: { channel: Channel; input: unknown }[];
  callsTo: <C extends Channel>(channel: C) => Input<C>[];
  handle: <C extends Channel>(channel: C, handler: Handler<C>) => void;
  emit: <E extends PushEvent>(event: E, payload: PushEvents[E]) => void;
  listenerCount: (event: PushEvent) => number;
  /**
   * Resolves once every call made so far has been answered and the store has acted on the answers,
   * including the calls those answers led to (a push that triggers a refresh, a refresh that
   * triggers a search).
   */
  settled: () => Promise<void>;
};

/** What `quote:corroboration` answers unless scripted: no article carries it (yet). */
export const noCorroboration: Corroboration = {
  articles: [],
  independentOrigins: 0,
  origins: [],
  originNames: [],
  quoteOrigin: { kind: 'unknown' },
};

/** Answers for the channels the workbench UI calls at start; other channels must be scripted. */
const defaults: Handlers = {
  'corpus:list': () => ({ ok: true, value: [] }),
  'corpus:add': () => ({ ok: true, value: [] }),
  'corpus:pick': () => ({ ok: true, value: null }),
  'corpus:remove': () => ({ ok: true, value: [] }),
  'corpus:reindex': () => ({ ok: true, value: [] }),
  'corpus:facets': () => ({
    ok: true,
    value: { outlets: [], folders: [], earliest: null, latest: null },
  }),
  'index:status': () => ({
    ok: true,
    value: { phase: 'idle', folder: null, scanned: 0, parsed: 0, indexed: 0, total: 0, skipped: 0 },
  }),
  'search:query': (input) => ({
    ok: true,
    value: { query: input.text, notice: null, total: 0, hits: [], undatedHidden: 0 },
  }),
  'article:get': (input) => ({
    ok: false,
    error: { code: 'not-found', message: `No article ${input.id}` },
  }),
  'workspace:info': () => ({ ok: true, value: fakeWorkspaceState() }),
  'workspace:recent': () => ({ ok: true, value: [] }),
  'workspace:pick': () => ({ ok: true, value: null }),
  'quote:list': () => ({ ok: true, value: [] }),
  'origins:summary': () => ({
    ok: true,
    value: { articles: 0, independentOrigins: 0, groups: [], origins: {} },
  }),
  'origins:article': (input) => ({
    ok: false,
    error: { code: 'not-found', message: `No indexed article ${input.id}` },
  }),
  'origins:group': (input) => ({
    ok: false,
    error: { code: 'not-found', message: `No indexed article ${input.articleId}` },
  }),
  'quote:corroboration': () => ({ ok: true, value: noCorroboration }),
  'variants:list': () => ({ ok: true, value: { builtIn: [], analyst: [] } }),
  'variants:set': (input) => ({
    ok: true,
    value: {
      builtIn: [],
      analyst: [{ ...input, updatedAt: '2025-01-01T00:00:00.000Z' }],
    },
  }),
  'origins:drift': () => ({ ok: true, value: [] }),
  'outlets:list': () => ({ ok: true, value: [] }),
  'outlets:get': (input) => ({
    ok: false,
    error: { code: 'not-found', message: `No outlet ${input.name}` },
  }),
  'matrix:get': (input) => ({
    ok: true,
    value: { asOf: input.asOf ?? null, staleDays: 90, parties: [], issues: [], cells: [] },
  }),
  'matrix:suggest': () => ({ ok: true, value: [] }),
  'briefing:list': () => ({ ok: true, value: [] }),
};

/** An ungraded corpus outlet with no articles, as `outlets:list` lists it; pass fields to change. */
export function fakeOutlet(overrides: Partial<Outlet> = {}): Outlet {
  return {
    name: 'Financial Times',
    aliases: [],
    domains: [],
    kind: 'unknown',
    country: null,
    notes: '',
    grade: null,
    source: 'corpus',
    stats: {
      articles: 0,
      asPublisher: 0,
      asOrigin: 0,
      asRelay: 0,
      firstSeen: null,
      lastSeen: null,
      relays: [],
      relayedBy: [],
      anonymousShare: null,
      correctionsPer100: null,
    },
    suggestion: null,
    ...overrides,
  };
}

/** `fakeOutlet` as `outlets:get` answers it, with no history, record or articles unless given. */
export function fakeOutletDetail(overrides: Partial<OutletDetail> = {}): OutletDetail {
  return { ...fakeOutlet(overrides), gradeHistory: [], record: [], articles: [], ...overrides };
}

/** An open, empty workspace as `workspace:info` reports it; pass fields to change. */
export function fakeWorkspaceState(overrides: Partial<WorkspaceState> = {}): WorkspaceState {
  return {
    file: '/data/Default.parley',
    name: 'Default',
    readOnly: false,
    schemaVersion: 2,
    folders: [],
    undoLabel: null,
    redoLabel: null,
    problem: null,
    ...overrides,
  };
}

/** Builds a fake API; pass handlers to script answers (sync or async) per channel. */
export function createFakeApi(overrides: Handlers = {}): FakeApi {
  const handlers: Handlers = { ...defaults, ...overrides };
  const listeners = new Map<PushEvent, Set<(payload: never) => void>>();
  const calls: { channel: Channel; input: unknown }[] = [];
  const inFlight = new Set<Promise<unknown>>();
  /** One macrotask turn: every continuation queued by the answers so far has run by then. */
  const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

  return {
    calls,
    callsTo: <C extends Channel>(channel: C) =>
      calls.filter((call) => call.channel === channel).map((call) => call.input as Input<C>),
    handle: (channel, handler) => {
      (handlers as Record<Channel, unknown>)[channel] = handler;
    },
    invoke: <C extends Channel>(channel: C, input: Input<C>) => {
      calls.push({ channel, input });
      const handler = handlers[channel];
      const answer = Promise.resolve(
        handler
          ? handler(input)
          : fail('internal', `The fake API has no answer scripted for ${channel}.`),
      );
      inFlight.add(answer);
      void answer.finally(() => inFlight.delete(answer));
      return answer;
    },
    settled: async () => {
      do {
        await Promise.allSettled([...inFlight]);
        await nextTurn();
      } while (inFlight.size > 0);
    },
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    emit: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(payload as never);
    },
    listenerCount: (event) => listeners.get(event)?.size ?? 0,
  };
}
