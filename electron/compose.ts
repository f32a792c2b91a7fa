import type { PushEvents } from '../shared/contract';
import { createHandlers, type Handlers, type HostHooks } from './services/handlers';
import {
  createWorkbench,
  type Listener,
  type ServicePushEvent,
  type WorkbenchOptions,
} from './services/workbench';

/** What a shell forwards to its window or page: everything the services push. */
export const servicePushEvents = [
  'index:progress',
  'corpus:changed',
  'workspace:changed',
] as const satisfies readonly ServicePushEvent[];

/** The services' push events, for a shell to forward. */
export type ServiceEvents = {
  on<E extends ServicePushEvent>(event: E, listener: Listener<E>): () => void;
};

/** Everything a shell needs from the services: the handler table, the events, and the lifecycle. */
export type ComposedApp = {
  handlers: Handlers;
  events: ServiceEvents;
  /** Resolves once background work (first indexing, verification) has settled. */
  idle(): Promise<void>;
  /** Stops workers and watchers and closes the workspace. */
  close(): Promise<void>;
};

export type ComposeOptions = WorkbenchOptions & {
  /** What only the shell can do (native dialogs); the browser host's hooks answer null. */
  hostHooks: HostHooks;
};

/**
 * The one composition root: builds the services over `dataDir` and the handler table both shells
 * serve. Electron's main process and the browser host call this and nothing else from services.
 */
export async function composeApp({ hostHooks, ...options }: ComposeOptions): Promise<ComposedApp> {
  const workbench = await createWorkbench(options);
  return {
    handlers: createHandlers(workbench, hostHooks),
    events: { on: (event, listener) => workbench.on(event, listener) },
    idle: () => workbench.idle(),
    close: () => workbench.close(),
  };
}

/** Forwards every service push event to `send` (a window, a set of event streams). */
export function forwardServiceEvents(
  events: ServiceEvents,
  send: <E extends ServicePushEvent>(event: E, payload: PushEvents[E]) => void,
): () => void {
  const stops = servicePushEvents.map((event) =>
    events.on(event, (payload: PushEvents[typeof event]) => send(event, payload)),
  );
  return () => stops.forEach((stop) => stop());
}
