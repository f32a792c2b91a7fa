import { admiraltyPair } from '../../shared/outlets';
import type { WorkspaceChange } from '../../shared/workspace';
import {
  quotesExportFileName,
  type PinnedQuote,
  type Quote,
  type QuoteExportFormat,
  type QuoteHistoryEvent,
  type QuotePatch,
} from '../../shared/quote';
import { noQuoteFilters, type QuoteFilters } from './quote-filter-state';
import type { AsyncStatus, SliceCreator } from './store-types';

/** What to do with an export: it was saved by the host, or the page must download the text itself. */
export type QuoteExportOutcome =
  | { kind: 'saved'; path: string }
  | { kind: 'download'; fileName: string; text: string; mime: string };

export type QuotesSlice = {
  quotesList: Quote[];
  quotesStatus: AsyncStatus;
  quotesError: string | null;
  /** The quote selected in the panel (expanded for editing, scrolled into view). */
  quotesSelectedId: string | null;
  quotesFilters: QuoteFilters;
  /** The last deletion, offered for undo until the next edit or dismissal. */
  quotesDeleted: { id: string } | null;
  quotesVerifying: boolean;
  /** Why the last grade edit of a quote was refused (grade 1 without two independent origins). */
  quotesGradeError: { id: string; message: string } | null;
  refreshQuotes: () => Promise<void>;
  /** A workspace:changed push: reload the list when the change touched quotes. */
  quotesWorkspaceChanged: (change: WorkspaceChange) => void;
  /** Pins [start, end) of an article; an already pinned passage selects that quote instead. */
  pinQuote: (input: {
    articleId: string;
    start: number;
    end: number;
  }) => Promise<PinnedQuote | null>;
  updateQuote: (id: string, patch: QuotePatch) => Promise<void>;
  deleteQuote: (id: string) => Promise<void>;
  /** Undoes the deletion the toast offers (through the workspace's undo). */
  undoDelete: () => Promise<void>;
  dismissDeleted: () => void;
  verifyQuotes: () => Promise<void>;
  /** The Markdown citation of a quote, or null (with a notice) when the host refuses. */
  quoteCitation: (id: string) => Promise<string | null>;
  /** A quote's history (pinned, moves, losses); null, with a message, when it cannot be read. */
  quoteHistory: (id: string) => Promise<QuoteHistoryEvent[] | null>;
  /** Saves through the host's dialog, or hands back the text for the page to download. */
  exportQuotes: (format: QuoteExportFormat) => Promise<QuoteExportOutcome | null>;
  selectQuote: (id: string | null) => void;
  /** Selects a quote and shows its passage in the reader. */
  openQuote: (id: string) => Promise<void>;
  setQuotesFilters: (filters: Partial<QuoteFilters>) => void;
};

/** The media type of an export's text, for the browser's download. */
export const exportMimeTypes: Record<QuoteExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/**
 * An edit's answer with the Admiralty pair the list had for it: the outlet side stays, the
 * credibility side follows the answer (the notebook fills the pair only when listing).
 */
function withListedReliability(answered: Quote, listed: Quote | undefined): Quote {
  if (answered.reliability || !listed?.reliability) return answered;
  const { grade } = listed.reliability;
  return {
    ...answered,
    reliability: { ...listed.reliability, pair: admiraltyPair(grade, answered.grade) },
  };
}

/** Pinned quotes: the list, its filters, and every edit (each one undoable in the workspace). */
export const createQuotesSlice: SliceCreator<QuotesSlice> =
  ({ api }) =>
  (set, get) => {
    // A list answer is stale once a newer list was asked for or an edit's answer was applied.
    let listSequence = 0;
    // Per quote, the number of its latest edit; an older edit's answer must not win.
    const editSequence = new Map<string, number>();

    /**
     * Puts an edit's answer in the list. A list asked for before the edit was sent (`sentAt`) is
     * older than the answer and dropped; one asked for since (the edit's own change push, which can
     * outrun the answer) already holds the edit, and with it the pair only the list carries.
     */
    const replace = (answered: Quote, sentAt: number): void => {
      if (listSequence === sentAt) listSequence += 1;
      const list = get().quotesList;
      const index = list.findIndex((q) => q.id === answered.id);
      const quote = withListedReliability(answered, list[index]);
      set({
        quotesList: index === -1 ? [...list, quote] : list.map((q, i) => (i === index ? quote : q)),
      });
    };

    return {
      quotesList: [],
      quotesStatus: 'idle',
      quotesError: null,
      quotesSelectedId: null,
      quotesFilters: noQuoteFilters,
      quotesDeleted: null,
      quotesVerifying: false,
      quotesGradeError: null,

      refreshQuotes: async () => {
        listSequence += 1;
        const mine = listSequence;
        if (get().quotesStatus === 'idle') set({ quotesStatus: 'loading' });
        const result = await api.invoke('quote:list', {});
        if (mine !== listSequence) return;
        if (result.ok) {
          const selected = get().quotesSelectedId;
          set({
            quotesList: result.value,
            quotesStatus: 'ready',
            quotesError: null,
            // A selection whose quote went away (undo of a pin, another workspace) is dropped.
            quotesSelectedId: result.value.some((q) => q.id === selected) ? selected : null,
          });
        } else {
          set({ quotesStatus: 'error', quotesError: result.error.message, quotesList: [] });
        }
      },

      quotesWorkspaceChanged: (change) => {
        // Another workspace's quotes share no ids with this one's: drop the selection and the undo toast.
        if (change.reason === 'open' || change.reason === 'problem')
          set({ quotesSelectedId: null, quotesDeleted: null, quotesGradeError: null });
        // A quote carries its origin outlet's grade (the Admiralty pair): outlet edits change it too.
        if (change.areas.some((area) => area === 'quotes' || area === 'outlets'))
          void get().refreshQuotes();
      },

      pinQuote: async (input) => {
        const sentAt = listSequence;
        const result = await api.invoke('quote:pin', input);
        if (!result.ok) {
          get().announce(`Could not pin: ${result.error.message}`);
          return null;
        }
        const { existing, ...quote } = result.value;
        replace(quote, sentAt);
        set({ quotesSelectedId: quote.id, quotesDeleted: null });

        get().setQuotesOpen(true);
        get().announce(existing ? `Already pinned as ${quote.id}` : `Pinned ${quote.id}`);
        return result.value;
      },

      updateQuote: async (id, patch) => {
        const mine = (editSequence.get(id) ?? 0) + 1;
        editSequence.set(id, mine);
        const sentAt = listSequence;
        const result = await api.invoke('quote:update', { id, ...patch });
        if (editSequence.get(id) !== mine) return;
        const gradeEdit = patch.grade !== undefined;
        if (gradeEdit && get().quotesGradeError?.id === id) set({ quotesGradeError: null });
        if (!result.ok) {
          // A refused grade is explained beside the grade select; other failures in the toast.
          if (gradeEdit) set({ quotesGradeError: { id, message: result.error.message } });
          else get().announce(`Could not save ${id}: ${result.error.message}`);
          // What the panel shows may now be ahead of the workspace; show the workspace's truth.
          void get().refreshQuotes();
          return;
        }
        replace(result.value, sentAt);
        set({ quotesDeleted: null });
      },

      deleteQuote: async (id) => {
        const result = await api.invoke('quote:delete', { id });
        if (!result.ok) {
          get().announce(`Could not delete ${id}: ${result.error.message}`);
          return;
        }
        listSequence += 1;
        set({
          quotesList: get().quotesList.filter((q) => q.id !== id),
          quotesSelectedId: get().quotesSelectedId === id ? null : get().quotesSelectedId,
          quotesDeleted: { id },
        });
      },

      undoDelete: async () => {
        set({ quotesDeleted: null });
        await get().undoWorkspace();
      },

      dismissDeleted: () => set({ quotesDeleted: null }),

      verifyQuotes: async () => {
        set({ quotesVerifying: true });
        const result = await api.invoke('quote:verify', {});
        set({ quotesVerifying: false });
        if (!result.ok) {
          get().announce(`Could not verify quotes: ${result.error.message}`);
          return;
        }
        const counts = { ok: 0, moved: 0, lost: 0 };
        for (const v of result.value) counts[v.status] += 1;
        get().announce(
          result.value.length === 0
            ? 'No quotes to verify'
            : `Verified ${result.value.length}: ${counts.ok} ok, ${counts.moved} moved, ${counts.lost} lost`,
        );
        await get().refreshQuotes();
      },

      quoteCitation: async (id) => {
        const result = await api.invoke('quote:citation', { id });
        if (result.ok) return result.value;
        get().announce(`Could not cite ${id}: ${result.error.message}`);
        return null;
      },

      quoteHistory: async (id) => {
        const result = await api.invoke('quote:history', { id });
        if (result.ok) return result.value;
        get().announce(`Could not read the history of ${id}: ${result.error.message}`);
        return null;
      },

      exportQuotes: async (format) => {
        const label = format.toUpperCase();
        const saved = await api.invoke('quote:save-export', { format });
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
        const text = await api.invoke('quote:export', { format });
        if (!text.ok) {
          get().announce(`Could not export: ${text.error.message}`);
          return null;
        }
        const name = get().workspaceState?.name || 'Parley';
        get().announce(`Exported ${label}`);
        return {
          kind: 'download',
          fileName: quotesExportFileName(name, format),
          text: text.value,
          mime: exportMimeTypes[format],
        };
      },

      selectQuote: (id) => set({ quotesSelectedId: id }),

      openQuote: async (id) => {
        const quote = get().quotesList.find((q) => q.id === id);
        set({ quotesSelectedId: id });
        if (!quote) return;
        if (quote.status === 'lost') {
          get().announce(`${id} is lost: its passage is no longer in the article`);
        }
        await get().showQuoteInReader(quote.articleId, id);
      },

      setQuotesFilters: (filters) => set({ quotesFilters: { ...get().quotesFilters, ...filters } }),
    };
  };
