import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockPathFor } from './lock-file';
import { domainError } from './test-support';
import { createWorkspace, openWorkspace, type Workspace } from './workspace';

let dir: string;
let file: string;
const open: Workspace[] = [];

const track = (ws: Workspace): Workspace => {
  open.push(ws);
  return ws;
};

/**
 * Tests run as root here, and root may write a 0444 file, so "Parley may not write this file or
 * its folder" is injected as `canWrite`; the default asks the OS (access(2) with W_OK, which does
 * say no for root on a read-only mount).
 */
const cannotWrite = (): boolean => false;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-ro-'));
  file = join(dir, 'story.parley');
  const ws = createWorkspace(file);
  ws.addFolder('/data/ft');
  ws.close();
});

afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a workspace Parley may not write', () => {
  it('opens read-only, says so, and refuses edits with a read-only error, leaving the file alone', () => {
    const before = readFileSync(file);
    const ws = track(openWorkspace(file, { canWrite: cannotWrite }));
    expect(ws.readOnly).toBe(true);
    expect(ws.info()).toMatchObject({ readOnly: true, folders: [{ path: '/data/ft' }] });
    expect(existsSync(lockPathFor(file))).toBe(false);

    const error = domainError(() => ws.addFolder('/data/relays'));
    expect(error.code).toBe('read-only');
    expect(error.message).toMatch(/story\.parley is read-only/);
    expect(error.message).toMatch(/Save As/);
    expect(domainError(() => ws.undo()).code).toBe('read-only');
    ws.close();
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  // Root may write a 0444 file, so this asks the OS only where the OS would say no.
  it.skipIf(process.getuid?.() === 0)('opens a 0444 file read-only without being told', () => {
    chmodSync(file, 0o444);
    const ws = track(openWorkspace(file));
    expect(ws.info().readOnly).toBe(true);
    expect(domainError(() => ws.addFolder('/data/relays')).code).toBe('read-only');
  });

  it('reads a workspace whose folder cannot take its journal, as on read-only media', () => {
    // SQLite cannot create story.parley-wal here, exactly as on a read-only mount.
    mkdirSync(`${file}-wal`);
    const reader = track(openWorkspace(file, { readOnly: true }));
    expect(reader.listFolders().map((f) => f.path)).toEqual(['/data/ft']);
    const app = track(openWorkspace(`${file}`, { canWrite: cannotWrite }));
    expect(app.info()).toMatchObject({ readOnly: true, folders: [{ path: '/data/ft' }] });
  });

  it('refuses to create a workspace in a folder it may not write, naming the folder', () => {
    const error = domainError(() =>
      createWorkspace(join(dir, 'new.parley'), { canWrite: cannotWrite }),
    );
    expect(error.code).toBe('read-only');
    expect(error.message).toContain(dir);
    expect(existsSync(join(dir, 'new.parley'))).toBe(false);
  });
});

describe('a full disk', () => {
  it('refuses an edit as disk-full, says nothing was lost, and keeps what was saved', () => {
    const ws = track(openWorkspace(file));
    // The database may not grow past its current size: the next page it needs fails as SQLITE_FULL.
    const pages = ws.db.prepare('PRAGMA page_count').get() as { page_count: number };
    ws.db.exec(`PRAGMA max_page_count = ${pages.page_count}`);
    const error = domainError(() =>
      ws.edit('Add many folders', (tx) => {
        for (let i = 0; i < 200; i += 1) {
          tx.insert('corpus_folders', { path: `/data/${i}/${'x'.repeat(200)}`, added_at: 'now' });
        }
      }),
    );
    expect(error.code).toBe('disk-full');
    expect(error.message).toMatch(/disk .*full/i);
    expect(error.message).toMatch(/nothing .*lost/i);
    expect(error.message).toMatch(/free (up )?(some )?space/i);
    expect(ws.listFolders().map((f) => f.path)).toEqual(['/data/ft']);
    expect(ws.info().undoLabel).toBe('Add folder ft');
  });
});
