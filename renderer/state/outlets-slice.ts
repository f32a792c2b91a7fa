import type {
  GradeRequest,
  NotebookFormat,
  NotebookImportRequest,
  NotebookImportResult,
  Outlet,
  OutletDetail,
  OutletEdit,
  TrackRecordRequest,
} from '../../shared/outlets';
import type { WorkspaceChange } from '../../shared/workspace';
import { exportMimeTypes, type QuoteExportOutcome } from './quotes-slice';
import type { AsyncStatus, SliceCreator } from './store-types';

/** Saved by the host's dialog, or text for the page to download (as the quotes export). */
export type NotebookExportOutcome = QuoteExportOutcome;

/** The file name offered for a notebook export: "Default outlets.csv". */
export const notebookExportFileName = (workspaceName: string, format: NotebookFormat): string =>
  `${workspaceName} outlets.${format}`;

export type OutletsSlice = {
  outletsList: Outlet[];
  outletsStatus: AsyncStatus;
  /** Why the last edit, grade, record change or import was refused; null after a success. */
  outletsError: string | null;
  /** The outlet the pane shows in detail (its canonical name), or null for the list. */
  outletsOpenName: string | null;
  outletsDetail: OutletDetail | null;
  /** What the last import did, until the next import or dismissal. */
  outletsImportResult: NotebookImportResult | null;
  refreshOutlets: () => Promise<void>;
  /** Opens (or with null closes) one outlet's detail: grade history, track record, articles. */
  openOutlet: (name: string | null) => Promise<void>;
  /** Add, rename, merge, split, re-alias, describe or remove: one undoable edit; answers whether it was stored. */
  editOutlet: (edit: OutletEdit) => Promise<boolean>;
  gradeOutlet: (request: GradeRequest) => Promise<boolean>;
  addOutletRecord: (request: TrackRecordRequest) => Promise<boolean>;
  removeOutletRecord: (name: string, id: string) => Promise<boolean>;
  exportOutlets: (format: NotebookFormat) => Promise<NotebookExportOutcome | null>;
  importOutlets: (request: NotebookImportRequest) => Promise<boolean>;
  outletsWorkspaceChanged: (change: WorkspaceChange) => void;
  dismissOutletsError: () => void;
  dismissOutletsImport: () => void;
};

/** Where an edit leaves the open outlet: renamed or merged away, the pane follows it. */
function openAfter(edit: OutletEdit, open: string | null): string | null {
  if (open === null || edit.name !== open) return open;
  if (edit.kind === 'rename') return edit.to;
  if (edit.kind === 'merge') return edit.into;
  if (edit.kind === 'remove') return null;
  return open;
}

/**
 * The outlet-reliability notebook: the list with statistics, the open outlet's detail, and every
 * edit (each one undoable in the workspace). Statistics derive from the corpus, origins and
 * corrections, so changes there reload it too.
 */
export const createOutletsSlice: SliceCreator<OutletsSlice> =
  ({ api }) =>
  (set, get) => {
    // The latest request of each kind wins: a slow answer never overwrites a newer one.
    const latest = { list: 0, detail: 0 };

    const takeDetail = (detail: OutletDetail) => {
      latest.detail++;
      set({ outletsDetail: detail, outletsOpenName: detail.name, outletsError: null });
    };

    const refused = (message: string) => {
      set({ outletsError: message });
      return false;
    };

    return {
      outletsList: [],
      outletsStatus: 'idle',
      outletsError: null,
      outletsOpenName: null,
      outletsDetail: null,
      outletsImportResult: null,

      refreshOutlets: async () => {
        const mine = ++latest.list;
        set({ outletsStatus: 'loading' });
        const result = await api.invoke('outlets:list', {});
        if (mine !== latest.list) return;
        if (!result.ok) {
          set({ outletsStatus: 'error', outletsError: result.error.message });
          return;
        }
        set({ outletsList: result.value, outletsStatus: 'ready' });
        const open = get().outletsOpenName;
        if (open !== null) void get().openOutlet(open);
      },

      openOutlet: async (name) => {
        const mine = ++latest.detail;
        if (name === null) {
          set({ outletsOpenName: null, outletsDetail: null });
          return;
        }
        if (get().outletsDetail?.name !== name) set({ outletsDetail: null });
        set({ outletsOpenName: name });
        const result = await api.invoke('outlets:get', { name });
        if (mine !== latest.detail) return;
        // Gone (an undo removed it): back to the list.
        if (!result.ok) set({ outletsOpenName: null, outletsDetail: null });
        else set({ outletsDetail: result.value, outletsOpenName: result.value.name });
      },

      editOutlet: async (edit) => {
        const result = await api.invoke('outlets:edit', edit);
        if (!result.ok) return refused(result.error.message);
        latest.list++;
        const open = openAfter(edit, get().outletsOpenName);
        set({ outletsList: result.value, outletsStatus: 'ready', outletsError: null });
        void get().openOutlet(open);
        return true;
      },

      gradeOutlet: async (request) => {
        const result = await api.invoke('outlets:grade', request);
        if (!result.ok) return refused(result.error.message);
        takeDetail(result.value);
        const { grade } = result.value;
        get().announce(
          grade?.grade
            ? `Graded ${result.value.name} ${grade.grade}`
            : `Withdrew the grade of ${result.value.name}`,
        );
        return true;
      },

      addOutletRecord: async (request) => {
        const result = await api.invoke('outlets:record-add', request);
        if (!result.ok) return refused(result.error.message);
        takeDetail(result.value);
        get().announce(`Added to the track record of ${result.value.name}`);
        return true;
      },

      removeOutletRecord: async (name, id) => {
        const result = await api.invoke('outlets:record-remove', { name, id });
        if (!result.ok) return refused(result.error.message);
        takeDetail(result.value);
        get().announce(`Removed ${id} from the track record of ${result.value.name}`);
        return true;
      },

      exportOutlets: async (format) => {
        const label = format.toUpperCase();
        const saved = await api.invoke('outlets:save-export', { format });
        if (!saved.ok) {
          get().announce(`Could not export the notebook: ${saved.error.message}`);
          return null;
        }
        if (saved.value !== null) {
          get().announce(`Saved the notebook as ${label} to ${saved.value}`);
          return { kind: 'saved', path: saved.value };
        }
        // Electron answers null only when the analyst cancelled its dialog.
        if (get().hostHasDialogs) return null;
        const text = await api.invoke('outlets:export', { format });
        if (!text.ok) {
          get().announce(`Could not export the notebook: ${text.error.message}`);
          return null;
        }
        get().announce(`Exported the notebook as ${label}`);
        return {
          kind: 'download',
          fileName: notebookExportFileName(get().workspaceState?.name || 'Parley', format),
          text: text.value,
          mime: exportMimeTypes[format],
        };
      },

      importOutlets: async (request) => {
        set({ outletsImportResult: null });
        const result = await api.invoke('outlets:import', request);
        if (!result.ok) return refused(result.error.message);
        set({ outletsImportResult: result.value, outletsError: null });
        return true;
      },

      outletsWorkspaceChanged: (change) => {
        if (change.reason === 'open' || change.reason === 'problem')
          set({ outletsOpenName: null, outletsDetail: null, outletsImportResult: null });
        // Grades and records are the notebook's; statistics derive from origins, corrections and folders.
        if (
          !change.areas.some((area) =>
            ['outlets', 'origins', 'corrections', 'folders'].includes(area),
          )
        )
          return;
        void get().refreshOutlets();
        // Search filtered by grade keeps other hits once a grade changes.
        if (change.areas.includes('outlets') && get().searchGrades.length > 0)
          void get().runSearch();
      },

      dismissOutletsError: () => set({ outletsError: null }),
      dismissOutletsImport: () => set({ outletsImportResult: null }),
    };
  };
