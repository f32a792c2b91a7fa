import type { Briefing, BriefingDocument, BriefingExportFormat } from '../../shared/briefing';
import type { BriefingExportProgress, BriefingSummary } from '../../shared/briefings';
import type { WorkspaceChange } from '../../shared/workspace';
import type { AsyncStatus, SliceCreator } from './store-types';

/** What an export led to: saved by the host's dialog, or bytes for the page to download. */
export type BriefingExportOutcome =
  | { kind: 'saved'; path: string }
  | { kind: 'download'; fileName: string; mime: string; base64: string };

export type BriefingSlice = {
  briefingList: BriefingSummary[];
  briefingListStatus: AsyncStatus;
  /** The briefing open in the pane; null before one is chosen. */
  briefingOpenId: string | null;
  briefingName: string;
  /** The open briefing as the analyst last typed it (ahead of the workspace while a save waits). */
  briefingDraft: Briefing | null;
  /** Edits not yet stored; autosave stores them shortly after the last one. */
  briefingUnsaved: boolean;
  /** Why the last save, rename or delete was refused; null after a success. */
  briefingError: string | null;
  /** The draft resolved against the workspace: citations numbered, sections filled. */
  briefingPreview: BriefingDocument | null;
  briefingPreviewError: string | null;
  briefingExportProgress: BriefingExportProgress | null;
  refreshBriefings: () => Promise<void>;
  openBriefing: (id: string) => Promise<void>;
  /** Creates a briefing called `name` (a title and today's date to start from) and opens it. */
  createBriefing: (name: string, asOf: string) => Promise<boolean>;
  /** Changes the open draft; autosave stores it and the preview follows. */
  editBriefing: (change: (draft: Briefing) => Briefing) => void;
  renameBriefing: (name: string) => Promise<boolean>;
  deleteBriefing: (id: string) => Promise<void>;
  /** Stores pending edits now (before an export, a switch, closing). */
  flushBriefing: () => Promise<void>;
  /** The open briefing (none open: the default one) saved by the host's dialog or handed back to download. */
  exportBriefing: (format: BriefingExportFormat) => Promise<BriefingExportOutcome | null>;
  setBriefingProgress: (progress: BriefingExportProgress) => void;
  dismissBriefingError: () => void;
  /** A workspace:changed push: reload briefings (undo, another workspace) and the preview (quotes). */
  briefingWorkspaceChanged: (change: WorkspaceChange) => void;
};

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The Briefing pane's state: the workspace's briefings, the open draft with autosave, its preview. */
export const createBriefingSlice: SliceCreator<BriefingSlice> =
  ({ api, debounceMs, autosaveMs }) =>
  (set, get) => {
    let listSequence = 0;
    let previewSequence = 0;
    let openSequence = 0;
    /** Bumped by every local edit: a save's answer must not replace a draft typed after it was sent. */
    let editNumber = 0;
    let saveTimer: ReturnType<typeof setTimeout> | null = null;
    let previewTimer: ReturnType<typeof setTimeout> | null = null;
    /** The save in flight; the next one waits for it, so saves reach the workspace in order. */
    let saving: Promise<void> = Promise.resolve();

    const schedulePreview = (delay: number): void => {
      if (previewTimer) clearTimeout(previewTimer);
      previewTimer = setTimeout(() => {
        previewTimer = null;
        void loadPreview();
      }, delay);
    };
    const loadPreview = async (): Promise<void> => {
      const draft = get().briefingDraft;
      const mine = ++previewSequence;
      if (!draft) {
        set({ briefingPreview: null, briefingPreviewError: null });
        return;
      }
      const result = await api.invoke('briefing:preview', { draft });
      if (mine !== previewSequence) return;
      if (result.ok) set({ briefingPreview: result.value, briefingPreviewError: null });
      else set({ briefingPreviewError: result.error.message });
    };

    const save = (): Promise<void> => {
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = null;
      saving = saving.then(async () => {
        const { briefingOpenId: id, briefingDraft: draft, briefingName: name } = get();
        if (!id || !draft || !get().briefingUnsaved) return;
        const sent = editNumber;
        const result = await api.invoke('briefing:save', { id, name, briefing: draft });
        if (get().briefingOpenId !== id) return;
        if (!result.ok) {
          // The draft stays as typed: nothing the analyst wrote is thrown away.
          set({ briefingError: result.error.message });
          return;
        }
        const summary = {
          id,
          name: result.value.name,
          title: draft.title,
          updatedAt: result.value.updatedAt,
        };
        set({
          briefingUnsaved: editNumber !== sent,
          briefingError: null,
          briefingList: get().briefingList.map((b) => (b.id === id ? summary : b)),
        });
      });
      return saving;
    };

    const show = (id: string | null, name: string, draft: Briefing | null): void => {
      editNumber += 1;
      set({
        briefingOpenId: id,
        briefingName: name,
        briefingDraft: draft,
        briefingUnsaved: false,
        briefingError: null,
      });
      schedulePreview(0);
    };

    return {
      briefingList: [],
      briefingListStatus: 'idle',
      briefingOpenId: null,
      briefingName: '',
      briefingDraft: null,
      briefingUnsaved: false,
      briefingError: null,
      briefingPreview: null,
      briefingPreviewError: null,
      briefingExportProgress: null,

      refreshBriefings: async () => {
        const mine = ++listSequence;
        if (get().briefingListStatus === 'idle') set({ briefingListStatus: 'loading' });
        const result = await api.invoke('briefing:list', {});
        if (mine !== listSequence) return;
        if (!result.ok) {
          set({ briefingListStatus: 'error', briefingError: result.error.message });
          return;
        }
        set({ briefingList: result.value, briefingListStatus: 'ready' });
        const open = get().briefingOpenId;
        const still = result.value.find((b) => b.id === open) ?? null;
        if (open && !still) show(null, '', null);
        if (!get().briefingOpenId && result.value[0]) await get().openBriefing(result.value[0].id);
      },

      openBriefing: async (id) => {
        if (get().briefingOpenId !== id) await get().flushBriefing();
        const mine = ++openSequence;
        const result = await api.invoke('briefing:get', { id });
        if (mine !== openSequence) return;
        if (!result.ok) {
          set({ briefingError: result.error.message });
          return;
        }
        const current = get();
        // An undo or another window changed it: show the workspace's version unless edits are pending.
        if (current.briefingOpenId === id && current.briefingUnsaved) return;
        if (
          current.briefingOpenId === id &&
          current.briefingName === result.value.name &&
          sameJson(current.briefingDraft, result.value.briefing)
        )
          return;
        show(id, result.value.name, result.value.briefing);
      },

      createBriefing: async (rawName, asOf) => {
        await get().flushBriefing();
        const name = rawName.trim();
        const briefing: Briefing = {
          title: name || 'Briefing',
          asOf,
          handling: null,
          bottomLine: '',
          judgments: [],
          sections: [{ kind: 'key-quotes', quoteIds: null }],
        };
        const result = await api.invoke('briefing:save', { name, briefing });
        if (!result.ok) {
          set({ briefingError: result.error.message });
          return false;
        }
        listSequence += 1;
        const { id, updatedAt } = result.value;
        set({
          briefingList: [
            ...get().briefingList,
            { id, name: result.value.name, title: briefing.title, updatedAt },
          ].sort((a, b) => a.name.localeCompare(b.name)),
          briefingListStatus: 'ready',
        });
        show(id, result.value.name, result.value.briefing);
        get().announce(`Created briefing ${result.value.name}`);
        return true;
      },

      editBriefing: (change) => {
        const draft = get().briefingDraft;
        if (!draft) return;
        editNumber += 1;
        set({ briefingDraft: change(draft), briefingUnsaved: true });
        if (saveTimer) clearTimeout(saveTimer);
        saveTimer = setTimeout(() => void save(), autosaveMs);
        schedulePreview(debounceMs);
      },

      renameBriefing: async (raw) => {
        const previous = get().briefingName;
        const name = raw.trim();
        if (!get().briefingOpenId || name === previous) return true;
        set({ briefingName: name, briefingUnsaved: true });
        await save();
        if (get().briefingError) {
          set({ briefingName: previous });
          return false;
        }
        get().announce(`Renamed briefing to ${name}`);
        return true;
      },

      deleteBriefing: async (id) => {
        if (saveTimer) clearTimeout(saveTimer);
        saveTimer = null;
        await saving;
        const result = await api.invoke('briefing:delete', { id });
        if (!result.ok) {
          set({ briefingError: result.error.message });
          return;
        }
        listSequence += 1;
        const name = get().briefingList.find((b) => b.id === id)?.name ?? id;
        set({ briefingList: result.value });
        if (get().briefingOpenId === id) {
          show(null, '', null);
          const next = result.value[0];
          if (next) await get().openBriefing(next.id);
        }
        get().announce(`Deleted briefing ${name} (undo brings it back)`);
      },

      flushBriefing: () => save(),

      exportBriefing: async (format) => {
        await get().flushBriefing();
        const id = get().briefingOpenId ?? undefined;
        const request = id ? { id, format } : { format };
        const label = format.toUpperCase();
        const saved = await api.invoke('briefing:save-export', request);
        if (!saved.ok) {
          get().announce(`Could not export: ${saved.error.message}`);
          return null;
        }
        if (saved.value !== null) {
          get().announce(`Saved ${label} to ${saved.value}`);
          return { kind: 'saved', path: saved.value };
        }
        // Electron answers null only when the analyst cancelled its dialog.
        if (get().hostHasDialogs) return null;
        const file = await api.invoke('briefing:export', request);
        if (!file.ok) {
          get().announce(`Could not export: ${file.error.message}`);
          return null;
        }
        get().announce(`Exported ${file.value.fileName}`);
        return { kind: 'download', ...file.value };
      },

      setBriefingProgress: (progress) => set({ briefingExportProgress: progress }),

      dismissBriefingError: () => set({ briefingError: null }),

      briefingWorkspaceChanged: (change) => {
        if (change.reason === 'open' || change.reason === 'problem') {
          if (saveTimer) clearTimeout(saveTimer);
          saveTimer = null;
          show(null, '', null);
          set({ briefingList: [], briefingListStatus: 'idle' });
          void get().refreshBriefings();
          return;
        }
        if (change.areas.includes('briefing')) {
          void get().refreshBriefings();
          const open = get().briefingOpenId;
          // Our own autosave needs no reload; an undo or redo does.
          if (open && change.reason !== 'edit') void get().openBriefing(open);
        }
        if (change.areas.includes('quotes')) schedulePreview(0);
      },
    };
  };
