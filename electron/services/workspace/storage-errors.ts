import { DomainError } from '../errors';

// SQLite primary result codes (the low byte of an extended code).
const SQLITE_READONLY = 8;
const SQLITE_FULL = 13;

type Coded = { code?: unknown; errcode?: unknown };

function primarySqliteCode(error: Coded): number {
  return typeof error.errcode === 'number' ? error.errcode & 0xff : -1;
}

/**
 * The storage refusing a write, as the analyst should hear it: a full disk ('disk-full') or
 * storage that will not take writes ('read-only'). `failed` says what did not happen ("Tag Q3 in
 * story.parley was not saved"). Null for anything else, which keeps its own meaning.
 */
export function storageError(error: unknown, failed: string): DomainError | null {
  if (typeof error !== 'object' || error === null) return null;
  const coded = error as Coded;
  const sqlite = primarySqliteCode(coded);
  if (sqlite === SQLITE_FULL || coded.code === 'ENOSPC' || coded.code === 'EDQUOT') {
    return new DomainError(
      'disk-full',
      `The disk is full: ${failed}. Nothing already saved was lost; free some space and try again.`,
    );
  }
  if (sqlite === SQLITE_READONLY || coded.code === 'EROFS') {
    return new DomainError(
      'read-only',
      `The disk refused to write: ${failed}. Nothing already saved was lost; the workspace's file or its folder has become read-only.`,
    );
  }
  return null;
}
