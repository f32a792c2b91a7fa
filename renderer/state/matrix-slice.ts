import {
  matrixExportFileName,
  type EvidenceRelation,
  type MatrixCellDetail,
  type MatrixEditRequest,
  type MatrixExportFormat,
  type MatrixSetCellRequest,
  type MatrixSuggestion,
  type MatrixView,
} from '../../shared/matrix';
import { exportMimeTypes, type QuoteExportOutcome } from './quotes-slice';
import type { WorkspaceArea, WorkspaceChange } from '../../shared/workspace';
import { plural } from '../lib/format';
import type { AsyncStatus, SliceCreator } from './store-types';

/** A cell of the grid by its party and issue ids. */
export type MatrixCellRef = { party: string; issue: string };

export type MatrixSlice = {
  matrixView: MatrixView | null;
  matrixStatus: AsyncStatus;
  /** Why the last read or edit was refused; shown in the pane until dismissed or the next success. */
  matrixError: string | null;
  /** The date the grid is read as of (YYYY-MM-DD); null reads it as it stands now. */
  matrixAsOf: string | null;
  /** The cell the drawer shows, its detail (as of `matrixAsOf`) and its candidate passages. */
  matrixOpenCell: MatrixCellRef | null;
  matrixCell: MatrixCellDetail | null;
  matrixSuggestions: MatrixSuggestion[] | null;
  refreshMatrix: () => Promise<void>;
  setMatrixAsOf: (asOf: string | null) => Promise<void>;
  /** Opens (or with null closes) a cell's drawer: its detail and suggestions are read. */
  openMatrixCell: (cell: MatrixCellRef | null) => Promise<void>;
  /** Add, rename, move or remove a party or issue, or set its aliases, terms or proposition. */
  editMatrix: (request: MatrixEditRequest) => Promise<boolean>;
  setMatrixCell: (request: MatrixSetCellRequest) => Promise<boolean>;
  linkMatrixEvidence: (
    cell: MatrixCellRef,
    quoteId: string,
    relation: EvidenceRelation,
  ) => Promise<boolean>;
  unlinkMatrixEvidence: (cell: MatrixCellRef, quoteId: string) => Promise<boolean>;
  /** Sets how many days old the newest evidence may be before a cell reads stale (one undoable edit). */
  setMatrixStaleDays: (days: number) => Promise<boolean>;
  /** Pins a suggested passage (or reuses the quote already on it) and links it to the cell. */
  pinAndLinkSuggestion: (
    cell: MatrixCellRef,
    suggestion: MatrixSuggestion,
    relation: EvidenceRelation,
  ) => Promise<boolean>;
  /**
   * The matrix, as of the shown date: saved through the native dialog in Electron, or as CSV or
   * JSON text for the page to download in the browser; null when cancelled or refused.
   */
  exportMatrix: (format: MatrixExportFormat) => Promise<QuoteExportOutcome | null>;
  matrixWorkspaceChanged: (change: WorkspaceChange) => void;
  dismissMatrixError: () => void;
};

/** Areas whose changes can change what a cell reads: its own, its quotes, their origins and dates. */
const matrixAreas: readonly WorkspaceArea[] = ['matrix', 'quotes', 'origins', 'corrections'];

const sameCell = (a: MatrixCellRef | null, b: MatrixCellRef | null): boolean =>
  a !== null && b !== null && a.party === b.party && a.issue === b.issue;

/** The position matrix: the grid as of a date, the open cell's drawer, and every edit (each undoable). */
export const createMatrixSlice: SliceCreator<MatrixSlice> =
  ({ api }) =>
  (set, get) => {
    // The latest request of each kind wins: a slow answer never overwrites a newer one.
    const latest = { view: 0, cell: 0 };
    const asOfInput = (): { asOf?: string } => {
      const asOf = get().matrixAsOf;
      return asOf === null ? {} : { asOf };
    };

    const refused = (message: string): false => {
      set({ matrixError: message });
      return false;
    };

    /** An edit answered the cell as it stands now: show it when the drawer reads "now", then the grid. */
    const takeEditedCell = (detail: MatrixCellDetail) => {
      const open = get().matrixOpenCell;
      if (get().matrixAsOf === null && sameCell(open, detail)) {
        latest.cell++;
        set({ matrixCell: detail });
      } else void reloadCell();
      set({ matrixError: null });
      void get().refreshMatrix();
    };

    const reloadCell = async () => {
      const open = get().matrixOpenCell;
      const mine = ++latest.cell;
      if (open === null) return;
      const result = await api.invoke('matrix:cell', { ...open, ...asOfInput() });
      if (mine !== latest.cell) return;
      set({ matrixCell: result.ok ? result.value : null });
    };

    const reloadSuggestions = async () => {
      const open = get().matrixOpenCell;
      if (open === null) return;
      const result = await api.invoke('matrix:suggest', open);
      if (!sameCell(get().matrixOpenCell, open)) return;
      set({ matrixSuggestions: result.ok ? result.value : [] });
    };

    return {
      matrixView: null,
      matrixStatus: 'idle',
      matrixError: null,
      matrixAsOf: null,
      matrixOpenCell: null,
      matrixCell: null,
      matrixSuggestions: null,

      refreshMatrix: async () => {
        const mine = ++latest.view;
        set({ matrixStatus: 'loading' });
        const result = await api.invoke('matrix:get', asOfInput());
        if (mine !== latest.view) return;
        if (result.ok) set({ matrixView: result.value, matrixStatus: 'ready' });
        else set({ matrixStatus: 'error', matrixError: result.error.message });
      },

      setMatrixAsOf: async (asOf) => {
        set({ matrixAsOf: asOf });
        await Promise.all([get().refreshMatrix(), reloadCell()]);
      },

      openMatrixCell: async (cell) => {
        set({ matrixOpenCell: cell, matrixCell: null, matrixSuggestions: null });
        if (cell === null) {
          latest.cell++;
          return;
        }
        await Promise.all([reloadCell(), reloadSuggestions()]);
      },

      editMatrix: async (request) => {
        const result = await api.invoke('matrix:edit', request);
        if (!result.ok) return refused(result.error.message);
        // The edit answers the grid as it stands now; as of another date, read it again.
        if (get().matrixAsOf === null) {
          latest.view++;
          set({ matrixView: result.value, matrixStatus: 'ready', matrixError: null });
        } else void get().refreshMatrix();
        const open = get().matrixOpenCell;
        const view = result.value;
        if (
          open &&
          (!view.parties.some((p) => p.id === open.party) ||
            !view.issues.some((i) => i.id === open.issue))
        )
          void get().openMatrixCell(null);
        return true;
      },

      setMatrixCell: async (request) => {
        const result = await api.invoke('matrix:set-cell', request);
        if (!result.ok) return refused(result.error.message);
        takeEditedCell(result.value);
        return true;
      },

      linkMatrixEvidence: async (cell, quoteId, relation) => {
        const result = await api.invoke('matrix:link', { ...cell, quoteId, relation });
        if (!result.ok) return refused(result.error.message);
        takeEditedCell(result.value);
        get().announce(
          `Linked ${quoteId} as ${relation === 'supports' ? 'support' : 'contradiction'}`,
        );
        return true;
      },

      unlinkMatrixEvidence: async (cell, quoteId) => {
        const result = await api.invoke('matrix:unlink', { ...cell, quoteId });
        if (!result.ok) return refused(result.error.message);
        takeEditedCell(result.value);
        get().announce(`Unlinked ${quoteId}`);
        return true;
      },

      setMatrixStaleDays: async (days) => {
        const result = await api.invoke('matrix:settings', { staleDays: days });
        if (!result.ok) return refused(result.error.message);
        set({ matrixError: null });
        // The flags are derived: the grid and the open cell read them again.
        await Promise.all([get().refreshMatrix(), reloadCell()]);
        get().announce(`Cells read stale after ${plural(result.value.staleDays, 'day')}`);
        return true;
      },

      pinAndLinkSuggestion: async (cell, suggestion, relation) => {
        const quoteId =
          suggestion.quoteId ??
          (await (async () => {
            const pinned = await api.invoke('quote:pin', {
              articleId: suggestion.articleId,
              start: suggestion.start,
              end: suggestion.end,
            });
            if (!pinned.ok) {
              refused(`Could not pin the passage: ${pinned.error.message}`);
              return null;
            }
            return pinned.value.id;
          })());
        if (quoteId === null) return false;
        const linked = await get().linkMatrixEvidence(cell, quoteId, relation);
        if (linked) void reloadSuggestions();
        return linked;
      },

      exportMatrix: async (format) => {
        const input = { format, ...asOfInput() };
        const label = format.toUpperCase();
        const saved = await api.invoke('matrix:save-export', input);
        if (!saved.ok) {
          refused(`Could not export the matrix: ${saved.error.message}`);
          return null;
        }
        if (saved.value !== null) {
          get().announce(`Saved the matrix as ${label} to ${saved.value}`);
          return { kind: 'saved', path: saved.value };
        }
        // Electron answers null only when the analyst cancelled its dialog.
        if (get().hostHasDialogs) return null;
        const result = await api.invoke('matrix:export', input);
        if (!result.ok) {
          refused(`Could not export the matrix: ${result.error.message}`);
          return null;
        }
        get().announce(`Exported the matrix as ${label}`);
        return {
          kind: 'download',
          fileName: matrixExportFileName(get().matrixAsOf, format),
          text: result.value,
          mime: exportMimeTypes[format],
        };
      },

      matrixWorkspaceChanged: (change) => {
        if (!change.areas.some((area) => matrixAreas.includes(area))) return;
        // A quote edit reaches the grid only through linked evidence or the open drawer.
        const onlyQuotes = change.areas.every((area) => area === 'quotes');
        const quotesShown =
          get().matrixOpenCell !== null ||
          (get().matrixView?.cells.some((cell) => cell.evidence.length > 0) ?? false);
        if (onlyQuotes && !quotesShown) return;
        // Another workspace has other cells: the drawer closes.
        if (change.reason === 'open') void get().openMatrixCell(null);
        void get().refreshMatrix();
        void reloadCell();
        // A quote pinned (or unpinned) on a suggested passage changes what the suggestion offers.
        if (change.areas.includes('quotes') || change.reason !== 'edit') void reloadSuggestions();
      },

      dismissMatrixError: () => set({ matrixError: null }),
    };
  };
