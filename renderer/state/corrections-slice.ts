import type { CorrectionRequest } from '../../shared/corrections';
import type { WorkspaceChange } from '../../shared/workspace';
import type { SliceCreator } from './store-types';

export type CorrectionsSlice = {
  /** Sets or clears the analyst's metadata of one article (one undoable edit); null when done, else why not. */
  correctArticle: (request: CorrectionRequest) => Promise<string | null>;
  /** A correction made, undone or redone: the reader, the results and the facets show the new values. */
  correctionsWorkspaceChanged: (change: WorkspaceChange) => void;
};

/** The analyst's corrections of article metadata (publisher, date, title, byline). */
export const createCorrectionsSlice: SliceCreator<CorrectionsSlice> =
  ({ api }) =>
  (_set, get) => ({
    correctArticle: async (request) => {
      const result = await api.invoke('article:correct', request);
      return result.ok ? null : result.error.message;
    },

    correctionsWorkspaceChanged: (change) => {
      if (!change.areas.includes('corrections')) return;
      void get().refreshArticle();
      void get().refreshFacets();
      if (get().searchQuery) void get().runSearch();
    },
  });
