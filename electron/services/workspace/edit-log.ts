import type { DatabaseSync } from 'node:sqlite';
import type { ChangedRow, UndoResult } from '../../../shared/workspace';
import { z } from 'zod';
import { DomainError } from '../errors';
import { requireStoredJson } from '../platform/stored-json';

/** A row as stored: JSON-safe column values only, so edits can be logged for undo. */
export type Row = Record<string, string | number | null>;

/**
 * Which row: the key's value for a table with a one-column key, or an object naming every key
 * column for a table with a composite key (a link table such as cell × quote).
 */
export type RowKey = string | Row;

/** Row-level writes inside one edit; each records what it changed for undo and redo. */
export type EditTx = {
  readonly db: DatabaseSync;
  get(table: string, key: RowKey): Row | undefined;
  insert(table: string, row: Row): void;
  /** Sets only the given columns; unchanged values are not logged. */
  update(table: string, key: RowKey, patch: Row): void;
  /**
   * Deletes the row and, first, every row whose `ON DELETE CASCADE` foreign key references it, each
   * logged, so an undo brings back the row together with its dependents (SQLite's own cascade
   * would delete them unlogged, and the undo would restore a parent without its links).
   */
  remove(table: string, key: RowKey): void;
};

/**
 * One logged row change. `key` names every key column; entries written before composite keys
 * were supported hold the bare value of a one-column key, and are read the same way.
 */
type Change = { table: string; key: Row | string; before: Row | null; after: Row | null };

const storedRow = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));
/** What an edit_log entry's `changes` column holds. */
const storedChanges = z.array(
  z.object({
    table: z.string(),
    key: z.union([z.string(), storedRow]),
    before: storedRow.nullable(),
    after: storedRow.nullable(),
  }),
);

type TableInfo = {
  keys: string[];
  columns: Set<string>;
  /** Tables whose cascading foreign keys point here: child table, its columns → our columns. */
  dependents: { table: string; from: string[]; to: string[] }[];
};

export type EditLog = {
  /** Runs `apply` as one undoable edit inside the caller's transaction; logs what it changed. */
  record<T>(label: string, apply: (tx: EditTx) => T): T;
  /** Reverts (undo) or re-applies (redo) the newest eligible edit inside the caller's transaction. */
  step(action: 'undo' | 'redo'): UndoResult | null;
  labels(): { undoLabel: string | null; redoLabel: string | null };
  /** The newest logged edit's id; null before the first. */
  lastEditId(): number | null;
};

export const maxHistory = 500;
const identifier = /^[a-z_][a-z0-9_]*$/;
const quoted = (name: string): string => `"${name}"`;

/** The undo log over a workspace database: row-level changes, composite keys, explicit dependents. */
export function createEditLog(db: DatabaseSync, now: () => Date): EditLog {
  const tables = new Map<string, TableInfo>();

  const tableInfo = (table: string): TableInfo => {
    const known = tables.get(table);
    if (known) return known;
    if (!identifier.test(table)) throw new DomainError('internal', `Bad table name ${table}`);
    const cols = db.prepare(`PRAGMA table_info(${quoted(table)})`).all() as {
      name: string;
      pk: number;
    }[];
    const keys = cols
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    if (keys.length === 0) throw new DomainError('internal', `Table ${table} has no key.`);
    const info: TableInfo = {
      keys,
      columns: new Set(cols.map((c) => c.name)),
      dependents: dependentsOf(db, table, keys),
    };
    tables.set(table, info);
    return info;
  };

  const keyRow = (table: string, key: RowKey): Row => {
    const { keys } = tableInfo(table);
    if (typeof key !== 'object') {
      if (keys.length !== 1)
        throw new DomainError('internal', `Table ${table} needs all of ${keys.join(', ')}.`);
      return { [keys[0] as string]: key };
    }
    const row: Row = {};
    for (const name of keys) {
      const value = key[name];
      if (value === undefined || value === null)
        throw new DomainError('internal', `Row of ${table} needs ${name}.`);
      row[name] = value;
    }
    return row;
  };
  const where = (table: string, key: Row): { sql: string; values: (string | number | null)[] } => {
    const { keys } = tableInfo(table);
    return {
      sql: keys.map((name) => `${quoted(name)} = ?`).join(' AND '),
      values: keys.map((name) => key[name] ?? null),
    };
  };
  const checkedColumns = (table: string, row: Row): string[] => {
    const { columns } = tableInfo(table);
    const names = Object.keys(row);
    for (const name of names) {
      if (!columns.has(name))
        throw new DomainError('internal', `Table ${table} has no column ${name}.`);
    }
    return names;
  };

  const readRow = (table: string, key: Row): Row | undefined => {
    const w = where(table, key);
    return db.prepare(`SELECT * FROM ${quoted(table)} WHERE ${w.sql}`).get(...w.values) as
      Row | undefined;
  };
  const insertRow = (table: string, row: Row): void => {
    const names = checkedColumns(table, row);
    const sql = `INSERT INTO ${quoted(table)} (${names.map(quoted).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
    db.prepare(sql).run(...names.map((n) => row[n] ?? null));
  };
  const updateRow = (table: string, key: Row, patch: Row): void => {
    const names = checkedColumns(table, patch);
    if (names.length === 0) return;
    const w = where(table, key);
    const sql = `UPDATE ${quoted(table)} SET ${names.map((n) => `${quoted(n)} = ?`).join(', ')} WHERE ${w.sql}`;
    db.prepare(sql).run(...names.map((n) => patch[n] ?? null), ...w.values);
  };
  const deleteRow = (table: string, key: Row): void => {
    const w = where(table, key);
    db.prepare(`DELETE FROM ${quoted(table)} WHERE ${w.sql}`).run(...w.values);
  };

  const applyChange = (change: Change, direction: 'undo' | 'redo'): void => {
    const target = direction === 'redo' ? change.after : change.before;
    const source = direction === 'redo' ? change.before : change.after;
    const key = keyRow(change.table, change.key);
    if (target === null) deleteRow(change.table, key);
    else if (source === null) insertRow(change.table, target);
    else updateRow(change.table, key, target);
  };

  const describeKey = (table: string, key: Row | string): string =>
    typeof key === 'string'
      ? key
      : tableInfo(table)
          .keys.map((name) => String(key[name]))
          .join('|');

  return {
    record(label, apply) {
      const changes: Change[] = [];
      const remove = (table: string, key: Row): void => {
        const current = readRow(table, key);
        if (!current)
          throw new DomainError('not-found', `No ${table} row ${describeKey(table, key)}.`);
        for (const dependent of tableInfo(table).dependents) {
          const conditions = dependent.from.map((column) => `${quoted(column)} = ?`).join(' AND ');
          const children = db
            .prepare(`SELECT * FROM ${quoted(dependent.table)} WHERE ${conditions}`)
            .all(...dependent.to.map((column) => current[column] ?? null)) as Row[];
          for (const child of children) remove(dependent.table, keyRow(dependent.table, child));
        }
        deleteRow(table, key);
        changes.push({ table, key, before: current, after: null });
      };
      const tx: EditTx = {
        db,
        get: (table, key) => readRow(table, keyRow(table, key)),
        insert(table, row) {
          const key = keyRow(table, row);
          insertRow(table, row);
          changes.push({ table, key, before: null, after: readRow(table, key) ?? row });
        },
        update(table, rawKey, patch) {
          const key = keyRow(table, rawKey);
          const current = readRow(table, key);
          if (!current)
            throw new DomainError('not-found', `No ${table} row ${describeKey(table, key)}.`);
          const before: Row = {};
          const after: Row = {};
          for (const [name, value] of Object.entries(patch)) {
            if (current[name] === value) continue;
            before[name] = current[name] ?? null;
            after[name] = value;
          }
          if (Object.keys(after).length === 0) return;
          updateRow(table, key, after);
          changes.push({ table, key, before, after });
        },
        remove: (table, key) => remove(table, keyRow(table, key)),
      };
      const result = apply(tx);
      if (changes.length > 0) {
        // A new edit ends the redo branch.
        db.exec('DELETE FROM edit_log WHERE undone = 1');
        db.prepare('INSERT INTO edit_log (label, changes, at) VALUES (?, ?, ?)').run(
          label,
          JSON.stringify(changes),
          now().toISOString(),
        );
        db.prepare(
          'DELETE FROM edit_log WHERE id NOT IN (SELECT id FROM edit_log ORDER BY id DESC LIMIT ?)',
        ).run(maxHistory);
      }
      return result;
    },

    step(action) {
      const entry = db
        .prepare(
          action === 'undo'
            ? 'SELECT id, label, changes FROM edit_log WHERE undone = 0 ORDER BY id DESC LIMIT 1'
            : 'SELECT id, label, changes FROM edit_log WHERE undone = 1 ORDER BY id ASC LIMIT 1',
        )
        .get() as { id: number; label: string; changes: string } | undefined;
      if (!entry) return null;
      const changes: Change[] = requireStoredJson(
        storedChanges,
        entry.changes,
        () =>
          new DomainError(
            'corrupt',
            `The undo step "${entry.label}" is damaged and cannot be applied.`,
          ),
      );
      const ordered = action === 'undo' ? [...changes].reverse() : changes;
      for (const change of ordered) applyChange(change, action);
      db.prepare('UPDATE edit_log SET undone = ? WHERE id = ?').run(
        action === 'undo' ? 1 : 0,
        entry.id,
      );
      const changed: ChangedRow[] = changes.map((c) => ({
        table: c.table,
        key: describeKey(c.table, c.key),
      }));
      return { action, label: entry.label, changed };
    },

    lastEditId() {
      const row = db.prepare('SELECT max(id) AS id FROM edit_log').get() as
        { id: number | null } | undefined;
      return row?.id ?? null;
    },

    labels() {
      const u = db
        .prepare('SELECT label FROM edit_log WHERE undone = 0 ORDER BY id DESC LIMIT 1')
        .get() as { label: string } | undefined;
      const r = db
        .prepare('SELECT label FROM edit_log WHERE undone = 1 ORDER BY id ASC LIMIT 1')
        .get() as { label: string } | undefined;
      return { undoLabel: u?.label ?? null, redoLabel: r?.label ?? null };
    },
  };
}

/** Every cascading foreign key in the database that points at `table`, grouped per constraint. */
function dependentsOf(db: DatabaseSync, table: string, keys: string[]): TableInfo['dependents'] {
  const names = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  const found: TableInfo['dependents'] = [];
  for (const { name } of names) {
    const fks = db.prepare(`PRAGMA foreign_key_list(${quoted(name)})`).all() as {
      id: number;
      table: string;
      from: string;
      to: string | null;
      on_delete: string;
    }[];
    const byConstraint = new Map<number, { from: string[]; to: string[] }>();
    for (const fk of fks) {
      if (fk.table !== table || fk.on_delete.toUpperCase() !== 'CASCADE') continue;
      const group = byConstraint.get(fk.id) ?? { from: [], to: [] };
      group.from.push(fk.from);
      // A foreign key that names no column refers to the parent's key.
      group.to.push(fk.to ?? keys[group.to.length] ?? '');
      byConstraint.set(fk.id, group);
    }
    for (const group of byConstraint.values()) found.push({ table: name, ...group });
  }
  return found;
}
