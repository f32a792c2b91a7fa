import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { CorpusFolder } from '../../../shared/corpus';
import { describeError } from '../../../shared/error-message';
import { DomainError } from '../errors';
import type { EventBus } from '../events/event-bus';
import { canonicalPath } from '../platform/canonical-path';
import type { Verifier } from '../quotes/verifier';
import type { FolderSummary, SearchLibrary } from '../search/library-types';
import { isAtOrUnder } from '../search/path-rescan';
import type { Session } from '../session/session';
import { countCandidates, largeFolderFiles, whyNotACorpusFolder } from './folder-guard';
import { watchFolder, type FolderChanges, type FolderWatcher } from './folder-watcher';

export type CorpusSyncOptions = {
  /** Parley's own data folder, which is never a corpus. */
  dataDir: string;
  /** Article files above which adding a folder needs the analyst's confirmation (default 50,000). */
  largeFolderFiles?: number;
  /** Quiet period before a burst of file changes is re-indexed. */
  watchDebounceMs?: number;
  /** Set false to skip live folder watching (tests, read-only runs). */
  watch?: boolean;
};

/** Keeps the library and the folder watchers in step with the open workspace's folder list. */
export type CorpusSync = {
  /** corpus:list — the workspace's folders with what the index holds of each. */
  list(): CorpusFolder[];
  /**
   * corpus:add — records the folder in the workspace at once; indexing continues in the background.
   * System folders and Parley's data are refused; a folder of more than 50,000 article files needs
   * `allowLarge` (the analyst's confirmation).
   */
  add(path: string, allowLarge?: boolean): Promise<CorpusFolder[]>;
  /** corpus:remove */
  remove(path: string): Promise<CorpusFolder[]>;
  /** corpus:reindex — resolves after every folder was rescanned and its quotes re-verified. */
  reindex(): Promise<CorpusFolder[]>;
  /** Makes the library's folders match the open workspace's: new ones indexed, others unregistered. */
  sync(): void;
  /** Waits for queued indexing; true when there was any. */
  settle(): Promise<boolean>;
  /** Stops the watchers; queued work is abandoned. */
  close(): void;
};

export function createCorpusSync(
  deps: { library: SearchLibrary; bus: EventBus; session: Session; verifier: Verifier },
  options: CorpusSyncOptions,
): CorpusSync {
  const { library, bus, session, verifier } = deps;
  const watchers = new Map<string, FolderWatcher>();
  /** Folders whose last indexing failed, with the reason shown in the corpus panel. */
  const failures = new Map<string, string>();
  /** Folders registered in the library: always the open workspace's folder list. */
  let folders: string[] = [];
  let closed = false;
  // Library mutations run one at a time, in order, so an add never races a remove of the same folder.
  let queue: Promise<void> = Promise.resolve();
  let pending = 0;

  const summaries = (): Map<string, FolderSummary> =>
    new Map(library.folders().map((summary) => [summary.folder, summary]));

  const list = (): CorpusFolder[] => {
    const known = summaries();
    return folders.map((path) => {
      const summary = known.get(path);
      const failure = failures.get(path);
      const folder: CorpusFolder = {
        path,
        name: basename(path) || path,
        articleCount: summary?.articles.length ?? 0,
        skipped: failure
          ? [{ path: '.', reason: failure }, ...(summary?.skipped ?? [])]
          : (summary?.skipped ?? []),
      };
      const sidecar = summary?.sidecar;
      if (sidecar)
        folder.metadata = { file: sidecar.name, files: sidecar.files, problems: sidecar.problems };
      return folder;
    });
  };
  const changed = (): void => bus.emit('corpus:changed', list());

  const enqueue = (task: () => Promise<void>): Promise<void> => {
    pending += 1;
    const run = queue
      .then(async () => {
        if (!closed) await task();
      })
      .finally(() => {
        pending -= 1;
      });
    // The queue itself never rejects, so one failed task does not block the next.
    queue = run.catch(() => undefined);
    return run;
  };

  const indexFolder = (folder: string): Promise<void> =>
    enqueue(async () => {
      if (!folders.includes(folder)) return;
      // Before the scan, so that nothing changed during it is missed.
      startWatching(folder);
      try {
        if (summaries().has(folder)) await library.refresh(folder);
        else await library.addFolder(folder);
        failures.delete(folder);
      } catch (error) {
        failures.set(folder, `Could not index this folder: ${describeError(error)}`);
        stopWatching(folder);
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
        stopWatching(folder);
      }
      changed();
      // A changed path may be a subfolder: the quotes of every article under it are checked.
      const touched = relPaths ? new Set(relPaths) : null;
      await verifier
        .verify((q) => q.folder === folder && (touched === null || isAtOrUnder(q.path, touched)))
        .catch(() => undefined);
    });
  };

  // A watcher dies with its folder (deleted, moved away, drive unplugged) and does not see it come
  // back. Rather than watch the parents for its return (they may be gone too), a folder whose
  // indexing failed loses its watcher, and every (re)index starts one unless a live one is there:
  // the reindex that "Could not index this folder" calls for brings back articles and live updates.
  const startWatching = (folder: string): void => {
    if (options.watch === false || watchers.get(folder)?.alive()) return;
    stopWatching(folder);
    watchers.set(folder, watchFolder(folder, onFolderChanges, options.watchDebounceMs));
  };
  const stopWatching = (folder: string): void => {
    watchers.get(folder)?.close();
    watchers.delete(folder);
  };

  const sync = (): void => {
    const ws = session.workspace();
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

  const registeredPath = async (path: string): Promise<string> => {
    const absolute = resolve(path);
    if (folders.includes(absolute)) return absolute;
    // The analyst may name a registered folder through a symlink or another spelling.
    const real = await canonicalPath(absolute);
    for (const folder of folders) {
      if ((await canonicalPath(folder)) === real) return folder;
    }
    throw new DomainError('not-found', `${absolute} is not a registered folder.`);
  };

  return {
    list,
    sync,
    async add(path, allowLarge = false) {
      const absolute = await canonicalPath(path);
      const info = await stat(absolute).catch(() => null);
      if (!info) throw new DomainError('not-found', `There is no folder at ${absolute}.`);
      if (!info.isDirectory())
        throw new DomainError('invalid-input', `${absolute} is a file, not a folder.`);
      const refusal = whyNotACorpusFolder(absolute, options.dataDir);
      if (refusal) throw new DomainError('forbidden', refusal);
      const exists = await registeredPath(absolute).catch(() => null);
      if (exists) throw new DomainError('conflict', `${exists} is already registered.`);
      if (!allowLarge) {
        const limit = options.largeFolderFiles ?? largeFolderFiles;
        const { more } = await countCandidates(absolute, limit);
        if (more)
          throw new DomainError(
            'needs-confirmation',
            `${absolute} holds more than ${limit.toLocaleString('en-US')} article files; indexing it takes a while and a lot of memory.`,
          );
      }
      session.current().addFolder(absolute);
      sync();
      session.edited('folders');
      return list();
    },
    async remove(path) {
      const folder = await registeredPath(path);
      session.current().removeFolder(folder);
      sync();
      session.edited('folders');
      return list();
    },
    async reindex() {
      await Promise.all(folders.map((folder) => indexFolder(folder)));
      if (session.workspace()) await verifier.verify().catch(() => []);
      return list();
    },
    async settle() {
      if (pending === 0) return false;
      // Tasks may enqueue more tasks (a watcher firing during indexing), so wait until none is left.
      while (pending > 0) await queue;
      return true;
    },
    close() {
      closed = true;
      for (const folder of [...watchers.keys()]) stopWatching(folder);
    },
  };
}
