import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  copyFileSync,
} from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { basename, dirname, join, resolve } from 'node:path';
import type { BackupInfo } from '../../../shared/workspace';
import { DomainError } from '../errors';
import { isLocked } from './lock-file';

export const keepBackups = 5;
const day = 24 * 60 * 60 * 1000;

/** Default backup folder: `.parley-backups` beside the workspace. */
export function defaultBackupDir(file: string): string {
  return join(dirname(resolve(file)), '.parley-backups');
}

/** Backups of one workspace share a name stem with a hash of its full path, so one folder can serve many. */
function stem(file: string): string {
  const full = resolve(file);
  const id = createHash('sha256').update(full).digest('hex').slice(0, 8);
  return `${basename(full).replace(/\.parley$/i, '')}.${id}.`;
}

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

function parseStamp(text: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return null;
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
}

/** Automatic backups of `file`, newest first. */
export function listBackups(file: string, backupDir = defaultBackupDir(file)): BackupInfo[] {
  if (!existsSync(backupDir)) return [];
  const prefix = stem(file);
  const found: BackupInfo[] = [];
  for (const name of readdirSync(backupDir)) {
    if (!name.startsWith(prefix) || !name.endsWith('.parley')) continue;
    const created = parseStamp(name.slice(prefix.length, -'.parley'.length));
    if (!created) continue;
    const path = join(backupDir, name);
    found.push({ path, createdAt: created.toISOString(), size: statSync(path).size });
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Writes a consistent copy of the open database with VACUUM INTO (safe while it is in use),
 * then keeps only the newest `keep`.
 */
export function writeBackup(
  db: DatabaseSync,
  file: string,
  backupDir = defaultBackupDir(file),
  now = new Date(),
  keep = keepBackups,
): BackupInfo {
  mkdirSync(backupDir, { recursive: true });
  let path = join(backupDir, `${stem(file)}${stamp(now)}.parley`);
  // Two backups in the same second (a migration right after the daily one) replace each other.
  if (existsSync(path)) unlinkSync(path);
  db.prepare('VACUUM INTO ?').run(path);
  for (const old of listBackups(file, backupDir).slice(keep)) unlinkSync(old.path);
  path = resolve(path);
  return { path, createdAt: now.toISOString(), size: statSync(path).size };
}

/** Whether the newest backup is older than a day (or there is none). */
export function backupDue(
  file: string,
  backupDir = defaultBackupDir(file),
  now = new Date(),
): boolean {
  const newest = listBackups(file, backupDir)[0];
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= day;
}

/**
 * Puts `backup` in place of `target`. The damaged file and its -wal/-shm are moved aside
 * (`<target>.damaged-<time>`), never deleted, and a stale -wal cannot be replayed over the backup.
 */
export function restoreBackup(
  backup: string,
  target: string,
  now = new Date(),
): { movedAside: string | null } {
  if (!existsSync(backup))
    throw new DomainError('not-found', `The backup ${backup} no longer exists.`);
  if (isLocked(target)) {
    throw new DomainError(
      'locked',
      'Close this workspace in every Parley window before restoring a backup.',
    );
  }
  let check: string;
  try {
    const db = new DatabaseSync(backup, { readOnly: true });
    try {
      check = String(
        (db.prepare('PRAGMA quick_check').get() as { quick_check?: unknown } | undefined)
          ?.quick_check,
      );
    } finally {
      db.close();
    }
  } catch (error) {
    check = (error as Error).message;
  }
  if (check !== 'ok')
    throw new DomainError('corrupt', `The backup ${basename(backup)} is damaged too (${check}).`);

  let movedAside: string | null = null;
  const aside = `${target}.damaged-${stamp(now)}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (!existsSync(target + suffix)) continue;
    renameSync(target + suffix, aside + suffix);
    if (suffix === '') movedAside = aside;
  }
  copyFileSync(backup, target);
  return { movedAside };
}
