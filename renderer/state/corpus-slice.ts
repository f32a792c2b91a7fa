import type { CorpusFacets, CorpusFolder } from '../../shared/corpus';
import type { WorkspaceChange } from '../../shared/workspace';
import type { ErrorCode, Result } from '../../shared/result';
import type { IndexProgress } from '../../shared/search';
import type { AsyncStatus, SliceCreator } from './store-types';

export type CorpusSlice = {
  corpusFolders: CorpusFolder[];
  corpusStatus: AsyncStatus;
  corpusError: string | null;
  /** A folder big enough that the analyst must confirm indexing it, with the reason shown. */
  corpusConfirmLarge: { path: string; message: string } | null;
  /** Adding, removing or re-indexing in flight. */
  corpusBusy: boolean;
  corpusProgress: IndexProgress | null;
  corpusFacets: CorpusFacets;
  refreshCorpus: () => Promise<void>;
  refreshFacets: () => Promise<void>;
  pickFolder: () => Promise<void>;
  addFolder: (path: string, allowLarge?: boolean) => Promise<void>;
  /** Answers the large-folder question: index it anyway, or not. */
  confirmLargeFolder: (index: boolean) => Promise<void>;
  removeFolder: (path: string) => Promise<void>;
  reindexCorpus: () => Promise<void>;
  setCorpusProgress: (progress: IndexProgress) => void;
  /** The folder list changed under us (push event): take it and refresh what depends on it. */
  corpusChanged: (folders: CorpusFolder[]) => void;
  /** A workspace:changed push: reload the folder list when the change touched folders. */
  corpusWorkspaceChanged: (change: WorkspaceChange) => void;
  dismissCorpusError: () => void;
};

const emptyFacets: CorpusFacets = { outlets: [], folders: [], earliest: null, latest: null };

/** Registered folders, their indexing progress and the facets the filters offer. */
export const createCorpusSlice: SliceCreator<CorpusSlice> =
  ({ api }) =>
  (set, get) => {
    // The folder list's latest source wins: a push or a newer answer overtakes a slow list answer.
    let listSequence = 0;

    /** Runs a folder-changing call, then refreshes everything that depends on the folder list. */
    const change = async (
      call: () => Promise<Result<CorpusFolder[]>>,
      onSuccess?: () => void,
    ): Promise<ErrorCode | null> => {
      set({ corpusBusy: true, corpusError: null });
      const result = await call();
      if (!result.ok) {
        set({ corpusBusy: false, corpusError: result.error.message });
        return result.error.code;
      }
      onSuccess?.();
      get().corpusChanged(result.value);
      set({ corpusBusy: false });
      return null;
    };

    return {
      corpusFolders: [],
      corpusStatus: 'idle',
      corpusError: null,
      corpusConfirmLarge: null,
      corpusBusy: false,
      corpusProgress: null,
      corpusFacets: emptyFacets,

      refreshCorpus: async () => {
        listSequence += 1;
        const mine = listSequence;
        set({ corpusStatus: 'loading' });
        const result = await api.invoke('corpus:list', {});
        if (mine !== listSequence) return;
        if (result.ok) set({ corpusFolders: result.value, corpusStatus: 'ready' });
        else set({ corpusStatus: 'error', corpusError: result.error.message });
      },

      refreshFacets: async () => {
        const result = await api.invoke('corpus:facets', {});
        if (result.ok) set({ corpusFacets: result.value });
      },

      pickFolder: async () => {
        set({ corpusError: null });
        const result = await api.invoke('corpus:pick', {});
        // null means the analyst cancelled or the host has no native picker: offer a typed path.
        if (!result.ok || result.value === null) {
          get().openPathForm();
          return;
        }
        await get().addFolder(result.value);
      },

      addFolder: async (path, allowLarge = false) => {
        const trimmed = path.trim();
        if (!trimmed) {
          set({ corpusError: 'Type the path of a folder to add.' });
          return;
        }
        set({ corpusConfirmLarge: null });
        const code = await change(
          () =>
            api.invoke(
              'corpus:add',
              allowLarge ? { path: trimmed, allowLarge } : { path: trimmed },
            ),
          () => get().closePathForm(),
        );
        if (code === 'needs-confirmation') {
          const message = get().corpusError ?? '';
          set({ corpusError: null, corpusConfirmLarge: { path: trimmed, message } });
        }
      },

      confirmLargeFolder: async (index) => {
        const pending = get().corpusConfirmLarge;
        set({ corpusConfirmLarge: null });
        if (index && pending) await get().addFolder(pending.path, true);
      },

      removeFolder: async (path) => {
        await change(() => api.invoke('corpus:remove', { path }));
      },

      reindexCorpus: async () => {
        await change(() => api.invoke('corpus:reindex', {}));
      },

      setCorpusProgress: (progress) => set({ corpusProgress: progress }),

      corpusChanged: (folders) => {
        listSequence += 1;
        set({ corpusFolders: folders, corpusStatus: 'ready' });
        void get().refreshFacets();
        void get().runSearch();
      },

      corpusWorkspaceChanged: (change) => {
        if (!change.areas.includes('folders')) return;
        void get().refreshCorpus();
        void get().refreshFacets();
      },

      dismissCorpusError: () => set({ corpusError: null }),
    };
  };
