import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import {
  allWorkspaceAreas,
  type BackupInfo,
  type RecentWorkspace,
  type UndoResult,
  type WorkspaceArea,
  type WorkspaceChange,
  type WorkspaceProblem,
  type WorkspaceState,
} from '../../../shared/workspace';
import { DomainError } from '../errors';
import type { EventBus } from '../events/event-bus';
import { canonicalPath } from '../platform/canonical-path';
import {
  createWorkspace,
  listBackups,
  openWorkspace,
  restoreBackup,
  type Workspace,
} from '../workspace';
import { findSeedsDir } from './app-root';
import { removeCopyLeftovers } from './copy-leftovers';
import { loadSettings, saveSettings, type Settings } from './settings-store';
import {
  copyWorkspace,
  defaultWorkspaceFile,
  describeRecent,
  problemFrom,
  problemState,
  withRecent,
  workspaceBackupDir,
  workspaceName,
  workspacePath,
} from './workspace-files';

export type SessionOptions = {
  /** Where settings.json, the default workspace and its backups live (the app's user-data folder). */
  dataDir: string;
  /** Folders registered on first run (fresh data dir); defaults to the app's `seeds/`. */
  corpora?: string[];
  /** How often a long session checks whether the daily backup is due (default: hourly). */
  backupCheckMs?: number;
};

/** What the other areas do when the session moves: set once the areas are built. */
export type SessionHooks = {
  /** The open workspace's folder list may differ from what is indexed (switch, undo, restore). */
  foldersChanged(): void;
  /** A workspace was opened or switched to; its quotes deserve a fresh check. */
  opened(): void;
};

/** Which workspace is open (or why none is), the settings that remember it, and the undo history. */
export type Session = {
  /** The open workspace, or null while a problem keeps it closed. */
  workspace(): Workspace | null;
  /** The open workspace; throws the problem's DomainError when none is open. */
  current(): Workspace;
  /** workspace:info — the open workspace, or the problem that kept it from opening. */
  state(): WorkspaceState;
  /** Tells every view what changed and how the workspace now stands, in one push. */
  announce(
    reason: WorkspaceChange['reason'],
    label: string | null,
    areas: readonly WorkspaceArea[],
  ): void;
  /** Announces an edit of `area` labelled with the workspace's newest undo step. */
  /** Announces an edit of `area` (and of the `also` areas it reached, e.g. links to a deleted quote). */
  edited(area: WorkspaceArea, ...also: WorkspaceArea[]): void;
  attach(hooks: SessionHooks): void;
  newWorkspace(file: string): Promise<WorkspaceState>;
  /** Switches workspace; the hooks re-register its folders. */
  openWorkspace(file: string): Promise<WorkspaceState>;
  /** Copies the open workspace to `file` and switches to the copy. */
  saveWorkspaceAs(file: string, overwrite?: boolean): Promise<WorkspaceState>;
  recentWorkspaces(): RecentWorkspace[];
  undo(): UndoResult | null;
  redo(): UndoResult | null;
  /** Backups of `file`, else of the open (or failed) workspace. */
  workspaceBackups(file?: string): BackupInfo[];
  /** Puts a backup of `file` in its place and opens it. */
  restoreWorkspace(backup: string, file: string): Promise<WorkspaceState>;
  /** Closes the workspace and waits for the last settings write. */
  close(): Promise<void>;
};

const hour = 60 * 60 * 1000;
const noHooks: SessionHooks = { foldersChanged: () => undefined, opened: () => undefined };

/**
 * Opens the last workspace (or the data dir's default, seeded with first-run folders). A damaged
 * one leaves the session in a "workspace problem" state rather than blank or crashed.
 */
export async function openSession(options: SessionOptions, bus: EventBus): Promise<Session> {
  const dataDir = resolve(options.dataDir);
  const settingsFile = join(dataDir, 'settings.json');
  const defaultFile = defaultWorkspaceFile(dataDir);
  const backupDir = workspaceBackupDir(dataDir);
  let ws: Workspace | null = null;
  let problem: WorkspaceProblem | null = null;
  let hooks = noHooks;
  let settingsWrite: Promise<void> = Promise.resolve();

  const loaded = await loadSettings(settingsFile);
  const settings: Settings = loaded.settings;
  /** Settings hold only conveniences (last and recent workspaces), so a failed write is not fatal. */
  const persist = (): Promise<void> => {
    const snapshot: Settings = { ...settings, recent: [...settings.recent] };
    settingsWrite = settingsWrite
      .then(() => saveSettings(settingsFile, snapshot))
      .catch(() => undefined);
    return settingsWrite;
  };
  const remember = (file: string): void => {
    settings.workspace = file === defaultFile ? null : file;
    settings.recent = withRecent(settings.recent, file);
  };

  const current = (): Workspace => {
    if (ws) return ws;
    throw new DomainError(problem?.code ?? 'internal', problem?.message ?? 'No workspace is open.');
  };
  const state = (): WorkspaceState => {
    if (ws) return { ...ws.info(), problem: null };
    return problemState(
      problem ?? { code: 'internal', message: 'No workspace is open.', file: '', backups: [] },
    );
  };
  const announce: Session['announce'] = (reason, label, areas) =>
    bus.emit('workspace:changed', { reason, label, areas: [...areas], state: state() });

  const switchTo = async (next: Workspace): Promise<WorkspaceState> => {
    const previous = ws;
    ws = next;
    problem = null;
    if (previous && previous !== next) previous.close();
    remember(next.file);
    hooks.foldersChanged();
    announce('open', null, allWorkspaceAreas);
    hooks.opened();
    await persist();
    return state();
  };

  const step = (action: 'undo' | 'redo'): UndoResult | null => {
    const target = current();
    const result = action === 'undo' ? target.undo() : target.redo();
    if (result) {
      const areas = areasTouched(result.changed.map((c) => c.table));
      if (areas.includes('folders')) hooks.foldersChanged();
      announce(action, result.label, areas);
    }
    return result;
  };

  {
    const last = settings.workspace;
    const file = last && existsSync(last) ? last : defaultFile;
    try {
      if (file === defaultFile && !existsSync(defaultFile)) {
        // First run of this data dir, or the first since folders moved from settings.json into the workspace.
        const seeds = findSeedsDir();
        const firstRun = loaded.fresh
          ? (options.corpora ?? (seeds ? [seeds] : []))
          : settings.folders;
        const initial = [...new Set(await Promise.all(firstRun.map(canonicalPath)))];
        await mkdir(dataDir, { recursive: true });
        ws = createWorkspace(defaultFile, { backupDir });
        ws.seedFolders(initial);
      } else {
        ws = openWorkspace(file, { backupDir });
      }
      settings.folders = [];
      remember(ws.file);
    } catch (error) {
      ws = null;
      problem = problemFrom(error, file, backupDir);
    }
    // A save-as killed mid-copy leaves a hidden temporary file; most land in one of these folders.
    for (const folder of new Set([dataDir, dirname(file)])) removeCopyLeftovers(folder);
    await persist();
  }

  const backupTimer = setInterval(() => {
    try {
      ws?.backupIfDue();
    } catch {
      // A failed backup is recorded in the workspace's warnings; the session goes on.
    }
  }, options.backupCheckMs ?? hour);
  backupTimer.unref();

  return {
    workspace: () => ws,
    current,
    state,
    announce,
    edited: (area, ...also) => announce('edit', ws?.info().undoLabel ?? null, [area, ...also]),
    attach(next) {
      hooks = next;
    },
    async newWorkspace(file) {
      return switchTo(createWorkspace(workspacePath(dataDir, file), { backupDir }));
    },
    async openWorkspace(file) {
      const target = workspacePath(dataDir, file);
      if (ws?.file === target) return state();
      let next: Workspace;
      try {
        next = openWorkspace(target, { backupDir });
      } catch (error) {
        // Retrying the workspace that failed at start refreshes what the problem screen shows.
        if (!ws && problem?.file === target) problem = problemFrom(error, target, backupDir);
        throw error;
      }
      return switchTo(next);
    },
    async saveWorkspaceAs(file, overwrite = false) {
      const source = current();
      const target = workspacePath(dataDir, file);
      copyWorkspace(source, target, overwrite);
      return switchTo(openWorkspace(target, { backupDir }));
    },
    recentWorkspaces: () => describeRecent(settings.recent),
    undo: () => step('undo'),
    redo: () => step('redo'),
    workspaceBackups(file) {
      const target = file ? workspacePath(dataDir, file) : (ws?.file ?? problem?.file);
      return target ? listBackups(target, backupDir) : [];
    },
    async restoreWorkspace(backup, file) {
      const target = workspacePath(dataDir, file);
      const chosen = resolve(backup);
      // Only Parley's own backups of this workspace may be copied over it.
      if (!listBackups(target, backupDir).some((b) => b.path === chosen)) {
        throw new DomainError(
          'not-found',
          `${basename(chosen)} is not a backup of ${workspaceName(target)}.`,
        );
      }
      const wasOpen = ws?.file === target;
      if (wasOpen) {
        ws?.close();
        ws = null;
      }
      try {
        restoreBackup(chosen, target);
        return await switchTo(openWorkspace(target, { backupDir }));
      } catch (error) {
        if (wasOpen && !ws) {
          try {
            ws = openWorkspace(target, { backupDir });
          } catch (reopenError) {
            problem = problemFrom(reopenError, target, backupDir);
            hooks.foldersChanged();
            announce('problem', null, allWorkspaceAreas);
          }
        }
        throw error;
      }
    },
    async close() {
      clearInterval(backupTimer);
      hooks = noHooks;
      ws?.close();
      ws = null;
      await settingsWrite;
    },
  };
}

/** The workspace areas an edit's tables belong to (an undo names the tables it restored). */
export function areasTouched(tables: readonly string[]): WorkspaceArea[] {
  const areas = new Set<WorkspaceArea>();
  for (const table of tables) {
    if (table === 'corpus_folders') areas.add('folders');
    else if (table.startsWith('quote')) areas.add('quotes');
    else if (table === 'article_corrections') areas.add('corrections');
    else if (table === 'origin_decisions') areas.add('origins');
    else if (table === 'analyst_variants') areas.add('variants');
    else if (table.startsWith('outlet')) areas.add('outlets');
    else if (table.startsWith('matrix')) areas.add('matrix');
    else if (table.startsWith('briefing')) areas.add('briefing');
  }
  return [...areas];
}
