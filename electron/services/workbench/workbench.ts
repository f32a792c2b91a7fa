import { realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type {
  ArticleView,
  CorpusFacets,
  CorpusFolder,
  PushEvent,
  PushEvents,
} from '../../../shared/contract';
import type { IndexProgress, SearchRequest, SearchResult } from '../../../shared/search';
import { DomainError } from '../errors';
import type { FolderSummary, LibraryOptions, SearchLibrary } from '../search/library-types';
import { findSeedsDir } from './app-root';
import { watchFolder, type FolderChanges, type FolderWatcher } from './folder-watcher';
import { loadSettings, saveSettings, type Settings } from './settings-store';

export type WorkbenchOptions = {
  /** Where settings.json and the index cache live (the app's user-data folder). */
  dataDir: string;
  /** Folders registered on first run (fresh data dir); defaults to the app's `seeds/`. */
  corpora?: string[];
  /** Index build workers; passed to the search library. */
  workers?: number;
  /** Quiet period before a burst of file changes is re-indexed. */
  watchDebounceMs?: number;
  /** Set false to skip live folder watching (tests, read-only runs). */
  watch?: boolean;
};

type Listener<E extends PushEvent> = (payload: PushEvents[E]) => void;
type ServicePushEvent = 'index:progress' | 'corpus:changed';

/** The services behind every channel; one method per channel, so each handler is one line. */
export type Workbench = {
  /** corpus:list */
  listCorpora(): CorpusFolder[];
  /** corpus:add — registers at once; indexing continues in the background. */
  addCorpus(path: string): Promise<CorpusFolder[]>;
  /** corpus:remove */
  removeCorpus(path: string): Promise<CorpusFolder[]>;
  /** corpus:reindex — resolves after every folder was rescanned. */
  reindexCorpora(): Promise<CorpusFolder[]>;
  /** corpus:facets */
  corpusFacets(): CorpusFacets;
  /** index:status */
  indexStatus(): IndexProgress;
  /** search:query — answers with whatever is indexed so far. */
  search(request: SearchRequest): SearchResult;
  /** article:get */
  getArticle(id: string, query?: string): Promise<ArticleView>;
  /** Subscribes to a push event; returns the unsubscribe function. */
  on<E extends ServicePushEvent>(event: E, listener: Listener<E>): () => void;
  /** Resolves when all indexing queued so far has finished (tests, CLI). */
  idle(): Promise<void>;
  /** Stops watchers and workers; pending background work is abandoned. */
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

/** Builds a workbench over an injected search library factory (the real one or a fake in tests). */
export async function createWorkbenchWith(
  createLibrary: (options: LibraryOptions) => SearchLibrary,
  options: WorkbenchOptions,
): Promise<Workbench> {
  const settingsFile = join(options.dataDir, 'settings.json');
  const listeners = new Map<PushEvent, Set<(payload: never) => void>>();
  const watchers = new Map<string, FolderWatcher>();
  /** Folders whose last indexing failed, with the reason shown in the corpus panel. */
  const failures = new Map<string, string>();
  let progress: IndexProgress = idleProgress;
  let closed = false;
  // Library mutations run one at a time, in order, so an add never races a remove of the same folder.
  let queue: Promise<void> = Promise.resolve();

  const emit = <E extends ServicePushEvent>(event: E, payload: PushEvents[E]): void => {
    for (const listener of listeners.get(event) ?? []) (listener as Listener<E>)(payload);
  };

  const library = createLibrary({
    cacheDir: join(options.dataDir, 'index-cache'),
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    onProgress: (next) => {
      progress = next;
      if (!closed) emit('index:progress', next);
    },
  });

  const loaded = await loadSettings(settingsFile);
  const settings: Settings = loaded.settings;
  if (loaded.fresh) {
    const seeds = findSeedsDir();
    const firstRun = options.corpora ?? (seeds ? [seeds] : []);
    settings.folders = [...new Set(await Promise.all(firstRun.map(canonical)))];
    await saveSettings(settingsFile, settings);
  }

  const summaries = (): Map<string, FolderSummary> =>
    new Map(library.folders().map((summary) => [summary.folder, summary]));

  const listCorpora = (): CorpusFolder[] => {
    const known = summaries();
    return settings.folders.map((path) => {
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

  const changed = (): void => {
    if (!closed) emit('corpus:changed', listCorpora());
  };

  const indexFolder = (folder: string): Promise<void> =>
    enqueue(async () => {
      if (!settings.folders.includes(folder)) return;
      const isKnown = summaries().has(folder);
      try {
        if (isKnown) await library.refresh(folder);
        else await library.addFolder(folder);
        failures.delete(folder);
      } catch (error) {
        failures.set(folder, `Could not index this folder: ${messageOf(error)}`);
      }
      changed();
    });

  const onFolderChanges = ({ folder, relPaths }: FolderChanges): void => {
    void enqueue(async () => {
      if (!settings.folders.includes(folder) || !summaries().has(folder)) return;
      try {
        if (relPaths) await library.updateFiles(folder, relPaths);
        else await library.refresh(folder);
      } catch (error) {
        failures.set(folder, `Could not update this folder: ${messageOf(error)}`);
      }
      changed();
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

  for (const folder of settings.folders) {
    startWatching(folder);
    void indexFolder(folder);
  }

  const registeredPath = async (path: string): Promise<string> => {
    const absolute = resolve(path);
    if (settings.folders.includes(absolute)) return absolute;
    // The analyst may name a registered folder through a symlink or another spelling.
    const real = await canonical(absolute);
    for (const folder of settings.folders) {
      if ((await canonical(folder)) === real) return folder;
    }
    throw new DomainError('not-found', `${absolute} is not a registered folder.`);
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
      settings.folders.push(absolute);
      await saveSettings(settingsFile, settings);
      startWatching(absolute);
      void indexFolder(absolute);
      changed();
      return listCorpora();
    },

    async removeCorpus(path) {
      const folder = await registeredPath(path);
      settings.folders = settings.folders.filter((f) => f !== folder);
      await saveSettings(settingsFile, settings);
      stopWatching(folder);
      failures.delete(folder);
      void enqueue(async () => {
        if (summaries().has(folder)) await library.removeFolder(folder);
      });
      changed();
      return listCorpora();
    },

    async reindexCorpora() {
      await Promise.all(settings.folders.map((folder) => indexFolder(folder)));
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

    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },

    async idle() {
      // Tasks may enqueue more tasks (a watcher firing during indexing), so wait until it settles.
      let seen: Promise<void> | null = null;
      while (seen !== queue) {
        seen = queue;
        await seen;
      }
    },

    async close() {
      if (closed) return;
      closed = true;
      for (const folder of [...watchers.keys()]) stopWatching(folder);
      listeners.clear();
      await library.close();
    },
  };
}

/** Absolute real path where the folder exists (the library keys folders by it), else just absolute. */
async function canonical(path: string): Promise<string> {
  const absolute = resolve(path);
  return realpath(absolute).catch(() => absolute);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
