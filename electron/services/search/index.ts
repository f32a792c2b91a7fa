export { createSearchLibrary, shardOf } from './library';
export type { ShardedSearchLibrary } from './library';
export type { FolderSummary, LibraryOptions, SearchLibrary, ShardInfo } from './library-types';
export type { IndexedDocuments } from './indexed-docs';
