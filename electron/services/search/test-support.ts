// What the search library's tests share: temporary folders and libraries that are removed and
// closed after each test (register `cleanUp` with afterEach in the test file).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSearchLibrary, type ShardedSearchLibrary } from './library';
import type { LibraryOptions } from './library-types';

export const cleanup: (() => Promise<void> | void)[] = [];

/** Runs the registered cleanups, newest first (libraries close before their folders go). */
export async function cleanUp(): Promise<void> {
  for (const fn of cleanup.splice(0).reverse()) await fn();
}

/** A fresh folder under the system temp dir, removed after the test. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `parley-${prefix}-`));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A library building on this thread, closed after the test. */
export function openLibrary(
  options: Partial<LibraryOptions> & { cacheDir: string },
): ShardedSearchLibrary {
  const library = createSearchLibrary({ workers: 0, ...options });
  cleanup.push(() => library.close());
  return library;
}
