import { existsSync } from 'node:fs';
import { mkdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Article, ArticleView } from '../../../shared/article';
import type { Input, PushEvent, PushEvents } from '../../../shared/contract';
import type { CorpusFacets, CorpusFolder } from '../../../shared/corpus';
import {
  allWorkspaceAreas,
  type BackupInfo,
  type RecentWorkspace,
  type UndoResult,
  type WorkspaceArea,
  type WorkspaceChange,
  type WorkspaceProblem,
  type WorkspaceState,
} from '../../../shared/workspace';
import {
  quotesExportFileName,
  type PinnedQuote,
  type Quote,
  type QuoteExportFormat,
  type QuotePatch,
  type Verification,
} from '../../../shared/quote';
import type { IndexProgress, SearchRequest, SearchResult } from '../../../shared/search';
import { readArticle } from '../corpus';
import { DomainError } from '../errors';
import * as quotes from '../quotes';
import type { FolderSummary, LibraryOptions, SearchLibrary } from '../search/library-types';
import {
  createWorkspace,
  listBackups,
  openWorkspace,
  restoreBackup,
  type Workspace,
} from '../workspace';
import { findSeedsDir } from './app-root';
import { watchFolder, type FolderChanges, type FolderWatcher } from './folder-watcher';
import { loadSettings, saveSettings, type Settings } from './settings-store';
import { writeFileAtomic } from '../platform/atomic-write';
import {
  copyWorkspace,
  defaultWorkspaceFile,
  describeRecent,
  problemFrom,
  problemState,
  withRecent,
  workspaceBackupDir,
  workspaceName,
  workspacePath,
} from './workspace-files';
import { describeError } from '../../../shared/error-message';

export type WorkbenchOptions = {
  /** Where settings.json, the default workspace, backups and the index cache live (the app's user-data folder). */
  dataDir: string;
  /** Folders registered on first run (fresh data dir); defaults to the app's `seeds/`. */
  corpora?: string[];
  /** Index build workers; passed to the search library. */
  workers?: number;
  /** Quiet period before a burst of file changes is re-indexed. */
  watchDebounceMs?: number;
  /** Set false to skip live folder watching (tests, read-only runs). */
  watch?: boolean;
  /** How often a long session checks whether the daily backup is due (default: hourly). */
  backupCheckMs?: number;
};

export type Listener<E extends PushEvent> = (payload: PushEvents[E]) => void;
export type ServicePushEvent = 'index:progress' | 'corpus:changed' | 'workspace:changed';

/** The services behind every channel; one method per channel, so each handler is one line. */
export type Workbench = {
  /** corpus:list */
  listCorpora(): CorpusFolder[];
  /** corpus:add — records the folder in the workspace at once; indexing continues in the background. */
  addCorpus(path: string): Promise<CorpusFolder[]>;
  /** corpus:remove */
  removeCorpus(path: string): Promise<CorpusFolder[]>;
  /** corpus:reindex — resolves after every folder was rescanned and its quotes re-verified. */
  reindexCorpora(): Promise<CorpusFolder[]>;
  /** corpus:facets */
  corpusFacets(): CorpusFacets;
  /** index:status */
  indexStatus(): IndexProgress;
  /** search:query — answers with whatever is indexed so far. */
  search(request: SearchRequest): SearchResult;
  /** article:get */
  getArticle(id: string, query?: string): Promise<ArticleView>;
  /** workspace:info — the open workspace, or the problem that kept it from opening. */
  workspaceInfo(): WorkspaceState;
  /** workspace:new */
  newWorkspace(file: string): Promise<WorkspaceState>;
  /** workspace:open — switches workspace and re-registers its folders. */
  openWorkspace(file: string): Promise<WorkspaceState>;
  /** workspace:save-as — copies the open workspace to `file` and switches to the copy. */
  saveWorkspaceAs(file: string, overwrite?: boolean): Promise<WorkspaceState>;
  /** workspace:recent */
  recentWorkspaces(): RecentWorkspace[];
  /** workspace:undo */
  undo(): UndoResult | null;
  /** workspace:redo */
  redo(): UndoResult | null;
  /** workspace:backups — of `file`, else of the open (or failed) workspace. */
  workspaceBackups(file?: string): BackupInfo[];
  /** workspace:restore — puts a backup of `file` in its place and opens it. */
  restoreWorkspace(backup: string, file: string): Promise<WorkspaceState>;
  /** quote:pin */
  pinQuote(input: Input<'quote:pin'>): Promise<PinnedQuote>;
  /** quote:list */
  listQuotes(): Quote[];
  /** quote:update */
  updateQuote(id: string, patch: QuotePatch): Quote;
  /** quote:delete */
  deleteQuote(id: string): Quote;
  /** quote:verify — re-reads every quoted file from disk now. */
  verifyQuotes(): Promise<Verification[]>;
  /** quote:citation */
  quoteCitation(id: string): string;
  /** quote:export */
  exportQuotes(format: QuoteExportFormat): string;
  /** A file name to offer when saving an export ("Default quotes.csv"). */
  exportFileName(format: QuoteExportFormat): string;
  /** quote:save-export, once the host has picked `file`: writes the export there atomically. */
  writeQuotesExport(format: QuoteExportFormat, file: string): Promise<string>;
  /** Subscribes to a push event; returns the unsubscribe function. */
  on<E extends ServicePushEvent>(event: E, listener: Listener<E>): () => void;
  /** Resolves when all indexing and verification queued so far has finished (tests, CLI). */
  idle(): Promise<void>;
  /** Stops watchers and workers and closes the workspace; pending background work is abandoned. */
  close(): Promise<void>;
};

const idleProgress: IndexProgress = {
  phase: 'idle',
  folder: null,
  scanned: 0,
  parsed: 0,
  indexed: 0,
  total: 0,
  skipped: 0,
};

const hour = 60 * 60 * 1000;

/** Builds a workbench over an injected search library factory (the real one or a fake in tests). */
export async function createWorkbenchWith(
  createLibrary: (options: LibraryOptions) => SearchLibrary,
  options: WorkbenchOptions,
): Promise<Workbench> {
  const dataDir = resolve(options.dataDir);
  const settingsFile = join(dataDir, 'settings.json');
  const defaultFile = defaultWorkspaceFile(dataDir);
  const backupDir = workspaceBackupDir(dataDir);
  const listeners = new Map<PushEvent, Set<(payload: never) => void>>();
  const watchers = new Map<string, FolderWatcher>();
  /** Folders whose last indexing failed, with the reason shown in the corpus panel. */
  const failures = new Map<string, string>();
  let progress: IndexProgress = idleProgress;
  let closed = false;
  // Library mutations run one at a time, in order, so an add never races a remove of the same folder.
  let queue: Promise<void> = Promise.resolve();
  /** The open workspace, or null while `problem` says why none could be opened. */
  let ws: Workspace | null = null;
  let problem: WorkspaceProblem | null = null;
  /** Folders registered in the library: always the open workspace's folder list. */
  let folders: string[] = [];
  let settingsWrite: Promise<void> = Promise.resolve();

  const emit = <E extends ServicePushEvent>(event: E, payload: PushEvents[E]): void => {
    if (closed) return;
    for (const listener of listeners.get(event) ?? []) (listener as Listener<E>)(payload);
  };

  const library = createLibrary({
    cacheDir: join(dataDir, 'index-cache'),
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    onProgress: (next) => {
      progress = next;
      emit('index:progress', next);
    },
  });

  const loaded = await loadSettings(settingsFile);
  const settings: Settings = loaded.settings;
  /** Settings hold only conveniences now (last and recent workspaces), so a failed write is not fatal. */
  const persist = (): Promise<void> => {
    const snapshot: Settings = { ...settings, recent: [...settings.recent] };
    settingsWrite = settingsWrite
      .then(() => saveSettings(settingsFile, snapshot))
      .catch(() => undefined);
    return settingsWrite;
  };
  const remember = (file: string): void => {
    settings.workspace = file === defaultFile ? null : file;
    settings.recent = withRecent(settings.recent, file);
  };

  const current = (): Workspace => {
    if (ws) return ws;
    throw new DomainError(problem?.code ?? 'internal', problem?.message ?? 'No workspace is open.');
  };
  const workspaceInfo = (): WorkspaceState => {
    if (ws) return { ...ws.info(), problem: null };
    return problemState(
      problem ?? { code: 'internal', message: 'No workspace is open.', file: '', backups: [] },
    );
  };

  const summaries = (): Map<string, FolderSummary> =>
    new Map(library.folders().map((summary) => [summary.folder, summary]));

  const listCorpora = (): CorpusFolder[] => {
    const known = summaries();
    return folders.map((path) => {
      const summary = known.get(path);
      const failure = failures.get(path);
      return {
        path,
        name: basename(path) || path,
        articleCount: summary?.articles.length ?? 0,
        skipped: failure
          ? [{ path: '.', reason: failure }, ...(summary?.skipped ?? [])]
          : (summary?.skipped ?? []),
      };
    });
  };

  const enqueue = (task: () => Promise<void>): Promise<void> => {
    const run = queue.then(async () => {
      if (!closed) await task();
    });
    // The queue itself never rejects, so one failed task does not block the next.
    queue = run.catch(() => undefined);
    return run;
  };

  const changed = (): void => emit('corpus:changed', listCorpora());
  /** Tells every view what changed and how the workspace now stands, in one push. */
  const announce = (
    reason: WorkspaceChange['reason'],
    label: string | null,
    areas: readonly WorkspaceArea[],
  ): void =>
    emit('workspace:changed', { reason, label, areas: [...areas], state: workspaceInfo() });
  const edited = (area: WorkspaceArea): void =>
    announce('edit', ws?.info().undoLabel ?? null, [area]);

  /**
   * Re-checks quotes (all, or those `only` picks) against their files read from disk now, not the
   * index cache, and tells the renderer when any were checked.
   */
  const verify = async (only?: (quote: Quote) => boolean): Promise<Verification[]> => {
    const target = current();
    const picked = only ? quotes.listQuotes(target).filter(only) : quotes.listQuotes(target);
    if (picked.length === 0) return [];
    const sources = new Map(picked.map((q) => [q.articleId, q]));
    const results = await quotes.verifyAll(target, (id) => readFresh(sources.get(id)), only);
    if (ws === target) announce('verify', null, ['quotes']);
    return results;
  };
  /** Verification started in the background (on open); not queued behind indexing, which reads the cache. */
  const verifying = new Set<Promise<unknown>>();
  const verifyLater = (): void => {
    // A workspace switched or closed meanwhile has nothing left to update.
    const run = verify().catch(() => undefined);
    verifying.add(run);
    void run.finally(() => verifying.delete(run));
  };

  const indexFolder = (folder: string): Promise<void> =>
    enqueue(async () => {
      if (!folders.includes(folder)) return;
      const isKnown = summaries().has(folder);
      try {
        if (isKnown) await library.refresh(folder);
        else await library.addFolder(folder);
        failures.delete(folder);
      } catch (error) {
        failures.set(folder, `Could not index this folder: ${describeError(error)}`);
      }
      changed();
    });

  const onFolderChanges = ({ folder, relPaths }: FolderChanges): void => {
    void enqueue(async () => {
      if (!folders.includes(folder) || !summaries().has(folder)) return;
      try {
        if (relPaths) await library.updateFiles(folder, relPaths);
        else await library.refresh(folder);
      } catch (error) {
        failures.set(folder, `Could not update this folder: ${describeError(error)}`);
      }
      changed();
      const touched = relPaths ? new Set(relPaths) : null;
      await verify((q) => q.folder === folder && (touched === null || touched.has(q.path))).catch(
        () => undefined,
      );
    });
  };

  const startWatching = (folder: string): void => {
    if (options.watch === false || watchers.has(folder)) return;
    watchers.set(folder, watchFolder(folder, onFolderChanges, options.watchDebounceMs));
  };
  const stopWatching = (folder: string): void => {
    watchers.get(folder)?.close();
    watchers.delete(folder);
  };

  /** Makes the library's folders match the open workspace's: new ones indexed, others unregistered. */
  const syncFolders = (): void => {
    const target = ws ? ws.listFolders().map((f) => f.path) : [];
    const gone = folders.filter((f) => !target.includes(f));
    const added = target.filter((f) => !folders.includes(f));
    folders = target;
    for (const folder of gone) {
      stopWatching(folder);
      failures.delete(folder);
      void enqueue(async () => {
        // An undo followed by a redo may have brought it back before this ran.
        if (!folders.includes(folder) && summaries().has(folder))
          await library.removeFolder(folder);
      });
    }
    for (const folder of added) {
      startWatching(folder);
      void indexFolder(folder);
    }
    if (gone.length > 0 || added.length > 0) changed();
  };

  const switchTo = async (next: Workspace): Promise<WorkspaceState> => {
    const previous = ws;
    ws = next;
    problem = null;
    if (previous && previous !== next) previous.close();
    remember(next.file);
    syncFolders();
    announce('open', null, allWorkspaceAreas);
    verifyLater();
    await persist();
    return workspaceInfo();
  };

  // Open the last workspace (or the data dir's default); a damaged one leaves the app running
  // in a "workspace problem" state rather than blank or crashed.
  {
    const last = settings.workspace;
    const file = last && existsSync(last) ? last : defaultFile;
    try {
      if (file === defaultFile && !existsSync(defaultFile)) {
        // First run of this data dir, or the first since folders moved from settings.json into the workspace.
        const seeds = findSeedsDir();
        const firstRun = loaded.fresh
          ? (options.corpora ?? (seeds ? [seeds] : []))
          : settings.folders;
        const initial = [...new Set(await Promise.all(firstRun.map(canonical)))];
        await mkdir(dataDir, { recursive: true });
        ws = createWorkspace(defaultFile, { backupDir });
        ws.seedFolders(initial);
      } else {
        ws = openWorkspace(file, { backupDir });
      }
      settings.folders = [];
      remember(ws.file);
    } catch (error) {
      ws = null;
      problem = problemFrom(error, file, backupDir);
    }
    await persist();
    syncFolders();
    if (ws) verifyLater();
  }

  const backupTimer = setInterval(() => {
    try {
      ws?.backupIfDue();
    } catch {
      // A failed backup is recorded in the workspace's warnings; the session goes on.
    }
  }, options.backupCheckMs ?? hour);
  backupTimer.unref();

  const registeredPath = async (path: string): Promise<string> => {
    const absolute = resolve(path);
    if (folders.includes(absolute)) return absolute;
    // The analyst may name a registered folder through a symlink or another spelling.
    const real = await canonical(absolute);
    for (const folder of folders) {
      if ((await canonical(folder)) === real) return folder;
    }
    throw new DomainError('not-found', `${absolute} is not a registered folder.`);
  };

  const step = (action: 'undo' | 'redo'): UndoResult | null => {
    const target = current();
    const result = action === 'undo' ? target.undo() : target.redo();
    if (result) {
      const areas = areasTouched(result.changed.map((c) => c.table));
      if (areas.includes('folders')) syncFolders();
      announce(action, result.label, areas);
    }
    return result;
  };

  return {
    listCorpora,
    async addCorpus(path) {
      const absolute = await canonical(path);
      const info = await stat(absolute).catch(() => null);
      if (!info) throw new DomainError('not-found', `There is no folder at ${absolute}.`);
      if (!info.isDirectory())
        throw new DomainError('invalid-input', `${absolute} is a file, not a folder.`);
      const exists = await registeredPath(absolute).catch(() => null);
      if (exists) throw new DomainError('conflict', `${exists} is already registered.`);
      current().addFolder(absolute);
      syncFolders();
      edited('folders');
      return listCorpora();
    },
    async removeCorpus(path) {
      const folder = await registeredPath(path);
      current().removeFolder(folder);
      syncFolders();
      edited('folders');
      return listCorpora();
    },
    async reindexCorpora() {
      await Promise.all(folders.map((folder) => indexFolder(folder)));
      if (ws) await verify().catch(() => []);
      return listCorpora();
    },
    corpusFacets: () => library.facets(),
    indexStatus: () => progress,
    search: (request) => library.search(request),
    async getArticle(id, query) {
      const article = await library.getArticle(id);
      if (!article) throw new DomainError('not-found', `No article with id ${id}.`);
      const highlights = query?.trim() ? library.highlight(article.text, query) : [];
      return { ...article, highlights };
    },

    workspaceInfo,
    async newWorkspace(file) {
      return switchTo(createWorkspace(workspacePath(dataDir, file), { backupDir }));
    },
    async openWorkspace(file) {
      const target = workspacePath(dataDir, file);
      if (ws?.file === target) return workspaceInfo();
      let next: Workspace;
      try {
        next = openWorkspace(target, { backupDir });
      } catch (error) {
        // Retrying the workspace that failed at start refreshes what the problem screen shows.
        if (!ws && problem?.file === target) problem = problemFrom(error, target, backupDir);
        throw error;
      }
      return switchTo(next);
    },
    async saveWorkspaceAs(file, overwrite = false) {
      const source = current();
      const target = workspacePath(dataDir, file);
      copyWorkspace(source, target, overwrite);
      return switchTo(openWorkspace(target, { backupDir }));
    },
    recentWorkspaces: () => describeRecent(settings.recent),
    undo: () => step('undo'),
    redo: () => step('redo'),
    workspaceBackups(file) {
      const target = file ? workspacePath(dataDir, file) : (ws?.file ?? problem?.file);
      return target ? listBackups(target, backupDir) : [];
    },
    async restoreWorkspace(backup, file) {
      const target = workspacePath(dataDir, file);
      const chosen = resolve(backup);
      // Only Parley's own backups of this workspace may be copied over it.
      if (!listBackups(target, backupDir).some((b) => b.path === chosen)) {
        throw new DomainError(
          'not-found',
          `${basename(chosen)} is not a backup of ${workspaceName(target)}.`,
        );
      }
      const wasOpen = ws?.file === target;
      if (wasOpen) {
        ws?.close();
        ws = null;
      }
      try {
        restoreBackup(chosen, target);
        return await switchTo(openWorkspace(target, { backupDir }));
      } catch (error) {
        if (wasOpen && !ws) {
          try {
            ws = openWorkspace(target, { backupDir });
          } catch (reopenError) {
            problem = problemFrom(reopenError, target, backupDir);
            syncFolders();
            announce('problem', null, allWorkspaceAreas);
          }
        }
        throw error;
      }
    },

    async pinQuote({ articleId, start, end, ...fields }) {
      current();
      const article = await library.getArticle(articleId);
      if (!article) throw new DomainError('not-found', `No article with id ${articleId}.`);
      const result = quotes.pinQuote(current(), article, start, end, fields);
      if (!result.existing) edited('quotes');
      return { ...result.quote, existing: result.existing };
    },
    listQuotes: () => quotes.listQuotes(current()),
    updateQuote(id, patch) {
      const target = current();
      const before = target.lastEditId();
      const quote = quotes.updateQuote(target, id, patch);
      // An update that changes nothing records no edit and needs no refresh.
      if (target.lastEditId() !== before) edited('quotes');
      return quote;
    },
    deleteQuote(id) {
      const quote = quotes.deleteQuote(current(), id);
      edited('quotes');
      return quote;
    },
    verifyQuotes: () => verify(),
    quoteCitation: (id) => quotes.formatCitation(quotes.getQuote(current(), id)),
    exportQuotes(format) {
      return quotes.quotesAs(format, quotes.listQuotes(current()));
    },
    exportFileName: (format) => quotesExportFileName(workspaceInfo().name, format),
    async writeQuotesExport(format, file) {
      await writeFileAtomic(file, quotes.quotesAs(format, quotes.listQuotes(current())));
      return file;
    },

    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    async idle() {
      // Tasks may enqueue more tasks (a watcher firing during indexing), so wait until it settles.
      let seen: Promise<void> | null = null;
      while (seen !== queue || verifying.size > 0) {
        seen = queue;
        await Promise.all([seen, ...verifying]);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(backupTimer);
      for (const folder of [...watchers.keys()]) stopWatching(folder);
      listeners.clear();
      try {
        await library.close();
      } finally {
        ws?.close();
        ws = null;
        await settingsWrite;
      }
    },
  };
}

/** The quoted article as its file reads now; null when it is gone or unreadable (the quote is lost). */
async function readFresh(quote: Quote | undefined): Promise<Article | null> {
  if (!quote) return null;
  const outcome = await readArticle(quote.folder, {
    relPath: quote.path,
    absPath: join(quote.folder, quote.path),
    size: 0,
    mtimeMs: 0,
  });
  return outcome.ok ? outcome.article : null;
}

/** Absolute real path where the folder exists (the library keys folders by it), else just absolute. */
async function canonical(path: string): Promise<string> {
  const absolute = resolve(path);
  return realpath(absolute).catch(() => absolute);
}

/** The workspace areas an edit's tables belong to (an undo names the tables it restored). */
export function areasTouched(tables: readonly string[]): WorkspaceArea[] {
  const areas = new Set<WorkspaceArea>();
  for (const table of tables) {
    if (table === 'corpus_folders') areas.add('folders');
    else if (table.startsWith('quote')) areas.add('quotes');
  }
  return [...areas];
}
