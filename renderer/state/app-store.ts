import { createStore, type StoreApi } from 'zustand/vanilla';
import type { WorkbenchApi } from '../../shared/contract';
import { createBriefingSlice } from './briefing-slice';
import { createCorpusSlice } from './corpus-slice';
import { createCorrectionsSlice } from './corrections-slice';
import { createMatrixSlice } from './matrix-slice';
import { createOriginsSlice } from './origins-slice';
import { createOutletsSlice } from './outlets-slice';
import { createCorroborationSlice } from './corroboration-slice';
import { createQuotesSlice } from './quotes-slice';
import { createReaderSlice } from './reader-slice';
import { createSearchSlice } from './search-slice';
import type { AppState, LifecycleSlice, SliceCreator } from './store-types';
import { createUiSlice } from './ui-slice';
import { createVariantsSlice } from './variants-slice';
import { createWorkspaceSlice } from './workspace-slice';

export type { AppState } from './store-types';
export type AppStore = StoreApi<AppState>;

export type AppStoreOptions = {
  api: WorkbenchApi;
  debounceMs?: number;
  pageSize?: number;
  autosaveMs?: number;
  /** The page's text-field undo (see features/workspace/undo-keys); none in tests unless given. */
  undoInFocusedField?: (action: 'undo' | 'redo') => boolean;
};

const createLifecycleSlice: SliceCreator<LifecycleSlice> =
  ({ api }) =>
  (set, get, store) => {
    let unsubscribe: (() => void) | null = null;
    return {
      start: () => {
        // Wired once: a second start (React StrictMode re-running effects) is a no-op.
        if (unsubscribe) return;
        const offProgress = api.on('index:progress', (progress) => {
          get().setCorpusProgress(progress);
          // A finished indexing pass changes what is indexed, so who relays whom.
          if (progress.phase === 'done') {
            get().originsCorpusChanged();
            void get().refreshOutlets();
          }
        });
        const offs = [
          offProgress,
          api.on('origins:progress', (progress) => get().setOriginsProgress(progress)),
          api.on('briefing:progress', (progress) => get().setBriefingProgress(progress)),
          api.on('corpus:changed', (folders) => {
            get().corpusChanged(folders);
            get().readerCorpusChanged();
            get().originsCorpusChanged();
            get().corroborationCorpusChanged();
            void get().refreshOutlets();
          }),
          // Each slice decides from the change's areas what, if anything, it reloads.
          api.on('workspace:changed', (change) => {
            const state = get();
            for (const react of [
              state.workspaceChanged,
              state.quotesWorkspaceChanged,
              state.corpusWorkspaceChanged,
              state.readerWorkspaceChanged,
              state.originsWorkspaceChanged,
              state.correctionsWorkspaceChanged,
              state.corroborationWorkspaceChanged,
              state.variantsWorkspaceChanged,
              state.outletsWorkspaceChanged,
              state.matrixWorkspaceChanged,
              state.briefingWorkspaceChanged,
            ])
              react(change);
          }),
          api.on('ui:undo', () => get().routeMenuUndo('undo')),
          api.on('ui:redo', () => get().routeMenuUndo('redo')),
          // The reader's article carries its origin and attribution marks.
          store.subscribe((state, previous) => {
            if (state.readerId !== previous.readerId) void get().loadArticleOrigin(state.readerId);
          }),
        ];
        unsubscribe = () => {
          for (const off of offs) off();
        };
        void get().refreshWorkspace();
        void get().refreshRecent();
        void get().refreshQuotes();
        void get().refreshCorpus();
        void get().refreshFacets();
        void get().refreshOrigins();
        void get().refreshVariants();
        void get().refreshOutlets();
        void get().refreshMatrix();
        void get().refreshBriefings();
        void api.invoke('index:status', {}).then((result) => {
          if (result.ok && get().corpusProgress === null) set({ corpusProgress: result.value });
        });
      },
      stop: () => {
        unsubscribe?.();
        unsubscribe = null;
      },
    };
  };

/** Builds the app's one store from its slices; tests pass a fake API. */
export function createAppStore({
  api,
  debounceMs = 150,
  pageSize = 200,
  autosaveMs = 800,
  undoInFocusedField = () => false,
}: AppStoreOptions): AppStore {
  const deps = { api, debounceMs, pageSize, autosaveMs, undoInFocusedField };
  return createStore<AppState>()((...args) => ({
    ...createCorpusSlice(deps)(...args),
    ...createSearchSlice(deps)(...args),
    ...createReaderSlice(deps)(...args),
    ...createQuotesSlice(deps)(...args),
    ...createOriginsSlice(deps)(...args),
    ...createOutletsSlice(deps)(...args),
    ...createCorrectionsSlice(deps)(...args),
    ...createCorroborationSlice(deps)(...args),
    ...createWorkspaceSlice(deps)(...args),
    ...createUiSlice(deps)(...args),
    ...createVariantsSlice(deps)(...args),
    ...createMatrixSlice(deps)(...args),
    ...createBriefingSlice(deps)(...args),
    ...createLifecycleSlice(deps)(...args),
  }));
}
