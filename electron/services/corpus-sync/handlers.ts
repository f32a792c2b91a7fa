import type { AreaHandlers, Handlers, HostHooks } from '../handlers';
import { settle } from '../handlers';
import type { IndexStatus } from '../search/index-status';
import type { SearchLibrary } from '../search/library-types';
import type { CorpusSync } from './corpus-sync';

/** corpus:* and index:status — the folders the workspace reads and how far indexing got. */
export function createCorpusHandlers(deps: {
  corpusSync: CorpusSync;
  library: SearchLibrary;
  indexStatus: IndexStatus;
  hostHooks: HostHooks;
}): AreaHandlers<'corpus:'> & Pick<Handlers, 'index:status'> {
  const { corpusSync, library, indexStatus, hostHooks } = deps;
  return {
    'corpus:list': () => settle(() => corpusSync.list()),
    'corpus:add': ({ path, allowLarge }) => corpusSync.add(path, allowLarge),
    'corpus:pick': () => hostHooks.pickFolder(),
    'corpus:remove': ({ path }) => corpusSync.remove(path),
    'corpus:reindex': () => corpusSync.reindex(),
    'corpus:facets': () => settle(() => library.facets()),
    'index:status': () => settle(() => indexStatus.current()),
  };
}
