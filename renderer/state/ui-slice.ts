import type { SliceCreator } from './store-types';

export type UiSlice = {
  /** The typed "Folder path" form, shown when the host has no native folder picker. */
  uiPathFormOpen: boolean;
  openPathForm: () => void;
  closePathForm: () => void;
};

/** Small view state that more than one component needs. */
export const createUiSlice: SliceCreator<UiSlice> = () => (set) => ({
  uiPathFormOpen: false,
  openPathForm: () => set({ uiPathFormOpen: true }),
  closePathForm: () => set({ uiPathFormOpen: false }),
});
