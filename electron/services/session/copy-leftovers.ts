import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** `.<name>.<12 hex>.tmp` and the journal SQLite keeps beside it while VACUUM INTO writes. */
const leftoverName = /^\..+\.[0-9a-f]{12}\.tmp(-journal|-wal|-shm)?$/;
const sideFiles = ['', '-journal', '-wal', '-shm'];

/** The hidden sibling a copy of `target` is written to before it is renamed into place. */
export function copyTempPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Removes a temporary copy and whatever SQLite wrote beside it. */
export function removeCopyTemp(tmp: string): void {
  for (const suffix of sideFiles) rmSync(tmp + suffix, { force: true });
}

/**
 * Removes what a save-as killed mid-copy left in `folder`: files named like Parley's temporary
 * copies and last written before `startedAt` (this process's start). A newer one may be another
 * Parley's copy still being written. Best effort: a folder it cannot read or clean is left as is.
 */
export function removeCopyLeftovers(folder: string, startedAt = performance.timeOrigin): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!leftoverName.test(name)) continue;
    const path = join(folder, name);
    try {
      const stat = lstatSync(path);
      if (stat.isFile() && stat.mtimeMs < startedAt) rmSync(path, { force: true });
    } catch {
      // Gone already, or not ours to remove; either way there is nothing more to do.
    }
  }
}
