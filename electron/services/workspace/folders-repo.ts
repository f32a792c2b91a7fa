import type { DatabaseSync } from 'node:sqlite';
import { basename, resolve } from 'node:path';
import type { WorkspaceFolder } from '../../../shared/workspace';
import type { EditTx } from './edit-log';

type Editable = {
  edit<T>(label: string, apply: (tx: EditTx) => T): T;
  transaction<T>(apply: (db: DatabaseSync) => T): T;
};

/** The corpus folders a workspace uses, in the order they were added. */
export function listFolders(db: DatabaseSync): WorkspaceFolder[] {
  const rows = db
    .prepare('SELECT path, added_at FROM corpus_folders ORDER BY added_at, path')
    .all() as { path: string; added_at: string }[];
  return rows.map((r) => ({ path: r.path, addedAt: r.added_at }));
}

/** Adds a folder as one undoable edit ("Add folder seeds"); adding a known folder records nothing. */
export function addFolder(ws: Editable, path: string, at: Date): void {
  const full = resolve(path);
  ws.edit(`Add folder ${basename(full)}`, (tx) => {
    if (!tx.get('corpus_folders', full))
      tx.insert('corpus_folders', { path: full, added_at: at.toISOString() });
  });
}

/** Removes a folder as one undoable edit; removing an unknown folder records nothing. */
export function removeFolder(ws: Editable, path: string): void {
  const full = resolve(path);
  ws.edit(`Remove folder ${basename(full)}`, (tx) => {
    if (tx.get('corpus_folders', full)) tx.remove('corpus_folders', full);
  });
}

/** Registers the first-run folders without an undo entry: an analyst's first Ctrl+Z should not drop the seeds. */
export function seedFolders(ws: Editable, paths: string[], at: Date): void {
  ws.transaction((db) => {
    const insert = db.prepare(
      'INSERT OR IGNORE INTO corpus_folders (path, added_at) VALUES (?, ?)',
    );
    // Distinct timestamps keep the registration order (folders are listed by added_at).
    paths.forEach((path, i) => insert.run(path, new Date(at.getTime() + i).toISOString()));
  });
}
