import { DatabaseSync } from 'node:sqlite';
import { beforeEach, describe, expect, it } from 'vitest';
import { createEditLog, type EditLog } from './edit-log';
import { migrate } from './migrations';

// A cell with the quotes that back it: the link table has a composite key and cascades from
// both sides, the shape the position matrix will use.
const schema = `
  CREATE TABLE cells (id TEXT PRIMARY KEY, summary TEXT NOT NULL) STRICT;
  CREATE TABLE cell_quotes (
    cell_id TEXT NOT NULL REFERENCES cells (id) ON DELETE CASCADE,
    quote_id TEXT NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    relation TEXT NOT NULL,
    PRIMARY KEY (cell_id, quote_id)
  ) STRICT;
`;

let db: DatabaseSync;
let log: EditLog;
const edit = <T>(label: string, apply: Parameters<EditLog['record']>[1]): T => {
  db.exec('BEGIN IMMEDIATE');
  const result = log.record(label, apply) as T;
  db.exec('COMMIT');
  return result;
};
const step = (action: 'undo' | 'redo') => {
  db.exec('BEGIN IMMEDIATE');
  const result = log.step(action);
  db.exec('COMMIT');
  return result;
};
const links = () =>
  db.prepare('SELECT cell_id, quote_id, relation FROM cell_quotes ORDER BY quote_id').all();
const cells = () => db.prepare('SELECT id, summary FROM cells').all();

const quoteRow = (id: string, seq: number) => ({
  id,
  seq,
  article_id: 'seeds:a.txt',
  folder: '/seeds',
  path: 'a.txt',
  title: 't',
  exact: 'text',
  prefix: '',
  suffix: '',
  start_offset: 0,
  end_offset: 4,
  hash: 'h',
  created_at: 'now',
  updated_at: 'now',
});

beforeEach(() => {
  db = new DatabaseSync(':memory:');
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db);
  db.exec(schema);
  log = createEditLog(db, () => new Date('2026-01-01T00:00:00Z'));
  db.exec('BEGIN');
  for (const [seq, id] of ['Q1', 'Q2'].entries()) {
    const row = quoteRow(id, seq + 1);
    const columns = Object.keys(row);
    db.prepare(
      `INSERT INTO quotes (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    ).run(...Object.values(row));
  }
  db.exec('COMMIT');
});

describe('the edit log', () => {
  it('undoes and redoes rows of a table with a composite key', () => {
    edit('Back the cell', (tx) => {
      tx.insert('cells', { id: 'C1', summary: 'rejects' });
      tx.insert('cell_quotes', { cell_id: 'C1', quote_id: 'Q1', relation: 'supports' });
      tx.insert('cell_quotes', { cell_id: 'C1', quote_id: 'Q2', relation: 'supports' });
    });
    edit('Q2 contradicts', (tx) =>
      tx.update('cell_quotes', { cell_id: 'C1', quote_id: 'Q2' }, { relation: 'contradicts' }),
    );
    expect(links()).toEqual([
      { cell_id: 'C1', quote_id: 'Q1', relation: 'supports' },
      { cell_id: 'C1', quote_id: 'Q2', relation: 'contradicts' },
    ]);

    expect(step('undo')?.changed).toEqual([{ table: 'cell_quotes', key: 'C1|Q2' }]);
    expect(links()).toContainEqual({ cell_id: 'C1', quote_id: 'Q2', relation: 'supports' });
    step('undo');
    expect(links()).toEqual([]);
    expect(cells()).toEqual([]);
    step('redo');
    step('redo');
    expect(links().map((l) => l.relation)).toEqual(['supports', 'contradicts']);
  });

  it('refuses a damaged undo step with a clear message and changes nothing', () => {
    edit('Name the cell', (tx) => tx.insert('cells', { id: 'C1', summary: 'rejects' }));
    db.prepare('UPDATE edit_log SET changes = \'[{"table":"cells"}]\'').run();
    expect(() => step('undo')).toThrow(/The undo step "Name the cell" is damaged/);
    db.exec('ROLLBACK');
    expect(cells()).toEqual([{ id: 'C1', summary: 'rejects' }]);
  });

  it('removes dependents explicitly, so undoing a delete brings back its links', () => {
    edit('Back the cell', (tx) => {
      tx.insert('cells', { id: 'C1', summary: 'rejects' });
      tx.insert('cell_quotes', { cell_id: 'C1', quote_id: 'Q1', relation: 'supports' });
      tx.insert('cell_quotes', { cell_id: 'C1', quote_id: 'Q2', relation: 'contradicts' });
    });

    edit('Delete Q1', (tx) => tx.remove('quotes', 'Q1'));
    expect(links()).toEqual([{ cell_id: 'C1', quote_id: 'Q2', relation: 'contradicts' }]);
    const undone = step('undo');
    expect(undone?.changed).toEqual([
      { table: 'cell_quotes', key: 'C1|Q1' },
      { table: 'quotes', key: 'Q1' },
    ]);
    expect(links()).toHaveLength(2);

    edit('Delete cell', (tx) => tx.remove('cells', 'C1'));
    expect(links()).toEqual([]);
    step('undo');
    expect(cells()).toEqual([{ id: 'C1', summary: 'rejects' }]);
    expect(links()).toHaveLength(2);
  });

  it('refuses a composite-key row named by one value', () => {
    expect(() => edit('Bad', (tx) => tx.get('cell_quotes', 'C1'))).toThrow(/needs all of/);
    db.exec('ROLLBACK');
  });

  it('still undoes entries logged with a bare key before composite keys existed', () => {
    db.prepare('INSERT INTO edit_log (label, changes, at) VALUES (?, ?, ?)').run(
      'Edit note of Q1',
      JSON.stringify([{ table: 'quotes', key: 'Q1', before: { note: '' }, after: { note: 'x' } }]),
      'then',
    );
    db.prepare("UPDATE quotes SET note = 'x' WHERE id = 'Q1'").run();

    expect(step('undo')?.label).toBe('Edit note of Q1');
    expect(db.prepare("SELECT note FROM quotes WHERE id = 'Q1'").get()).toEqual({ note: '' });
  });
});
