import type { CorrectionsById } from './correction-overlay';
import type { IndexedDocuments } from './indexed-docs';
import type { Article, ArticleMeta, SkippedFile } from '../../../shared/article';
import type { CorpusFacets } from '../../../shared/corpus';
import type { IndexProgress, SearchRequest, SearchResult, TextRange } from '../../../shared/search';

export type LibraryOptions = {
  /** Folder for derived index data (shards, manifests); never the only copy of anything. */
  cacheDir: string;
  /** Parallel build workers; defaults to the number of CPUs (at least 1). 0 builds on the calling thread. */
  workers?: number;
  /** Files larger than this are skipped with a reason. */
  maxFileBytes?: number;
  onProgress?: (progress: IndexProgress) => void;
  /** The bundled shard worker (dist/electron/shard-worker.cjs); packaged apps pass its unpacked path. */
  workerScript?: string;
  /** The walk-worker script (dist/electron/walk-worker.cjs by default); see listFolderInWorker. */
  walkWorkerScript?: string;
  /** Target articles per shard (default 1,000); small values let tests exercise many shards. */
  shardSize?: number;
};

/** One shard as the library holds it; `file` changes whenever the shard is rebuilt. */
export type ShardInfo = { folder: string; shard: number; file: string; articles: number };

/** What indexing a folder produced. */
export type FolderSummary = {
  folder: string;
  articles: ArticleMeta[];
  skipped: SkippedFile[];
  /** The metadata sidecar applied to the folder: its name, how many articles it describes, its problems. */
  sidecar?: { name: string; files: number; problems: string[] };
};

/** The search engine over a set of registered folders: scan, shard, cache, query. */
export type SearchLibrary = {
  /** Registers and indexes a folder, reusing cached shards for unchanged files. Rejects with a CorpusError when the folder is missing or unreadable. */
  addFolder(folder: string): Promise<FolderSummary>;
  /** Forgets a folder and its cached shards; its files are never touched. */
  removeFolder(folder: string): Promise<void>;
  /**
   * Re-scans one or every folder; only shards whose files changed are rebuilt. A folder that no
   * longer exists stays registered with no articles, and the call rejects with a not-found error.
   */
  refresh(folder?: string): Promise<FolderSummary[]>;
  /**
   * Re-reads the given paths of a folder (changed, added or removed) and rebuilds just their
   * shards; a path that is (or was) a subfolder stands for everything under it.
   */
  updateFiles(folder: string, relPaths: string[]): Promise<void>;
  /** Registered folders and what they hold, in registration order. */
  folders(): FolderSummary[];
  /** The indexed articles and their texts, for areas (origins) that read every document. */
  docs: IndexedDocuments;
  /**
   * Runs an analyst query; never throws for bad query syntax (see SearchResult.notice). `keep`,
   * when given, is one more filter (the outlets area's grade filter) every hit must pass.
   */
  search(request: SearchRequest, keep?: (doc: ArticleMeta) => boolean): SearchResult;
  /** One article with its normalised text, or null for an unknown id. */
  getArticle(id: string): Promise<Article | null>;
  /** Ranges of `text` that `query` matches (stemmed variants and phrases included). */
  highlight(text: string, query: string): TextRange[];
  /**
   * Lays the open workspace's corrections over the indexed metadata (search, filters, facets,
   * articles and `docs` then show them); replaces the previous set.
   */
  setCorrections(corrections: CorrectionsById): void;
  /**
   * Takes the open workspace's own name variant sets; queries then expand through the shipped
   * table and these together (sets sharing a spelling are one). Replaces the previous sets.
   */
  setVariants(groups: readonly (readonly string[])[]): void;
  /** Outlets, folders and date span for filters. */
  facets(): CorpusFacets;
  /** The live shards of every folder (for diagnostics, benchmarks and tests). */
  shards?(): ShardInfo[];
  /** Stops workers and releases resources. */
  close(): Promise<void>;
};
