import type { VariantTable } from '../../shared/variants';
import type { WorkspaceChange } from '../../shared/workspace';
import type { AsyncStatus, SliceCreator } from './store-types';

export type VariantsSlice = {
  /** The shipped name variants and the open workspace's own sets. */
  variantsTable: VariantTable;
  variantsStatus: AsyncStatus;
  /** Why the last change was refused ("A spelling cannot be empty."); null after a success. */
  variantsError: string | null;
  refreshVariants: () => Promise<void>;
  /**
   * Adds `spelling` to the analyst's set `name` (started as [name, spelling] when there is none);
   * answers whether it was stored.
   */
  addVariantSpelling: (name: string, spelling: string) => Promise<boolean>;
  dismissVariantsError: () => void;
  /** A workspace:changed push: reload the sets and search again when they changed. */
  variantsWorkspaceChanged: (change: WorkspaceChange) => void;
};

/** The spellings a search expands through; the engine applies them, this slice shows and edits them. */
export const createVariantsSlice: SliceCreator<VariantsSlice> =
  ({ api }) =>
  (set, get) => {
    // A newer answer wins over a slower older one.
    let sequence = 0;
    return {
      variantsTable: { builtIn: [], analyst: [] },
      variantsStatus: 'idle',
      variantsError: null,

      refreshVariants: async () => {
        const mine = ++sequence;
        set({ variantsStatus: 'loading' });
        const result = await api.invoke('variants:list', {});
        if (mine !== sequence) return;
        if (result.ok) set({ variantsTable: result.value, variantsStatus: 'ready' });
        else set({ variantsStatus: 'error', variantsError: result.error.message });
      },

      addVariantSpelling: async (name, spelling) => {
        const existing = get().variantsTable.analyst.find((s) => s.name === name);
        const spellings = [...(existing?.spellings ?? [name]), spelling];
        const result = await api.invoke('variants:set', { name, spellings });
        if (!result.ok) {
          set({ variantsError: result.error.message });
          return false;
        }
        sequence += 1;
        set({ variantsTable: result.value, variantsStatus: 'ready', variantsError: null });
        get().announce(`Added ${spelling.trim()} to the spellings of ${name}`);
        return true;
      },

      dismissVariantsError: () => set({ variantsError: null }),

      variantsWorkspaceChanged: (change) => {
        if (!change.areas.includes('variants')) return;
        void get().refreshVariants();
        void get().runSearch();
      },
    };
  };
