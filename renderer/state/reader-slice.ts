import type { ArticleView } from '../../shared/article';
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
  /** The pinned quote to bring into view and emphasise in the open article. */
  readerQuoteId: string | null;
  /** Bumped on every request to show a quote, so showing the same one again scrolls again. */
  readerQuoteTick: number;
  /** Opens an article; with `quoteId`, shows that pinned quote instead of the first match. */
  openArticle: (id: string, quoteId?: string) => Promise<void>;
  /** Opens an article (unless it is open already) scrolled to one of its pinned quotes. */
  showQuoteInReader: (articleId: string, quoteId: string) => Promise<void>;
  closeArticle: () => void;
  nextHit: () => void;
  previousHit: () => void;
};

/** The reader with no article open: at start, and after it is closed. */
const noArticle = {
  readerId: null,
  readerArticle: null,
  readerStatus: 'idle',
  readerError: null,
  readerHitIndex: -1,
  readerQuoteId: null,
} satisfies Partial<ReaderSlice>;

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
      ...noArticle,
      readerQuoteTick: 0,

      openArticle: async (id, quoteId) => {
        sequence += 1;
        const mine = sequence;
        set({
          readerId: id,
          readerStatus: 'loading',
          readerError: null,
          readerQuoteId: quoteId ?? null,
          readerQuoteTick: get().readerQuoteTick + 1,
        });
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

      showQuoteInReader: async (articleId, quoteId) => {
        const state = get();
        if (state.readerArticle?.id === articleId && state.readerStatus === 'ready') {
          set({ readerQuoteId: quoteId, readerQuoteTick: state.readerQuoteTick + 1 });
          return;
        }
        await get().openArticle(articleId, quoteId);
      },

      closeArticle: () => {
        sequence += 1;
        set(noArticle);
      },

      nextHit: () => step(1),
      previousHit: () => step(-1),
    };
  };
