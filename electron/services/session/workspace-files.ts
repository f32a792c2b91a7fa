import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, resolve } from 'node:path';
import type { RecentWorkspace, WorkspaceProblem, WorkspaceState } from '../../../shared/workspace';
import { DomainError } from '../errors';
import { isLocked, listBackups, storageError, whyNotWorkspace, type Workspace } from '../workspace';
import { describeError } from '../../../shared/error-message';
import { copyTempPath, removeCopyLeftovers, removeCopyTemp } from './copy-leftovers';
import { expandHome } from '../platform/canonical-path';

/** How many workspaces File › Open Recent remembers. */
export const maxRecent = 10;

/** The workspace a data dir starts with: `<dataDir>/Default.parley`. */
export function defaultWorkspaceFile(dataDir: string): string {
  return join(resolve(dataDir), 'Default.parley');
}

/** Where every workspace's rolling backups go: `<dataDir>/backups`. */
export function workspaceBackupDir(dataDir: string): string {
  return join(resolve(dataDir), 'backups');
}

/**
 * An absolute workspace path from what the analyst typed: relative paths live in the data dir, and
 * `~/` is the home folder, and a name without an extension gets `.parley` ("Crimea" → `<dataDir>/Crimea.parley`).
 */
export function workspacePath(dataDir: string, typed: string): string {
  const file = expandHome(typed);
  const absolute = isAbsolute(file) ? resolve(file) : resolve(dataDir, file);
  return extname(absolute) === '' ? `${absolute}.parley` : absolute;
}

/** The display name of a workspace file ("Default" for Default.parley). */
export function workspaceName(file: string): string {
  return basename(file).replace(/\.parley$/i, '');
}

/** What `workspace:info` says when the workspace could not be opened. */
export function problemState(problem: WorkspaceProblem): WorkspaceState {
  return {
    file: problem.file,
    name: workspaceName(problem.file),
    readOnly: true,
    schemaVersion: 0,
    folders: [],
    undoLabel: null,
    redoLabel: null,
    problem,
  };
}

/** Describes a failed open with the backups the analyst can restore instead. */
export function problemFrom(error: unknown, file: string, backupDir: string): WorkspaceProblem {
  const known = error instanceof DomainError;
  const message = describeError(error);
  let backups: WorkspaceProblem['backups'] = [];
  try {
    backups = listBackups(file, backupDir);
  } catch {
    // An unreadable backup folder only means there is nothing to offer.
  }
  return {
    code: known ? error.code : 'unreadable',
    message: known ? message : `Cannot open the workspace ${basename(file)}: ${message}`,
    file,
    backups,
  };
}

/**
 * Copies the open workspace to `target` with VACUUM INTO (consistent while in use) via a temporary
 * sibling renamed into place, so a failed copy never leaves a half-written workspace behind. Only
 * a Parley workspace is ever replaced, and only with `overwrite`.
 */
export function copyWorkspace(ws: Workspace, target: string, overwrite: boolean): void {
  if (target === ws.file) {
    throw new DomainError('conflict', `${workspaceName(target)} is the workspace already open.`);
  }
  if (existsSync(target)) {
    // Asked before "Replace it?", so the analyst is not offered a replace that would be refused.
    const why = whyNotWorkspace(target);
    if (why !== null) {
      throw new DomainError(
        'invalid-input',
        `${basename(target)} is not a Parley workspace (${why}), so Save As will not replace it; choose another name.`,
      );
    }
    if (!overwrite) throw new DomainError('conflict', `${basename(target)} already exists.`);
    if (isLocked(target)) {
      throw new DomainError(
        'locked',
        `${basename(target)} is open in another Parley window; close it there first.`,
      );
    }
  }
  const folder = dirname(target);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new DomainError('not-found', `There is no folder ${folder} to save into.`);
  }
  removeCopyLeftovers(folder);
  const tmp = copyTempPath(target);
  try {
    ws.db.prepare('VACUUM INTO ?').run(tmp);
    // A replaced workspace's leftover journal must not be replayed over the copy.
    for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
    renameSync(tmp, target);
  } catch (error) {
    removeCopyTemp(tmp);
    if (error instanceof DomainError) throw error;
    const storage = storageError(
      error,
      `${basename(target)} was not saved, and ${basename(ws.file)} is still open unchanged`,
    );
    if (storage) throw storage;
    throw new DomainError(
      'unreadable',
      `Could not save the workspace as ${basename(target)}: ${(error as Error).message}`,
    );
  }
}

/** `recent` with `file` moved to the front, at most `maxRecent` long. */
export function withRecent(recent: string[], file: string): string[] {
  return [file, ...recent.filter((f) => f !== file)].slice(0, maxRecent);
}

/** The recent list as File › Open Recent shows it. */
export function describeRecent(recent: string[]): RecentWorkspace[] {
  return recent.map((file) => ({ file, name: workspaceName(file), exists: existsSync(file) }));
}
