import type { PushEvent, PushEvents } from '../../../shared/contract';

/** The push events the services raise; a shell forwards them to its window or page. */
export type ServicePushEvent =
  | 'index:progress'
  | 'origins:progress'
  | 'briefing:progress'
  | 'corpus:changed'
  | 'workspace:changed';

export type Listener<E extends PushEvent> = (payload: PushEvents[E]) => void;

/** Subscribing side of the bus: what a shell or test sees. */
export type ServiceEvents = {
  on<E extends ServicePushEvent>(event: E, listener: Listener<E>): () => void;
};

/** The services' event bus: areas emit, shells listen; silent once closed. */
export type EventBus = ServiceEvents & {
  emit<E extends ServicePushEvent>(event: E, payload: PushEvents[E]): void;
  close(): void;
};

export function createEventBus(): EventBus {
  const listeners = new Map<ServicePushEvent, Set<(payload: never) => void>>();
  let closed = false;
  return {
    emit(event, payload) {
      if (closed) return;
      for (const listener of listeners.get(event) ?? [])
        (listener as Listener<typeof event>)(payload);
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    close() {
      closed = true;
      listeners.clear();
    },
  };
}
