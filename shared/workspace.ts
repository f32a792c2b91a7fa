import type { ErrorCode } from './result';

/** A corpus folder a workspace uses; reopening the workspace restores them. */
export type WorkspaceFolder = { path: string; addedAt: string };

/** What the title bar and Edit menu need to know about the open workspace. */
export type WorkspaceInfo = {
  file: string;
  name: string;
  readOnly: boolean;
  schemaVersion: number;
  folders: WorkspaceFolder[];
  undoLabel: string | null;
  redoLabel: string | null;
};

/** A row an undo or redo touched, so views can refresh just that. */
export type ChangedRow = { table: string; key: string };

/** What an undo or redo did, e.g. `{ label: 'Edit tags of Q3', … }`. */
export type UndoResult = { action: 'undo' | 'redo'; label: string; changed: ChangedRow[] };

/** An automatic backup of a workspace, newest first in listings. */
export type BackupInfo = { path: string; createdAt: string; size: number };

/**
 * Why the workspace could not be opened (damaged, locked by another Parley, unreadable): the app
 * keeps running without one and offers `backups` (newest first) or a new workspace.
 */
export type WorkspaceProblem = {
  code: ErrorCode;
  message: string;
  /** The workspace that failed to open. */
  file: string;
  backups: BackupInfo[];
};

/**
 * The open workspace as `workspace:info` reports it. When `problem` is set no workspace is open:
 * `file`/`name` name the one that failed, folders are empty, counts 0 and undo/redo labels null.
 */
export type WorkspaceState = WorkspaceInfo & { problem: WorkspaceProblem | null };

/** A workspace opened before, for File › Open Recent; `exists` is false once the file is gone. */
export type RecentWorkspace = { file: string; name: string; exists: boolean };

/** Which native file dialog `workspace:pick` shows: open an existing file, or name a new one. */
export type WorkspacePickPurpose = 'open' | 'new' | 'save-as';

/** The parts of a workspace a change can touch; each renderer slice refreshes only its own. */
export type WorkspaceArea =
  'quotes' | 'folders' | 'corrections' | 'origins' | 'variants' | 'outlets' | 'matrix' | 'briefing';

/** Every area, for a change that replaces the whole workspace (open, problem). */
export const allWorkspaceAreas: readonly WorkspaceArea[] = [
  'quotes',
  'folders',
  'corrections',
  'origins',
  'variants',
  'outlets',
  'matrix',
  'briefing',
];

/** Why `workspace:changed` fired, what it touched, and the workspace as it now stands. */
export type WorkspaceChange = {
  reason: 'edit' | 'undo' | 'redo' | 'open' | 'verify' | 'problem';
  /** The edit's label ("Edit tags of Q3") for edit/undo/redo, else null. */
  label: string | null;
  /** The areas whose data changed; a slice showing none of them has nothing to fetch. */
  areas: WorkspaceArea[];
  /** The workspace after the change (undo labels, counts), so no one asks `workspace:info`. */
  state: WorkspaceState;
};
