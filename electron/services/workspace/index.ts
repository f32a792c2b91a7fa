export { openWorkspace, createWorkspace, maxHistory } from './workspace';
export type { Workspace, EditTx, OpenOptions, Row } from './workspace';
export { listBackups, restoreBackup, writeBackup, defaultBackupDir, keepBackups } from './backups';
export { latestSchemaVersion, migrate, migrations, schemaVersion } from './migrations';
export { isLocked } from './lock-file';
export { storageError } from './storage-errors';
export { whyNotWorkspace } from './workspace-probe';
