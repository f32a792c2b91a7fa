import type { Article, SkippedFile } from './article';
import type { Result } from './result';
import type { IndexProgress, SearchRequest, SearchResult, TextRange } from './search';

/** A registered folder of articles, as the corpus panel shows it. */
export type CorpusFolder = {
  path: string;
  name: string;
  articleCount: number;
  skipped: SkippedFile[];
};

/** What the filters can offer: every outlet and folder with its article count, and the date span. */
export type CorpusFacets = {
  outlets: { name: string; count: number }[];
  folders: { path: string; count: number }[];
  earliest: string | null;
  latest: string | null;
};

/** An article opened in the reader, with the ranges a query matches in its text. */
export type ArticleView = Article & { highlights: TextRange[] };

/**
 * Every channel between the renderer and the services: `noun:verb` → input and output.
 * Both hosts (Electron IPC and the loopback browser host) serve exactly this table.
 */
export type Contract = {
  /** Registered folders with counts and skipped files. */
  'corpus:list': { input: Record<string, never>; output: CorpusFolder[] };
  /** Register a folder and index it; resolves once it is registered (indexing reports progress). */
  'corpus:add': { input: { path: string }; output: CorpusFolder[] };
  /** Ask the host for a folder (native picker in Electron); null when the analyst cancels. */
  'corpus:pick': { input: Record<string, never>; output: string | null };
  /** Unregister a folder; its files are never touched. */
  'corpus:remove': { input: { path: string }; output: CorpusFolder[] };
  /** Re-scan every folder and re-index what changed. */
  'corpus:reindex': { input: Record<string, never>; output: CorpusFolder[] };
  /** Outlets, folders and dates for the search filters. */
  'corpus:facets': { input: Record<string, never>; output: CorpusFacets };
  /** Current indexing progress. */
  'index:status': { input: Record<string, never>; output: IndexProgress };
  /** Run a search; answers with what is indexed so far while indexing runs. */
  'search:query': { input: SearchRequest; output: SearchResult };
  /** One article with its normalised text, and the ranges `query` matches in it. */
  'article:get': { input: { id: string; query?: string }; output: ArticleView };
};

export type Channel = keyof Contract;
export type Input<C extends Channel> = Contract[C]['input'];
export type Output<C extends Channel> = Contract[C]['output'];

const channelSet: Record<Channel, true> = {
  'corpus:list': true,
  'corpus:add': true,
  'corpus:pick': true,
  'corpus:remove': true,
  'corpus:reindex': true,
  'corpus:facets': true,
  'index:status': true,
  'search:query': true,
  'article:get': true,
};

/** Every channel, at run time; a channel missing here is a compile error. */
export const channels = Object.keys(channelSet) as Channel[];

export const isChannel = (name: string): name is Channel => Object.hasOwn(channelSet, name);

/** Events the services push to the renderer. */
export type PushEvents = {
  'index:progress': IndexProgress;
  'corpus:changed': CorpusFolder[];
  /** Electron only: the menu's Find (Ctrl/Cmd+F) asks the renderer to focus the search box. */
  'ui:focus-search': null;
};
export type PushEvent = keyof PushEvents;

/** The one API the renderer talks to, whichever host serves it. */
export type WorkbenchApi = {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
  on<E extends PushEvent>(event: E, listener: (payload: PushEvents[E]) => void): () => void;
  /**
   * Electron only: the absolute path of a file or folder dropped on the window (a sandboxed page
   * cannot read it from the File object); '' when it has none. Absent in the browser host.
   */
  pathForFile?(file: File): string;
};
