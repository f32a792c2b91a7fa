import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';
import { DomainError } from '../errors';

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');
const SQLITE_CANTOPEN = 14;

/** What is wrong with `path` as a database file before SQLite reads it, or null if nothing is. */
export type HeaderProblem = 'not-a-file' | 'empty' | 'not-sqlite';

/** Checks that `path` is a non-empty file that starts with SQLite's header. */
export function headerProblem(path: string): HeaderProblem | null {
  const stat = statSync(path);
  if (!stat.isFile()) return 'not-a-file';
  if (stat.size === 0) return 'empty';
  const head = Buffer.alloc(sqliteHeader.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head.equals(sqliteHeader) ? null : 'not-sqlite';
}

/**
 * Whether this process may write `path` and the folder it is in (the lock, journal and copies go
 * beside it). access(2) answers for the real user, and says no even to root on a read-only mount.
 * A path or folder that does not exist yet is not refused here; creating it will say what is wrong.
 */
export function canWriteBeside(path: string): boolean {
  for (const target of [path, dirname(path)]) {
    try {
      accessSync(target, constants.W_OK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return false;
    }
  }
  return true;
}

function hasJournal(path: string): boolean {
  try {
    const wal = statSync(`${path}-wal`);
    return wal.isFile() && wal.size > 0;
  } catch {
    return false;
  }
}

/**
 * Opens `path` for reading only. A WAL database needs its -wal and -shm files beside it, which
 * SQLite cannot create on read-only media ("unable to open database file"); with no journal to
 * replay, such a file is read as immutable instead, which needs neither.
 */
export function openReadOnlyDatabase(path: string): DatabaseSync {
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    // SQLite opens lazily: the first read is where a missing journal shows.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    db.close();
    const code = (error as { errcode?: unknown }).errcode;
    if (typeof code !== 'number' || (code & 0xff) !== SQLITE_CANTOPEN) throw error;
  }
  if (hasJournal(path)) {
    throw new DomainError(
      'unreadable',
      `${basename(path)} has recent changes in ${basename(path)}-wal that can only be read in a writable folder; copy both files to one and open the copy.`,
    );
  }
  const url = pathToFileURL(path);
  url.searchParams.set('immutable', '1');
  return new DatabaseSync(url, { readOnly: true });
}
