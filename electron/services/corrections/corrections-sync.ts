import type { CorpusFolder } from '../../../shared/corpus';
import type { EventBus } from '../events/event-bus';
import type { SearchLibrary } from '../search/library-types';
import type { Session } from '../session/session';
import { correctionsById } from './corrections';

/**
 * Keeps the search library showing the open workspace's corrections: now, after every edit, undo
 * or redo of one, and when another workspace opens. Each change is announced as `corpus:changed`,
 * since what the corpus says (facets, hits, the reader, origins) changed with it.
 */
export function keepCorrectionsApplied(deps: {
  session: Session;
  library: SearchLibrary;
  bus: EventBus;
  folders: () => CorpusFolder[];
}): () => void {
  const { session, library, bus, folders } = deps;
  const apply = (): void => library.setCorrections(correctionsById(session.workspace()));
  apply();
  return bus.on('workspace:changed', (change) => {
    if (!change.areas.includes('corrections')) return;
    apply();
    bus.emit('corpus:changed', folders());
  });
}
