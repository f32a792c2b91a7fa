import {
  closeSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { z } from 'zod';
import { DomainError } from '../errors';
import { parseStoredJson } from '../platform/stored-json';
import { processIdentity } from './process-identity';

/** `process` is the holder's processIdentity, null where the OS gives none (and in older locks). */
type LockOwner = { pid: number; hostname: string; since: string; process: string | null };

const storedOwner = z.object({
  pid: z.number(),
  hostname: z.string(),
  since: z.unknown().transform((since) => (typeof since === 'string' ? since : '')),
  // Locks written before Parley recorded it have none.
  process: z.string().min(1).nullable().catch(null),
});

/** Locks held by this process, released on exit even if the app forgets to close. */
const held = new Set<string>();
let exitHookInstalled = false;

function releaseAllOnExit(): void {
  for (const path of held) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone; nothing to release.
    }
  }
  held.clear();
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    return parseStoredJson(storedOwner, readFileSync(lockPath, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Whether the Parley that wrote the lock still runs: its pid is alive and, where the OS tells,
 * still the same process. A pid alone is not enough: after a crash or reboot another program may
 * have it, and that program would hold the workspace forever.
 */
function ownerRuns(owner: LockOwner): boolean {
  if (!isAlive(owner.pid)) return false;
  if (owner.process === null) return true;
  const now = processIdentity(owner.pid);
  return now === null || now === owner.process;
}

/** A lock that cannot be attributed to a live Parley on this machine may be taken over. */
function isStale(lockPath: string, owner: LockOwner | null): boolean {
  if (owner === null) {
    // A writer that crashed between create and write leaves an empty file; give a live one a moment.
    try {
      return Date.now() - statSync(lockPath).mtimeMs > 5_000;
    } catch {
      return true;
    }
  }
  return owner.hostname === hostname() && !ownerRuns(owner);
}

export function lockPathFor(file: string): string {
  return `${file}.lock`;
}

/**
 * Takes the write lock beside `file` (`<file>.lock`, created exclusively, holding pid, hostname
 * and process identity), taking over a stale one; refuses with a DomainError 'locked' naming the
 * holder.
 */
export function acquireLock(file: string): () => void {
  const lockPath = lockPathFor(file);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(lockPath, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new DomainError(
          'unreadable',
          `Cannot lock the workspace ${file}: ${(error as Error).message}`,
        );
      }
      const owner = readOwner(lockPath);
      if (!isStale(lockPath, owner)) throw lockedError(owner);
      // Move the stale lock aside rather than unlinking, so two processes taking over cannot both win.
      try {
        renameSync(lockPath, `${lockPath}.stale-${process.pid}`);
        unlinkSync(`${lockPath}.stale-${process.pid}`);
      } catch {
        // Someone else took it over first; try again and meet their lock.
      }
      continue;
    }
    const owner: LockOwner = {
      pid: process.pid,
      hostname: hostname(),
      since: new Date().toISOString(),
      process: processIdentity(process.pid),
    };
    writeSync(fd, JSON.stringify(owner));
    closeSync(fd);
    held.add(lockPath);
    if (!exitHookInstalled) {
      process.once('exit', releaseAllOnExit);
      exitHookInstalled = true;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      held.delete(lockPath);
      // Only remove the lock if it is still ours.
      try {
        if (readOwner(lockPath)?.pid === process.pid) unlinkSync(lockPath);
      } catch {
        // Already removed; the lock is released either way.
      }
    };
  }
  throw lockedError(readOwner(lockPath));
}

/** Whether a live process (possibly this one) holds the workspace's write lock. */
export function isLocked(file: string): boolean {
  const lockPath = lockPathFor(file);
  try {
    statSync(lockPath);
  } catch {
    return false;
  }
  return !isStale(lockPath, readOwner(lockPath));
}

function lockedError(owner: LockOwner | null): DomainError {
  if (owner === null)
    return new DomainError('locked', 'This workspace is being opened by another Parley window.');
  if (owner.pid === process.pid && owner.hostname === hostname()) {
    return new DomainError('locked', 'This workspace is already open in this Parley window.');
  }
  if (owner.hostname !== hostname()) {
    return new DomainError(
      'locked',
      `This workspace is open in Parley on another computer (${owner.hostname}, pid ${owner.pid}).`,
    );
  }
  return new DomainError(
    'locked',
    `This workspace is open in another Parley window (pid ${owner.pid}).`,
  );
}
