import type { ArticleView } from '../../shared/contract';
import { normalizeRanges } from '../lib/text-ranges';
import type { AsyncStatus, SliceCreator } from './store-types';

export type ReaderSlice = {
  readerId: string | null;
  /** The open article; its highlights are sorted and merged, one per visible match. */
  readerArticle: ArticleView | null;
  readerStatus: AsyncStatus;
  readerError: string | null;
  /** Index of the current match in `readerArticle.highlights`, -1 when there is none. */
  readerHitIndex: number;
  openArticle: (id: string) => Promise<void>;
  closeArticle: () => void;
  nextHit: () => void;
  previousHit: () => void;
};

/** The article being read and which of its matches is current. */
export const createReaderSlice: SliceCreator<ReaderSlice> =
  ({ api }) =>
  (set, get) => {
    let sequence = 0;

    const step = (delta: number): void => {
      const count = get().readerArticle?.highlights.length ?? 0;
      if (count === 0) return;
      const current = get().readerHitIndex;
      // Wraps around, like find-in-page.
      set({ readerHitIndex: (((current + delta) % count) + count) % count });
    };

    return {
      readerId: null,
      readerArticle: null,
      readerStatus: 'idle',
      readerError: null,
      readerHitIndex: -1,

      openArticle: async (id) => {
        sequence += 1;
        const mine = sequence;
        set({ readerId: id, readerStatus: 'loading', readerError: null });
        const state = get();
        const query = state.searchQuery || state.searchText.trim();
        const result = await api.invoke('article:get', query ? { id, query } : { id });
        if (mine !== sequence) return;
        if (!result.ok) {
          set({ readerStatus: 'error', readerError: result.error.message, readerArticle: null });
          return;
        }
        const article = result.value;
        const highlights = normalizeRanges(article.highlights, article.text.length);
        set({
          readerStatus: 'ready',
          readerArticle: { ...article, highlights },
          readerHitIndex: highlights.length > 0 ? 0 : -1,
        });
      },

      closeArticle: () => {
        sequence += 1;
        set({
          readerId: null,
          readerArticle: null,
          readerStatus: 'idle',
          readerError: null,
          readerHitIndex: -1,
        });
      },

      nextHit: () => step(1),
      previousHit: () => step(-1),
    };
  };
