import { execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listBackups, restoreBackup } from './backups';
import { lockPathFor } from './lock-file';
import { latestSchemaVersion, migrate, schemaVersion } from './migrations';
import { bundleChild, domainError, startChild, waitFor } from './test-support';
import { createWorkspace, maxHistory, openWorkspace, type Workspace } from './workspace';

let dir: string;
let file: string;
const open: Workspace[] = [];

const track = (ws: Workspace): Workspace => {
  open.push(ws);
  return ws;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-ws-'));
  file = join(dir, 'story.parley');
});

afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('opening and creating', () => {
  it('restores the corpus folders a workspace uses when it is reopened', () => {
    const ws = createWorkspace(file);
    ws.addFolder('/data/ft');
    ws.addFolder('/data/relays');
    ws.addFolder('/data/ft');
    ws.removeFolder('/data/relays');
    ws.close();
    const again = track(openWorkspace(file));
    expect(again.listFolders().map((f) => f.path)).toEqual(['/data/ft']);
    expect(again.info()).toMatchObject({
      name: 'story',
      schemaVersion: latestSchemaVersion,
    });
  });

  it('runs in WAL mode with full sync and foreign keys on', () => {
    const ws = track(createWorkspace(file));
    const pragma = (name: string): unknown =>
      Object.values(ws.db.prepare(`PRAGMA ${name}`).get() ?? {})[0];
    expect(pragma('journal_mode')).toBe('wal');
    expect(pragma('synchronous')).toBe(2);
    expect(pragma('foreign_keys')).toBe(1);
    expect(pragma('busy_timeout')).toBe(5000);
  });

  it('says a missing workspace is not found instead of creating it', () => {
    const error = domainError(() => openWorkspace(join(dir, 'nope.parley')));
    expect(error.code).toBe('not-found');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('will not create over an existing file', () => {
    createWorkspace(file).close();
    expect(domainError(() => createWorkspace(file)).code).toBe('conflict');
  });
});

describe('migrations', () => {
  it('migrates a version 1 database to the latest schema, keeping its data and backing it up first', () => {
    const v1 = new DatabaseSync(file);
    migrate(v1, 1);
    v1.prepare(
      "INSERT INTO corpus_folders (path, added_at) VALUES ('/data/ft', '2025-04-01')",
    ).run();
    v1.prepare(
      `INSERT INTO quotes (id, seq, article_id, folder, path, title, outlet, published, exact, prefix, suffix,
        start_offset, end_offset, hash, speaker, tags, note, grade, created_at, updated_at)
       VALUES ('Q1', 1, 'f:a.txt', '/data/ft', 'a.txt', 'Freeze offer', 'FT', '2025-04-22', 'freeze the war', 'ready to ',
        ' on the line', 10, 24, 'h1', 'Putin', '["crimea"]', 'note', 2, '2025-04-22', '2025-04-22')`,
    ).run();
    expect(schemaVersion(v1)).toBe(1);
    v1.close();

    const ws = track(openWorkspace(file));
    expect(schemaVersion(ws.db)).toBe(latestSchemaVersion);
    expect(ws.listFolders().map((f) => f.path)).toEqual(['/data/ft']);
    const quote = ws.db.prepare('SELECT id, exact, tags, grade, status FROM quotes').get();
    expect({ ...quote }).toEqual({
      id: 'Q1',
      exact: 'freeze the war',
      tags: '["crimea"]',
      grade: 2,
      status: 'unchecked',
    });

    const [backup] = listBackups(file);
    expect(backup).toBeDefined();
    const copy = new DatabaseSync(backup?.path ?? '', { readOnly: true });
    expect(schemaVersion(copy)).toBe(1);
    copy.close();
  });

  it('refuses a workspace saved by a newer version of Parley', () => {
    const future = new DatabaseSync(file);
    future.exec('PRAGMA user_version = 99');
    future.close();
    const error = domainError(() => openWorkspace(file));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/newer version of Parley/);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes edits, and a new edit clears what could be redone', () => {
    const ws = track(createWorkspace(file));
    ws.addFolder('/data/a');
    ws.addFolder('/data/b');
    expect(ws.undo()).toEqual({
      action: 'undo',
      label: 'Add folder b',
      changed: [{ table: 'corpus_folders', key: '/data/b' }],
    });
    expect(ws.listFolders().map((f) => f.path)).toEqual(['/data/a']);
    expect(ws.redo()?.label).toBe('Add folder b');
    expect(ws.listFolders()).toHaveLength(2);
    ws.undo();
    ws.addFolder('/data/c');
    expect(ws.redo()).toBeNull();
    expect(ws.info()).toMatchObject({ undoLabel: 'Add folder c', redoLabel: null });
    ws.undo();
    ws.undo();
    expect(ws.undo()).toBeNull();
    expect(ws.listFolders()).toEqual([]);
  });

  it('keeps the undo history across reopening', () => {
    const ws = createWorkspace(file);
    ws.addFolder('/data/a');
    ws.addFolder('/data/b');
    ws.undo();
    ws.close();
    const again = track(openWorkspace(file));
    expect(again.info()).toMatchObject({ undoLabel: 'Add folder a', redoLabel: 'Add folder b' });
    again.redo();
    again.undo();
    again.undo();
    expect(again.listFolders()).toEqual([]);
  });

  it('rolls back an edit that fails halfway and logs nothing for it', () => {
    const ws = track(createWorkspace(file));
    expect(() =>
      ws.edit('Broken', (tx) => {
        tx.insert('corpus_folders', { path: '/data/x', added_at: 'now' });
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(ws.listFolders()).toEqual([]);
    expect(ws.undo()).toBeNull();
  });

  it(`bounds the history to the last ${maxHistory} edits`, () => {
    const ws = track(createWorkspace(file));
    for (let i = 0; i < maxHistory + 5; i += 1) ws.addFolder(`/data/${i}`);
    const count = ws.db.prepare('SELECT count(*) AS n FROM edit_log').get() as { n: number };
    expect(count.n).toBe(maxHistory);
  });
});

describe('locking', () => {
  let child: string;
  beforeAll(async () => {
    child = await bundleChild();
  });

  it('refuses a second open for writing in the same process, and allows it after close', () => {
    const ws = createWorkspace(file);
    const error = domainError(() => openWorkspace(file));
    expect(error.code).toBe('locked');
    expect(error.message).toMatch(/already open in this Parley window/);
    ws.close();
    track(openWorkspace(file));
  });

  it('refuses a workspace another process has open, naming its pid, while read-only opens still work', async () => {
    createWorkspace(file).close();
    const holder = startChild(child, ['hold', file]);
    try {
      await waitFor(
        () => holder.lines.some((l) => l.startsWith('ready')),
        15_000,
        `child ready: ${holder.stderr()}`,
      );
      const error = domainError(() => openWorkspace(file));
      expect(error.code).toBe('locked');
      expect(error.message).toBe(
        `This workspace is open in another Parley window (pid ${holder.child.pid}).`,
      );
      const reader = openWorkspace(file, { readOnly: true });
      expect(reader.listFolders()).toEqual([]);
      reader.close();
    } finally {
      holder.child.stdin.end();
      await holder.exited;
    }
    track(openWorkspace(file));
  });

  it('makes another process give up while this one holds the workspace', () => {
    track(createWorkspace(file));
    const out = execFileSync(process.execPath, [child, 'try', file], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({
      ok: false,
      code: 'locked',
      message: `This workspace is open in another Parley window (pid ${process.pid}).`,
    });
  });

  it('takes over a lock left by a process that died', () => {
    createWorkspace(file).close();
    const deadPid = Number(
      execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']),
    );
    writeFileSync(
      lockPathFor(file),
      JSON.stringify({ pid: deadPid, hostname: hostname(), since: '' }),
    );
    const ws = track(openWorkspace(file));
    expect(JSON.parse(readFileSync(lockPathFor(file), 'utf8'))).toMatchObject({ pid: process.pid });
    ws.close();
    expect(readdirSync(dir)).not.toContain('story.parley.lock');
  });
});

describe('damaged files and backups', () => {
  function workspaceWithData(): void {
    const ws = createWorkspace(file);
    for (let i = 0; i < 300; i += 1) ws.addFolder(`/data/outlet-number-${i}/${'x'.repeat(40)}`);
    ws.close();
  }

  it('reports garbage bytes as a damaged workspace and leaves the file untouched', () => {
    const garbage = Buffer.from('This is not a database at all.\n'.repeat(200));
    writeFileSync(file, garbage);
    const error = domainError(() => openWorkspace(file));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(
      /story\.parley is damaged and was not opened .*not a Parley workspace/,
    );
    expect(error.message).toMatch(/no automatic backup/);
    expect(readFileSync(file).equals(garbage)).toBe(true);
    expect(readdirSync(dir)).toEqual(['story.parley']);
  });

  it('reports an empty file as damaged rather than opening a blank workspace', () => {
    writeFileSync(file, '');
    expect(domainError(() => openWorkspace(file)).code).toBe('corrupt');
    expect(readFileSync(file).length).toBe(0);
  });

  it('reports a truncated database as damaged, offers the last backup, and restores it', () => {
    workspaceWithData();
    // Reopening writes the first automatic backup.
    openWorkspace(file).close();
    const [backup] = listBackups(file);
    expect(backup).toBeDefined();

    const full = readFileSync(file);
    truncateSync(file, Math.floor(full.length / 2));
    const damaged = readFileSync(file);
    const error = domainError(() => openWorkspace(file));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(
      /latest automatic backup is from \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/,
    );
    expect(readFileSync(file).equals(damaged)).toBe(true);

    const { movedAside } = restoreBackup(backup?.path ?? '', file);
    expect(movedAside && readFileSync(movedAside).equals(damaged)).toBe(true);
    const ws = track(openWorkspace(file));
    expect(ws.listFolders()).toHaveLength(300);
    expect(ws.db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
  });

  it('will not restore over a workspace that is open', () => {
    workspaceWithData();
    openWorkspace(file).close();
    const [backup] = listBackups(file);
    track(openWorkspace(file));
    expect(domainError(() => restoreBackup(backup?.path ?? '', file)).code).toBe('locked');
  });

  it('backs up at most once a day and keeps the newest five', () => {
    createWorkspace(file).close();
    const backupDir = join(dir, 'backups');
    const day = (n: number): Date => new Date(Date.UTC(2025, 3, 1 + n, 9, 0, 0));
    openWorkspace(file, { backupDir, now: () => day(0) }).close();
    openWorkspace(file, { backupDir, now: () => new Date(day(0).getTime() + 3_600_000) }).close();
    expect(listBackups(file, backupDir)).toHaveLength(1);
    for (let n = 1; n <= 7; n += 1) openWorkspace(file, { backupDir, now: () => day(n) }).close();
    const kept = listBackups(file, backupDir);
    expect(kept.map((b) => b.createdAt.slice(0, 10))).toEqual([
      '2025-04-08',
      '2025-04-07',
      '2025-04-06',
      '2025-04-05',
      '2025-04-04',
    ]);
  });
});
