import type { SliceCreator } from './store-types';

export type UiSlice = {
  /** The typed "Folder path" form, shown when the host has no native folder picker. */
  uiPathFormOpen: boolean;
  /** Whether the side pane beside the reader (which holds Quotes) is expanded. */
  uiQuotesOpen: boolean;
  /** The side pane's active tab, an id from renderer/app/panes. */
  uiSidePane: string;
  /** The corpus sidebar as the analyst left it; null follows the window (folded when narrow). */
  uiCorpusOpen: boolean | null;
  /** The latest message for the live region ("Pinned Q3"); `id` makes a repeat announce again. */
  uiAnnouncement: { id: number; text: string } | null;
  /** Electron has native dialogs; the browser host answers null to every pick. */
  hostHasDialogs: boolean;
  openPathForm: () => void;
  closePathForm: () => void;
  setQuotesOpen: (open: boolean) => void;
  /** Expands the side pane on tab `id`. */
  showSidePane: (id: string) => void;
  setCorpusOpen: (open: boolean) => void;
  announce: (text: string) => void;
  dismissAnnouncement: () => void;
};

/** Small view state that more than one component needs. */
export const createUiSlice: SliceCreator<UiSlice> =
  ({ api }) =>
  (set, get) => ({
    uiPathFormOpen: false,
    uiQuotesOpen: true,
    uiSidePane: 'quotes',
    uiCorpusOpen: null,
    uiAnnouncement: null,
    // Only the Electron preload offers pathForFile; it is the one host with native dialogs.
    hostHasDialogs: typeof api.pathForFile === 'function',
    openPathForm: () => set({ uiPathFormOpen: true }),
    closePathForm: () => set({ uiPathFormOpen: false }),
    setQuotesOpen: (open) => set({ uiQuotesOpen: open }),
    showSidePane: (id) => set({ uiSidePane: id, uiQuotesOpen: true }),
    setCorpusOpen: (open) => set({ uiCorpusOpen: open }),
    announce: (text) => set({ uiAnnouncement: { id: (get().uiAnnouncement?.id ?? 0) + 1, text } }),
    dismissAnnouncement: () => set({ uiAnnouncement: null }),
  });
