import { watch, type FSWatcher } from 'node:fs';

/**
 * Paths that changed under a folder since the last flush; `null` means "unknown, rescan it all".
 * A path may name a subfolder (renamed, deleted, created): the library rescans all of it.
 */
export type FolderChanges = { folder: string; relPaths: string[] | null };

export type FolderWatcher = {
  /** False once the watch could not start or failed; a dead watcher reports nothing. */
  alive(): boolean;
  close(): void;
};

/**
 * Watches a folder recursively and reports batches of changed relative paths once the folder has
 * been quiet for `debounceMs`, so a copy of 500 files becomes one update rather than 500.
 */
export function watchFolder(
  folder: string,
  onChanges: (changes: FolderChanges) => void,
  debounceMs = 300,
): FolderWatcher {
  let pending = new Set<string>();
  let rescanAll = false;
  let timer: NodeJS.Timeout | null = null;
  let watcher: FSWatcher | null = null;

  const flush = (): void => {
    timer = null;
    const relPaths = rescanAll ? null : [...pending];
    pending = new Set();
    rescanAll = false;
    onChanges({ folder, relPaths });
  };

  try {
    watcher = watch(folder, { recursive: true, persistent: false }, (_event, filename) => {
      // No name, or an empty one (the watched folder itself was deleted or moved): rescan it all.
      const name = filename === null ? '' : filename.toString().split('\\').join('/');
      if (name === '') rescanAll = true;
      else pending.add(name);
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, debounceMs);
    });
    // A watcher can fail later (inotify limit, a network share gone); it then reports nothing
    // until corpus-sync starts a new one, at the folder's next reindex.
    watcher.on('error', () => {
      watcher?.close();
      watcher = null;
    });
  } catch {
    watcher = null;
  }

  return {
    alive: () => watcher !== null,
    close() {
      if (timer) clearTimeout(timer);
      timer = null;
      watcher?.close();
      watcher = null;
    },
  };
}
