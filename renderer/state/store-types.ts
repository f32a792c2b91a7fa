import type { StateCreator } from 'zustand';
import type { WorkbenchApi } from '../../shared/contract';
import type { BriefingSlice } from './briefing-slice';
import type { CorpusSlice } from './corpus-slice';
import type { CorrectionsSlice } from './corrections-slice';
import type { MatrixSlice } from './matrix-slice';
import type { OriginsSlice } from './origins-slice';
import type { OutletsSlice } from './outlets-slice';
import type { CorroborationSlice } from './corroboration-slice';
import type { QuotesSlice } from './quotes-slice';
import type { ReaderSlice } from './reader-slice';
import type { SearchSlice } from './search-slice';
import type { UiSlice } from './ui-slice';
import type { VariantsSlice } from './variants-slice';
import type { WorkspaceSlice } from './workspace-slice';

/** Status of one async piece of state. */
export type AsyncStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Wires push events and loads the first data; `stop` undoes the wiring. */
export type LifecycleSlice = { start: () => void; stop: () => void };

export type AppState = CorpusSlice &
  SearchSlice &
  ReaderSlice &
  QuotesSlice &
  OriginsSlice &
  OutletsSlice &
  MatrixSlice &
  CorrectionsSlice &
  CorroborationSlice &
  WorkspaceSlice &
  UiSlice &
  VariantsSlice &
  BriefingSlice &
  LifecycleSlice;

export type StoreDeps = {
  api: WorkbenchApi;
  /** Quiet time after the last keystroke before a search runs. */
  debounceMs: number;
  /** Hits fetched per request; more are fetched as the analyst scrolls. */
  pageSize: number;
  /** Quiet time after the last edit of a briefing before it is stored (each store is one undoable edit). */
  autosaveMs: number;
  /** Undoes in the focused text field, if one has focus; true when it took the command (DOM code, outside the store). */
  undoInFocusedField: (action: 'undo' | 'redo') => boolean;
};

export type SliceCreator<T> = (deps: StoreDeps) => StateCreator<AppState, [], [], T>;
