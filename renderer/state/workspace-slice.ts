import type {
  RecentWorkspace,
  WorkspaceChange,
  WorkspacePickPurpose,
  WorkspaceState,
} from '../../shared/workspace';
import type { Result } from '../../shared/result';
import type { AsyncStatus, SliceCreator } from './store-types';

export type WorkspaceSlice = {
  /** The open workspace, or the problem that kept it from opening; null until first asked. */
  workspaceState: WorkspaceState | null;
  workspaceStatus: AsyncStatus;
  workspaceRecent: RecentWorkspace[];
  workspaceBusy: boolean;
  workspaceError: string | null;
  /** The typed "Workspace file" form, shown when the host has no native file dialog. */
  workspaceForm: WorkspacePickPurpose | null;
  /** The typed file already exists: Save As asks before replacing it. */
  workspaceConfirmReplace: string | null;
  refreshWorkspace: () => Promise<void>;
  refreshRecent: () => Promise<void>;
  /** New…, Open…, Save As…: the host's dialog, else the typed path form. */
  chooseWorkspace: (purpose: WorkspacePickPurpose) => Promise<void>;
  submitWorkspaceFile: (
    purpose: WorkspacePickPurpose,
    file: string,
    overwrite?: boolean,
  ) => Promise<void>;
  closeWorkspaceForm: () => void;
  /** Puts the newest backup of the damaged workspace in its place and opens it. */
  restoreLatestBackup: () => Promise<void>;
  undoWorkspace: () => Promise<void>;
  redoWorkspace: () => Promise<void>;
  /** Edit › Undo / Redo from the Electron menu: text fields undo their typing, else the workspace. */
  routeMenuUndo: (action: 'undo' | 'redo') => void;
  /** A workspace:changed push: take the workspace's new state; a new workspace changes the recents. */
  workspaceChanged: (change: WorkspaceChange) => void;
};

/** A menu undo arriving this soon after a keyboard one is the same key press seen twice. */
const DUPLICATE_MS = 400;

/** The open workspace file: open/new/save-as, recent files, recovery, and undo/redo. */
export const createWorkspaceSlice: SliceCreator<WorkspaceSlice> =
  ({ api, undoInFocusedField }) =>
  (set, get) => {
    let infoSequence = 0;
    let lastUndoAt = 0;

    /**
     * Takes a new open workspace. The workspace:changed push that every switch raises (reason
     * "open", all areas) tells each slice to reload what lives in it.
     */
    const switched = (state: WorkspaceState): void => {
      infoSequence += 1;
      set({
        workspaceState: state,
        workspaceStatus: 'ready',
        workspaceForm: null,
        workspaceConfirmReplace: null,
        workspaceError: null,
      });
    };

    const run = async (
      call: () => Promise<Result<WorkspaceState>>,
      onConflict?: () => void,
    ): Promise<void> => {
      set({ workspaceBusy: true, workspaceError: null });
      const result = await call();
      set({ workspaceBusy: false });
      if (result.ok) {
        switched(result.value);
        if (result.value.problem) get().announce(result.value.problem.message);
        return;
      }
      if (result.error.code === 'conflict' && onConflict) onConflict();
      set({ workspaceError: result.error.message });
    };

    const step = async (action: 'undo' | 'redo'): Promise<void> => {
      lastUndoAt = Date.now();
      const result = await api.invoke(action === 'undo' ? 'workspace:undo' : 'workspace:redo', {});
      if (!result.ok) {
        get().announce(`Could not ${action}: ${result.error.message}`);
        return;
      }
      if (result.value === null) {
        get().announce(action === 'undo' ? 'Nothing to undo' : 'Nothing to redo');
        return;
      }
      get().dismissDeleted();
      // The workspace:changed push that follows says what to reload.
      get().announce(`${action === 'undo' ? 'Undid' : 'Redid'} ${result.value.label}`);
    };

    return {
      workspaceState: null,
      workspaceStatus: 'idle',
      workspaceRecent: [],
      workspaceBusy: false,
      workspaceError: null,
      workspaceForm: null,
      workspaceConfirmReplace: null,

      refreshWorkspace: async () => {
        infoSequence += 1;
        const mine = infoSequence;
        const result = await api.invoke('workspace:info', {});
        if (mine !== infoSequence) return;
        if (result.ok) set({ workspaceState: result.value, workspaceStatus: 'ready' });
        else set({ workspaceStatus: 'error', workspaceError: result.error.message });
      },

      refreshRecent: async () => {
        const result = await api.invoke('workspace:recent', {});
        if (result.ok) set({ workspaceRecent: result.value });
      },

      chooseWorkspace: async (purpose) => {
        set({ workspaceError: null, workspaceConfirmReplace: null });
        const picked = await api.invoke('workspace:pick', { purpose });
        if (picked.ok && picked.value !== null) {
          // A native dialog already asked before replacing a file.
          await get().submitWorkspaceFile(purpose, picked.value, true);
          return;
        }
        // null from a native dialog is a cancel; from the browser host it means "ask for a path".
        if (picked.ok && get().hostHasDialogs) return;
        set({ workspaceForm: purpose });
      },

      submitWorkspaceFile: async (purpose, file, overwrite = false) => {
        const trimmed = file.trim();
        if (!trimmed) {
          set({ workspaceError: 'Type the path of a workspace file.' });
          return;
        }
        if (purpose === 'open') {
          await run(() => api.invoke('workspace:open', { file: trimmed }));
        } else if (purpose === 'new') {
          await run(() => api.invoke('workspace:new', { file: trimmed }));
        } else {
          await run(
            () => api.invoke('workspace:save-as', { file: trimmed, overwrite }),
            () => set({ workspaceConfirmReplace: trimmed }),
          );
        }
      },

      closeWorkspaceForm: () =>
        set({ workspaceForm: null, workspaceError: null, workspaceConfirmReplace: null }),

      restoreLatestBackup: async () => {
        const problem = get().workspaceState?.problem;
        const backup = problem?.backups[0];
        if (!problem || !backup) {
          set({ workspaceError: 'There is no backup of this workspace to restore.' });
          return;
        }
        await run(() =>
          api.invoke('workspace:restore', { backup: backup.path, file: problem.file }),
        );
      },

      undoWorkspace: () => step('undo'),
      redoWorkspace: () => step('redo'),

      routeMenuUndo: (action) => {
        if (Date.now() - lastUndoAt < DUPLICATE_MS) return;
        // The menu took the key press from a text field: hand it back to the field's own history.
        if (undoInFocusedField(action)) return;
        void step(action);
      },

      workspaceChanged: (change) => {
        // Newer than any workspace:info answer still on its way.
        infoSequence += 1;
        set({ workspaceState: change.state, workspaceStatus: 'ready' });
        if (change.reason === 'open' || change.reason === 'problem') void get().refreshRecent();
      },
    };
  };
