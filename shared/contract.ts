import type { ArticleMeta, ArticleView } from './article';
import type { BriefingDocument, BriefingExportFormat, Briefing } from './briefing';
import type {
  BriefingExportFile,
  BriefingExportProgress,
  BriefingSaveRequest,
  BriefingSummary,
  StoredBriefing,
} from './briefings';
import type { ArticleCorrection, CorrectionRequest } from './corrections';
import type { CorpusFacets, CorpusFolder } from './corpus';
import type { Corroboration } from './corroboration';
import type {
  PinnedQuote,
  Quote,
  QuoteExportFormat,
  QuoteHistoryEvent,
  QuotePatch,
  Verification,
} from './quote';
import type { ArticleOriginView, GroupEvidence, OriginsProgress, OriginsSummary } from './origins';
import type {
  MatrixCellDetail,
  MatrixEditRequest,
  MatrixExportFormat,
  MatrixLinkRequest,
  MatrixSetCellRequest,
  MatrixSettings,
  MatrixSuggestion,
  MatrixUnlinkRequest,
  MatrixView,
} from './matrix';
import type { QuoteDrift } from './quote-drift';
import type {
  GradeRequest,
  NotebookFormat,
  NotebookImportRequest,
  NotebookImportResult,
  Outlet,
  OutletDetail,
  OutletEdit,
  TrackRecordRequest,
} from './outlets';
import type { OriginDecisionRequest } from './origin-decisions';
import type { Result } from './result';
import type { VariantSetRequest, VariantTable } from './variants';
import type { IndexProgress, SearchRequest, SearchResult } from './search';
import type {
  BackupInfo,
  RecentWorkspace,
  UndoResult,
  WorkspaceChange,
  WorkspacePickPurpose,
  WorkspaceState,
} from './workspace';

/**
 * Every channel between the renderer and the services: `noun:verb` → input and output.
 * Both hosts (Electron IPC and the loopback browser host) serve exactly this table.
 */
export type Contract = {
  /** Registered folders with counts and skipped files. */
  'corpus:list': { input: Record<string, never>; output: CorpusFolder[] };
  /** Register a folder and index it; resolves once it is registered (indexing reports progress). */
  'corpus:add': { input: { path: string; allowLarge?: boolean }; output: CorpusFolder[] };
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
  /**
   * Set (or, with `clear`, drop) the analyst's title, publisher, byline or date of an article, as
   * one undoable edit kept in the workspace; answers the article's metadata as it now reads.
   */
  'article:correct': { input: CorrectionRequest; output: ArticleMeta };
  /** The analyst's corrections (of one article, or all), each beside the value it replaced. */
  'article:corrections': { input: { articleId?: string }; output: ArticleCorrection[] };
  /** The shipped name variants and the open workspace's own sets. */
  'variants:list': { input: Record<string, never>; output: VariantTable };
  /**
   * Store (replacing) the analyst's variant set `name`, at least two spellings, as one undoable
   * edit; searches then expand through it. Answers the table as it now stands.
   */
  'variants:set': { input: VariantSetRequest; output: VariantTable };
  /** The open workspace (or the problem that kept it from opening), with undo/redo labels. */
  'workspace:info': { input: Record<string, never>; output: WorkspaceState };
  /** Create an empty workspace file and switch to it; refuses an existing file ('conflict'). */
  'workspace:new': { input: { file: string }; output: WorkspaceState };
  /** Open a workspace file and switch to it, re-registering its folders ('locked', 'corrupt', 'not-found'). */
  'workspace:open': { input: { file: string }; output: WorkspaceState };
  /** Copy the open workspace to `file` (replacing it when `overwrite`) and switch to the copy. */
  'workspace:save-as': { input: { file: string; overwrite?: boolean }; output: WorkspaceState };
  /** Ask the host for a workspace file (native dialog in Electron); null when cancelled or in a browser. */
  'workspace:pick': { input: { purpose: WorkspacePickPurpose }; output: string | null };
  /** Workspaces opened before, most recent first. */
  'workspace:recent': { input: Record<string, never>; output: RecentWorkspace[] };
  /** Undo the last workspace edit; null when there is nothing to undo. */
  'workspace:undo': { input: Record<string, never>; output: UndoResult | null };
  /** Redo the last undone edit; null when there is nothing to redo. */
  'workspace:redo': { input: Record<string, never>; output: UndoResult | null };
  /** Automatic backups of a workspace (default: the open or failed one), newest first. */
  'workspace:backups': { input: { file?: string }; output: BackupInfo[] };
  /** Put one of `file`'s backups in its place (the damaged file is moved aside) and open it. */
  'workspace:restore': { input: { backup: string; file: string }; output: WorkspaceState };
  /** Pin article text [start, end) with optional fields; an already pinned passage comes back with `existing`. */
  'quote:pin': {
    input: { articleId: string; start: number; end: number } & QuotePatch;
    output: PinnedQuote;
  };
  /** Every quote, in pinning order. */
  'quote:list': { input: Record<string, never>; output: Quote[] };
  /** Edit a quote's speaker, tags, note or grade (one undoable edit). */
  'quote:update': { input: { id: string } & QuotePatch; output: Quote };
  /** Delete a quote (undoable); answers the deleted quote. */
  'quote:delete': { input: { id: string }; output: Quote };
  /** Re-check every quote against its file as it is on disk now. */
  'quote:verify': { input: Record<string, never>; output: Verification[] };
  /** A quote's history, oldest first: pinned, then every move, loss and recovery a check found. */
  'quote:history': { input: { id: string }; output: QuoteHistoryEvent[] };
  /** The articles carrying a quote's passage (exact or near) and the independent origins they come from. */
  'quote:corroboration': { input: { id: string }; output: Corroboration };
  /** A one-line Markdown citation of a quote. */
  'quote:citation': { input: { id: string }; output: string };
  /** Relay groups, per-article origins and independent origins over every indexed article. */
  'origins:summary': { input: Record<string, never>; output: OriginsSummary };
  /** Who one article relays: its attribution spans (offsets into its text) and its relay group. */
  'origins:article': { input: { id: string }; output: ArticleOriginView };
  /** Why the relay group holding an article is a group: relay cues, shared passages, dates. */
  'origins:group': { input: { articleId: string }; output: GroupEvidence };
  /** Quotations the given articles (a relay group's members) carry in different wordings, with word diffs. */
  'origins:drift': { input: { articleIds: string[] }; output: QuoteDrift[] };
  /** Confirm, split or merge a relay group, or set an article's origin (one undoable edit); answers the decided summary. */
  'decision:make': { input: OriginDecisionRequest; output: OriginsSummary };
  /** Every outlet of the notebook (corpus publishers and cited origins, and the analyst's own) with statistics. */
  'outlets:list': { input: Record<string, never>; output: Outlet[] };
  /** One outlet (by its name or any alias) with grade history, track record and articles. */
  'outlets:get': { input: { name: string }; output: OutletDetail };
  /** Add, rename, merge, split, re-alias, describe or remove outlets (one undoable edit); answers the list. */
  'outlets:edit': { input: OutletEdit; output: Outlet[] };
  /** Grade an outlet A–F (or withdraw its grade) with a rationale; the old grade stays in its history. */
  'outlets:grade': { input: GradeRequest; output: OutletDetail };
  /** Add a dated track-record entry to an outlet (one undoable edit). */
  'outlets:record-add': { input: TrackRecordRequest; output: OutletDetail };
  /** Remove a track-record entry (undoable). */
  'outlets:record-remove': { input: { name: string; id: string }; output: OutletDetail };
  /** The notebook (outlets, aliases, grades with history, records) as CSV or JSON text. */
  'outlets:export': { input: { format: NotebookFormat }; output: string };
  /** Electron: save the notebook export through a native dialog; null when cancelled or in a browser. */
  'outlets:save-export': { input: { format: NotebookFormat }; output: string | null };
  /** Import a notebook or reference list; all or nothing — a malformed file changes nothing. */
  'outlets:import': { input: NotebookImportRequest; output: NotebookImportResult };
  /** Every quote as CSV or JSON text, with full provenance. */
  'quote:export': { input: { format: QuoteExportFormat }; output: string };
  /** Electron: save the export through a native dialog, answering the path; null when cancelled or in a browser. */
  'quote:save-export': { input: { format: QuoteExportFormat }; output: string | null };
  /** The position matrix: parties, issues and every cell with its derived flags, as of `asOf` (default now). */
  'matrix:get': { input: { asOf?: string }; output: MatrixView };
  /** One cell (as of `asOf`, default now) with its whole append-only history. */
  'matrix:cell': {
    input: { party: string; issue: string; asOf?: string };
    output: MatrixCellDetail;
  };
  /** Add, rename, move or remove a party or issue, or set aliases, terms, a proposition (one undoable edit). */
  'matrix:edit': { input: MatrixEditRequest; output: MatrixView };
  /** Set a cell's stance, summary, as-of date or note with a reason (one undoable edit, appends history). */
  'matrix:set-cell': { input: MatrixSetCellRequest; output: MatrixCellDetail };
  /** Link a pinned quote to a cell as supporting or contradicting evidence (one undoable edit). */
  'matrix:link': { input: MatrixLinkRequest; output: MatrixCellDetail };
  /** Drop a quote from a cell's evidence (one undoable edit). */
  'matrix:unlink': { input: MatrixUnlinkRequest; output: MatrixCellDetail };
  /** Candidate passages for a cell (sentences where the party and the issue meet), ranked; never filled in. */
  'matrix:suggest': {
    input: { party: string; issue: string; limit?: number };
    output: MatrixSuggestion[];
  };
  /** The matrix settings; with `staleDays`, sets the stale threshold first (one undoable edit). */
  'matrix:settings': { input: { staleDays?: number }; output: MatrixSettings };
  /** The matrix (as of `asOf`) as CSV or JSON text. */
  'matrix:export': { input: { format: MatrixExportFormat; asOf?: string }; output: string };
  /** Electron: save the export (as of `asOf`) through a native dialog, answering the path; null when cancelled or in a browser. */
  'matrix:save-export': {
    input: { format: MatrixExportFormat; asOf?: string };
    output: string | null;
  };
  /** The workspace's briefings, by name. */
  'briefing:list': { input: Record<string, never>; output: BriefingSummary[] };
  /** One briefing as stored. */
  'briefing:get': { input: { id: string }; output: StoredBriefing };
  /** Create (no id) or replace a whole briefing, as one undoable edit; answers it as stored. */
  'briefing:save': { input: BriefingSaveRequest; output: StoredBriefing };
  /** Delete a briefing (undoable); answers the briefings left. */
  'briefing:delete': { input: { id: string }; output: BriefingSummary[] };
  /** A stored briefing, or a draft, resolved against the workspace: citations as footnotes, sections filled. */
  'briefing:preview': {
    input: { id: string } | { draft: Briefing };
    output: BriefingDocument;
  };
  /** A briefing (no id: the default one) as file bytes, for the browser host to download. */
  'briefing:export': {
    input: { id?: string; format: BriefingExportFormat };
    output: BriefingExportFile;
  };
  /** Electron: save an export through a native dialog, answering the path; null when cancelled or in a browser. */
  'briefing:save-export': {
    input: { id?: string; format: BriefingExportFormat };
    output: string | null;
  };
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
  'article:correct': true,
  'article:corrections': true,
  'variants:list': true,
  'variants:set': true,
  'workspace:info': true,
  'workspace:new': true,
  'workspace:open': true,
  'workspace:save-as': true,
  'workspace:pick': true,
  'workspace:recent': true,
  'workspace:undo': true,
  'workspace:redo': true,
  'workspace:backups': true,
  'workspace:restore': true,
  'quote:pin': true,
  'quote:list': true,
  'quote:update': true,
  'quote:delete': true,
  'quote:verify': true,
  'quote:citation': true,
  'quote:history': true,
  'quote:corroboration': true,
  'origins:summary': true,
  'origins:article': true,
  'origins:group': true,
  'origins:drift': true,
  'decision:make': true,
  'outlets:list': true,
  'outlets:get': true,
  'outlets:edit': true,
  'outlets:grade': true,
  'outlets:record-add': true,
  'outlets:record-remove': true,
  'outlets:export': true,
  'outlets:save-export': true,
  'outlets:import': true,
  'quote:export': true,
  'quote:save-export': true,
  'matrix:get': true,
  'matrix:cell': true,
  'matrix:edit': true,
  'matrix:set-cell': true,
  'matrix:link': true,
  'matrix:unlink': true,
  'matrix:suggest': true,
  'matrix:settings': true,
  'matrix:export': true,
  'matrix:save-export': true,
  'briefing:list': true,
  'briefing:get': true,
  'briefing:save': true,
  'briefing:delete': true,
  'briefing:preview': true,
  'briefing:export': true,
  'briefing:save-export': true,
};

/** Every channel, at run time; a channel missing here is a compile error. */
export const channels = Object.keys(channelSet) as Channel[];

export const isChannel = (name: string): name is Channel => Object.hasOwn(channelSet, name);

/** Events the services push to the renderer. */
export type PushEvents = {
  'index:progress': IndexProgress;
  /** While origins are computed off the main thread: how far the run has got. */
  'origins:progress': OriginsProgress;
  /** While a briefing export runs: collecting, rendering, writing, then done or failed. */
  'briefing:progress': BriefingExportProgress;
  'corpus:changed': CorpusFolder[];
  /** After every workspace change (edit, undo, redo, open, verification): refresh what shows it. */
  'workspace:changed': WorkspaceChange;
  /** Electron only: the menu's Find (Ctrl/Cmd+F) asks the renderer to focus the search box. */
  'ui:focus-search': null;
  /**
   * Electron only: Edit › Undo (Ctrl/Cmd+Z). The renderer undoes text when a text field has focus
   * (`document.execCommand('undo')`), else invokes `workspace:undo`.
   */
  'ui:undo': null;
  /** Electron only: Edit › Redo; routed like `ui:undo`. */
  'ui:redo': null;
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
