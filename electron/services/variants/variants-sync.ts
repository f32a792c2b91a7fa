import type { EventBus } from '../events/event-bus';
import type { SearchLibrary } from '../search/library-types';
import type { Session } from '../session/session';
import { listAnalystVariants } from './variants';

/**
 * Keeps the search library expanding queries through the open workspace's variant sets: now,
 * after every edit, undo or redo of one, and when another workspace opens.
 */
export function keepVariantsApplied(deps: {
  session: Session;
  library: SearchLibrary;
  bus: EventBus;
}): () => void {
  const { session, library, bus } = deps;
  const apply = (): void =>
    library.setVariants(listAnalystVariants(session.workspace()).map((s) => s.spellings));
  apply();
  return bus.on('workspace:changed', (change) => {
    if (change.areas.includes('variants')) apply();
  });
}
