/** A corpus folder a workspace uses; reopening the workspace restores them. */
export type WorkspaceFolder = { path: string; addedAt: string };

/** What the title bar and Edit menu need to know about the open workspace. */
export type WorkspaceInfo = {
  file: string;
  name: string;
  readOnly: boolean;
  schemaVersion: number;
  folders: WorkspaceFolder[];
  quoteCount: number;
  undoLabel: string | null;
  redoLabel: string | null;
};

/** A row an undo or redo touched, so views can refresh just that. */
export type ChangedRow = { table: string; key: string };

/** What an undo or redo did, e.g. `{ label: 'Edit tags of Q3', … }`. */
export type UndoResult = { action: 'undo' | 'redo'; label: string; changed: ChangedRow[] };

/** An automatic backup of a workspace, newest first in listings. */
export type BackupInfo = { path: string; createdAt: string; size: number };
