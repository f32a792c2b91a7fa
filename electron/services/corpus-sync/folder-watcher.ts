import { watch, type FSWatcher } from 'node:fs';

/** Paths that changed under a folder since the last flush; `null` means "unknown, rescan it all". */
export type FolderChanges = { folder: string; relPaths: string[] | null };

export type FolderWatcher = { close(): void };

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
      if (filename === null) rescanAll = true;
      else pending.add(filename.toString().split('\\').join('/'));
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, debounceMs);
    });
    // A watcher can fail later (folder deleted, inotify limit); the folder then simply stops
    // updating live, and "Reload Index" still rescans it.
    watcher.on('error', () => watcher?.close());
  } catch {
    watcher = null;
  }

  return {
    close() {
      if (timer) clearTimeout(timer);
      timer = null;
      watcher?.close();
    },
  };
}
