import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { createEventBus } from '../events/event-bus';
import { openSession, type Session } from './session';

let root: string;
let dataDir: string;
let elsewhere: string;
const sessions: Session[] = [];

async function start(): Promise<Session> {
  const session = await openSession({ dataDir, corpora: [] }, createEventBus());
  sessions.push(session);
  return session;
}

async function refusal(run: () => Promise<unknown>): Promise<DomainError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

/** A file as a save-as killed mid-copy leaves it, last written before this process started. */
function leftover(folder: string, name: string): string {
  const path = join(folder, name);
  writeFileSync(path, 'SQLite format 3\0partial copy');
  const before = new Date(performance.timeOrigin - 60 * 60 * 1000);
  utimesSync(path, before, before);
  return path;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'parley-save-as-'));
  dataDir = join(root, 'data');
  elsewhere = join(root, 'elsewhere');
  mkdirSync(elsewhere);
});

afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
  rmSync(root, { recursive: true, force: true });
});

describe('Save As over an existing file', () => {
  it('refuses to replace a file that is not a Parley workspace, naming it and saying why', async () => {
    const session = await start();
    const notes = join(elsewhere, 'notes.txt');
    writeFileSync(notes, 'Call the embassy on Monday.\n');
    for (const overwrite of [true, false]) {
      const error = await refusal(() => session.saveWorkspaceAs(notes, overwrite));
      expect(error.code).toBe('invalid-input');
      expect(error.message).toMatch(/notes\.txt is not a Parley workspace \(.*SQLite.*\)/);
    }
    expect(readFileSync(notes, 'utf8')).toBe('Call the embassy on Monday.\n');
    expect(session.state().name).toBe('Default');
  });

  it('refuses to replace an SQLite database of another program', async () => {
    const session = await start();
    const other = join(elsewhere, 'contacts.db');
    const db = new DatabaseSync(other);
    db.exec("CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('Ana')");
    db.close();
    const before = readFileSync(other);
    const error = await refusal(() => session.saveWorkspaceAs(other, true));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toMatch(/contacts\.db is not a Parley workspace/);
    expect(readFileSync(other).equals(before)).toBe(true);
  });

  it('still replaces a Parley workspace when asked to', async () => {
    const session = await start();
    const target = join(elsewhere, 'Brief.parley');
    await session.saveWorkspaceAs(target);
    await session.openWorkspace('Default');
    await expect(session.saveWorkspaceAs(target, true)).resolves.toMatchObject({ file: target });
  });
});

describe('leftovers of a save-as that was killed', () => {
  it('are cleared from the target folder by the next save-as, and nothing else is', async () => {
    const session = await start();
    const stale = [
      leftover(elsewhere, '.Brief.parley.0123456789ab.tmp'),
      leftover(elsewhere, '.Brief.parley.0123456789ab.tmp-journal'),
      leftover(elsewhere, '.copy2.parley.a1b2c3d4e5f6.tmp'),
    ];
    const kept = [
      leftover(elsewhere, '.notes.tmp'),
      leftover(elsewhere, '.Brief.parley.0123456789ab.tmp.keep'),
      leftover(elsewhere, 'Brief.parley.0123456789ab.tmp'),
    ];
    // Written after this process started: possibly another Parley's copy still in progress.
    const fresh = join(elsewhere, '.Other.parley.ffffffffffff.tmp');
    writeFileSync(fresh, '');
    await session.saveWorkspaceAs(join(elsewhere, 'Brief'));
    const names = readdirSync(elsewhere);
    for (const path of stale) expect(names).not.toContain(path.slice(elsewhere.length + 1));
    for (const path of [...kept, fresh]) expect(names).toContain(path.slice(elsewhere.length + 1));
  });

  it('are cleared from the data folder at the next start', async () => {
    mkdirSync(dataDir);
    const stale = leftover(dataDir, '.Copy.parley.0123456789ab.tmp');
    await start();
    expect(readdirSync(dataDir)).not.toContain(stale.slice(dataDir.length + 1));
  });
});
