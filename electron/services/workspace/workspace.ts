import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { UndoResult, WorkspaceFolder, WorkspaceInfo } from '../../../shared/workspace';
import { DomainError } from '../errors';
import { createEditLog, type EditTx } from './edit-log';
import { addFolder, listFolders, removeFolder, seedFolders } from './folders-repo';
import { backupDue, defaultBackupDir, listBackups, writeBackup } from './backups';
import { acquireLock } from './lock-file';
import { latestSchemaVersion, migrate, schemaVersion } from './migrations';
import { canWriteBeside, headerProblem, openReadOnlyDatabase } from './sqlite-file';
import { storageError } from './storage-errors';

export type { EditTx, Row, RowKey } from './edit-log';
export { maxHistory } from './edit-log';

export type OpenOptions = {
  /** Create the file when it does not exist. */
  create?: boolean;
  /** Where rolling backups go (default: `.parley-backups` beside the workspace). */
  backupDir?: string;
  /** Open without the write lock, backups or migrations, e.g. for the CLI while the app has it open. */
  readOnly?: boolean;
  /**
   * Whether Parley may write the file and its folder (default: ask the OS). A workspace it may not
   * write opens read-only instead of failing every edit; tests inject this, since root may write
   * a 0444 file.
   */
  canWrite?: (file: string) => boolean;
  /** Clock for backup timestamps (tests). */
  now?: () => Date;
};

export type Workspace = {
  readonly file: string;
  readonly readOnly: boolean;
  /** The connection, for reads by other services; write only through `edit`. */
  readonly db: DatabaseSync;
  /** Problems that did not stop the open, e.g. a backup that could not be written. */
  readonly warnings: string[];
  /** Runs `apply` as one undoable edit in a BEGIN IMMEDIATE transaction. */
  edit<T>(label: string, apply: (tx: EditTx) => T): T;
  /** Runs derived-data writes (not undoable, e.g. verification status) in a transaction. */
  transaction<T>(apply: (db: DatabaseSync) => T): T;
  undo(): UndoResult | null;
  redo(): UndoResult | null;
  listFolders(): WorkspaceFolder[];
  addFolder(path: string): WorkspaceFolder[];
  removeFolder(path: string): WorkspaceFolder[];
  /** Registers first-run folders without an undo entry. */
  seedFolders(paths: string[]): void;
  /** The newest edit's id, to tell whether a call recorded an edit; null before the first. */
  lastEditId(): number | null;
  info(): WorkspaceInfo;
  /** Writes a backup if the newest is a day old; call on a timer for long sessions. */
  backupIfDue(): void;
  close(): void;
};

/** Creates a new workspace file; refuses to overwrite an existing one. */
export function createWorkspace(
  file: string,
  options: Omit<OpenOptions, 'create' | 'readOnly'> = {},
): Workspace {
  if (existsSync(file)) throw new DomainError('conflict', `${basename(file)} already exists.`);
  const folder = dirname(resolve(file));
  if (!(options.canWrite ?? canWriteBeside)(resolve(file))) {
    throw new DomainError(
      'read-only',
      `Cannot create ${basename(file)}: Parley cannot write to the folder ${folder}.`,
    );
  }
  return openWorkspace(file, { ...options, create: true });
}

/**
 * Opens a workspace for writing (locked against other windows, integrity-checked, backed up,
 * migrated) or read-only. A damaged file is never opened silently: DomainError 'corrupt', file untouched.
 */
export function openWorkspace(file: string, options: OpenOptions = {}): Workspace {
  const path = resolve(file);
  const backupDir = options.backupDir ?? defaultBackupDir(path);
  const now = options.now ?? (() => new Date());
  const exists = existsSync(path);
  if (!exists && (options.readOnly || !options.create)) {
    throw new DomainError('not-found', `The workspace ${path} does not exist.`);
  }
  // A file or folder Parley may not write (permissions, a read-only mount) opens read-only.
  const storageReadOnly =
    !options.readOnly && exists && !(options.canWrite ?? canWriteBeside)(path);
  const readOnly = options.readOnly === true || storageReadOnly;
  const release = readOnly ? () => undefined : acquireLock(path);
  let db: DatabaseSync | undefined;
  try {
    if (exists) checkHeader(path, backupDir);
    db = readOnly ? openReadOnlyDatabase(path) : new DatabaseSync(path);
    if (exists) checkIntegrity(db, path, backupDir);
    const version = schemaVersion(db);
    if (version > latestSchemaVersion) {
      throw new DomainError(
        'conflict',
        `${basename(path)} was saved by a newer version of Parley (schema ${version}; this one reads up to ${latestSchemaVersion}).`,
      );
    }
    const warnings: string[] = [];
    if (readOnly) {
      if (version < latestSchemaVersion) throw olderFormat(path, storageReadOnly);
    } else {
      db.exec('PRAGMA busy_timeout = 5000');
      db.exec('PRAGMA journal_mode = WAL');
      // FULL syncs the WAL on every commit, so a confirmed edit survives a power cut, not just a crash.
      db.exec('PRAGMA synchronous = FULL');
      db.exec('PRAGMA foreign_keys = ON');
      if (exists && (version < latestSchemaVersion || backupDue(path, backupDir, now()))) {
        tryBackup(db, path, backupDir, now(), warnings);
      }
      migrate(db);
      if (!exists) {
        db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(
          'created_at',
          now().toISOString(),
        );
      }
    }
    const refusal = readOnly ? editRefusal(path, storageReadOnly) : null;
    return makeWorkspace(db, path, backupDir, refusal, warnings, now, release);
  } catch (error) {
    db?.close();
    release();
    throw asDomainError(error, path, backupDir);
  }
}

function tryBackup(
  db: DatabaseSync,
  path: string,
  backupDir: string,
  at: Date,
  warnings: string[],
): void {
  try {
    writeBackup(db, path, backupDir, at);
  } catch (error) {
    warnings.push(
      `Could not write an automatic backup of ${basename(path)}: ${(error as Error).message}`,
    );
  }
}

/** Why a read-only workspace refuses edits, as the analyst reads it. */
function editRefusal(path: string, storageReadOnly: boolean): string {
  return storageReadOnly
    ? `${basename(path)} is read-only: Parley cannot write to the file or its folder, so edits are off. Use Save As to make an editable copy.`
    : `${basename(path)} is open read-only, so edits are off.`;
}

function olderFormat(path: string, storageReadOnly: boolean): DomainError {
  return storageReadOnly
    ? new DomainError(
        'read-only',
        `${basename(path)} uses an older format, and Parley cannot upgrade it where it is because it is read-only; copy it to a writable folder and open the copy.`,
      )
    : new DomainError(
        'conflict',
        `${basename(path)} uses an older format; open it in Parley once to upgrade it.`,
      );
}

function checkHeader(path: string, backupDir: string): void {
  const problem = headerProblem(path);
  if (problem === 'not-a-file') {
    throw new DomainError('unreadable', `Cannot open ${basename(path)}: it is not a file.`);
  }
  if (problem === 'empty') throw corrupt(path, backupDir, 'the file is empty');
  if (problem) throw corrupt(path, backupDir, 'it is not a Parley workspace database');
}

function checkIntegrity(db: DatabaseSync, path: string, backupDir: string): void {
  const rows = db.prepare('PRAGMA quick_check').all() as { quick_check: string }[];
  const first = rows[0]?.quick_check;
  if (first !== 'ok')
    throw corrupt(
      path,
      backupDir,
      `integrity check: ${(first ?? 'no answer').split('\n').slice(0, 2).join(' ')}`,
    );
}

function corrupt(path: string, backupDir: string, detail: string): DomainError {
  const newest = listBackups(path, backupDir)[0];
  const offer = newest
    ? ` The latest automatic backup is from ${newest.createdAt.slice(0, 16).replace('T', ' ')} UTC; restore it to continue.`
    : ' There is no automatic backup of it.';
  return new DomainError(
    'corrupt',
    `The workspace ${basename(path)} is damaged and was not opened (${detail}). Parley has left the file unchanged.${offer}`,
  );
}

function asDomainError(error: unknown, path: string, backupDir: string): DomainError {
  if (error instanceof DomainError) return error;
  const e = error as Error & { errcode?: number };
  // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), possibly extended.
  const primary = typeof e.errcode === 'number' ? e.errcode & 0xff : -1;
  if (primary === 11 || primary === 26) return corrupt(path, backupDir, e.message);
  const storage = storageError(error, `${basename(path)} could not be opened`);
  if (storage) return storage;
  return new DomainError('unreadable', `Cannot open the workspace ${basename(path)}: ${e.message}`);
}

function makeWorkspace(
  db: DatabaseSync,
  file: string,
  backupDir: string,
  /** Why edits are refused, or null when the workspace is writable. */
  readOnlyRefusal: string | null,
  warnings: string[],
  now: () => Date,
  release: () => void,
): Workspace {
  let closed = false;
  let inEdit = false;
  const readOnly = readOnlyRefusal !== null;
  const name = basename(file);

  const open = (): void => {
    if (closed) throw new DomainError('internal', 'The workspace is closed.');
  };
  const writable = (): void => {
    open();
    if (readOnlyRefusal !== null) throw new DomainError('read-only', readOnlyRefusal);
    if (inEdit) throw new DomainError('internal', 'Edits cannot be nested.');
  };

  const log = createEditLog(db, now);

  /** `what` names the change for the analyst if the disk refuses it (`"Pin Q3"`, `the undo`). */
  const transaction = <T>(what: string, apply: () => T): T => {
    try {
      db.exec('BEGIN IMMEDIATE');
      const result = apply();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw storageError(error, `${what} in ${name} was not saved`) ?? error;
    }
  };

  const step = (action: 'undo' | 'redo'): UndoResult | null => {
    writable();
    return transaction(`the ${action}`, () => log.step(action));
  };

  const folders = (): WorkspaceFolder[] => {
    open();
    return listFolders(db);
  };

  const ws: Workspace = {
    file,
    readOnly,
    db,
    warnings,
    edit(label, apply) {
      writable();
      inEdit = true;
      try {
        return transaction(`"${label}"`, () => log.record(label, apply));
      } finally {
        inEdit = false;
      }
    },
    transaction(apply) {
      writable();
      return transaction('an update', () => apply(db));
    },
    undo: () => step('undo'),
    redo: () => step('redo'),
    listFolders: folders,
    addFolder(path) {
      addFolder(ws, path, now());
      return folders();
    },
    removeFolder(path) {
      removeFolder(ws, path);
      return folders();
    },
    seedFolders(paths) {
      seedFolders(ws, paths, now());
    },
    lastEditId: () => log.lastEditId(),
    info() {
      open();
      return {
        file,
        name: basename(file).replace(/\.parley$/i, ''),
        readOnly,
        schemaVersion: schemaVersion(db),
        folders: folders(),
        ...log.labels(),
      };
    },
    backupIfDue() {
      writable();
      if (backupDue(file, backupDir, now())) tryBackup(db, file, backupDir, now(), warnings);
    },
    close() {
      if (closed) return;
      closed = true;
      try {
        db.close();
      } finally {
        release();
      }
    },
  };
  return ws;
}
