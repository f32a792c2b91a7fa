import type { IndexProgress } from '../../../shared/search';
import type { EventBus } from '../events/event-bus';

export const idleProgress: IndexProgress = {
  phase: 'idle',
  folder: null,
  scanned: 0,
  parsed: 0,
  indexed: 0,
  total: 0,
  skipped: 0,
};

/** Remembers the latest indexing progress (index:status) and pushes each step (index:progress). */
export type IndexStatus = {
  current(): IndexProgress;
  report(progress: IndexProgress): void;
};

export function createIndexStatus(bus: EventBus): IndexStatus {
  let progress = idleProgress;
  return {
    current: () => progress,
    report(next) {
      progress = next;
      bus.emit('index:progress', next);
    },
  };
}
