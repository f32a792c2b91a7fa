import { describe, expect, it } from 'vitest';
import { storageError } from './storage-errors';

const sqliteError = (errcode: number, message: string): Error =>
  Object.assign(new Error(message), { code: 'ERR_SQLITE_ERROR', errcode, errstr: message });
const systemError = (code: string): Error =>
  Object.assign(new Error(`${code}: operation failed, write`), { code });

describe('storageError', () => {
  it.each([
    ['SQLite SQLITE_FULL', sqliteError(13, 'database or disk is full'), 'disk-full'],
    [
      'an extended SQLITE_FULL',
      sqliteError(13 | (1 << 8), 'database or disk is full'),
      'disk-full',
    ],
    ['ENOSPC from the file system', systemError('ENOSPC'), 'disk-full'],
    ['EDQUOT (over quota)', systemError('EDQUOT'), 'disk-full'],
    ['SQLite SQLITE_READONLY', sqliteError(8, 'attempt to write a readonly database'), 'read-only'],
    ['EROFS from the file system', systemError('EROFS'), 'read-only'],
  ])('codes %s as %s, naming what was not saved', (_, error, code) => {
    const mapped = storageError(error, 'Tag Q3 in story.parley');
    expect(mapped?.code).toBe(code);
    expect(mapped?.message).toContain('Tag Q3 in story.parley');
    expect(mapped?.message).toMatch(/nothing .*lost/i);
  });

  it('tells the analyst to free space when the disk is full', () => {
    expect(storageError(systemError('ENOSPC'), 'x')?.message).toMatch(/free (up )?(some )?space/i);
  });

  it.each([
    ['a constraint failure', sqliteError(19, 'UNIQUE constraint failed')],
    ['a busy database', sqliteError(5, 'database is locked')],
    ['a plain Error', new Error('boom')],
    ['a thrown string', 'boom'],
    ['EACCES', systemError('EACCES')],
  ])('leaves %s alone', (_, error) => {
    expect(storageError(error, 'x')).toBeNull();
  });
});
