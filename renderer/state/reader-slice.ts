import type { ArticleView } from '../../shared/article';
import type { WorkspaceChange } from '../../shared/workspace';
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
  /** Set when the open article's file has left the corpus; the last text read stays on show. */
  readerGone: string | null;
  /** Bumped each time the open article is replaced by a newer reading of its file. */
  readerRevision: number;
  /** Opens an article; with `quoteId`, shows that pinned quote instead of the first match. */
  openArticle: (id: string, quoteId?: string) => Promise<void>;
  /** Opens an article (unless it is open already) scrolled to one of its pinned quotes. */
  showQuoteInReader: (articleId: string, quoteId: string) => Promise<void>;
  closeArticle: () => void;
  /** Reads the open article's file again; a changed file replaces the text, a missing one says so. */
  refreshArticle: () => Promise<void>;
  /** A corpus:changed push: some file may be the open one. */
  readerCorpusChanged: () => void;
  /** A workspace:changed push: a verification re-read the files behind the quotes. */
  readerWorkspaceChanged: (change: WorkspaceChange) => void;
  nextHit: () => void;
  previousHit: () => void;
};

/** Whether two readings of an article show the same metadata (title, publisher, byline, date, corrections). */
const describedAlike = (a: ArticleView, b: ArticleView): boolean =>
  a.title === b.title &&
  a.outlet === b.outlet &&
  a.byline === b.byline &&
  a.published === b.published &&
  JSON.stringify(a.corrected ?? {}) === JSON.stringify(b.corrected ?? {});

/** The reader with no article open: at start, and after it is closed. */
const noArticle = {
  readerId: null,
  readerArticle: null,
  readerStatus: 'idle',
  readerError: null,
  readerHitIndex: -1,
  readerQuoteId: null,
  readerGone: null,
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

    const queryNow = (): string => {
      const state = get();
      return state.searchQuery || state.searchText.trim();
    };

    const refreshArticle = async (): Promise<void> => {
      const open = get().readerArticle;
      if (!open || get().readerStatus !== 'ready') return;
      sequence += 1;
      const mine = sequence;
      const query = queryNow();
      const result = await api.invoke(
        'article:get',
        query ? { id: open.id, query } : { id: open.id },
      );
      if (mine !== sequence || get().readerArticle?.id !== open.id) return;
      if (!result.ok) {
        if (result.error.code !== 'not-found') return;
        set({
          readerGone: `This article's file is no longer in the corpus (${open.folder}/${open.path}). The text below is as it was last read.`,
        });
        return;
      }
      const article = result.value;
      const current = get().readerArticle;
      if (current && current.hash === article.hash && current.text === article.text) {
        if (get().readerGone !== null) set({ readerGone: null });
        // Same text: only the analyst's corrections of its metadata may have changed.
        if (describedAlike(current, article)) return;
        set({
          readerArticle: { ...article, highlights: current.highlights },
          readerRevision: get().readerRevision + 1,
        });
        return;
      }
      const highlights = normalizeRanges(article.highlights, article.text.length);
      const hit = get().readerHitIndex;
      set({
        readerArticle: { ...article, highlights },
        readerGone: null,
        readerRevision: get().readerRevision + 1,
        // The same match stays current where it still exists.
        readerHitIndex:
          highlights.length === 0 ? -1 : Math.min(Math.max(hit, 0), highlights.length - 1),
      });
    };

    return {
      ...noArticle,
      readerQuoteTick: 0,
      readerRevision: 0,

      openArticle: async (id, quoteId) => {
        sequence += 1;
        const mine = sequence;
        set({
          readerId: id,
          readerStatus: 'loading',
          readerError: null,
          readerQuoteId: quoteId ?? null,
          readerQuoteTick: get().readerQuoteTick + 1,
          readerGone: null,
        });
        const query = queryNow();
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
          // The file may have changed since it was opened (that is often why a quote is looked at).
          await refreshArticle();
          return;
        }
        await get().openArticle(articleId, quoteId);
      },

      closeArticle: () => {
        sequence += 1;
        set(noArticle);
      },

      refreshArticle,

      readerCorpusChanged: () => {
        void refreshArticle();
      },

      readerWorkspaceChanged: (change) => {
        if (change.reason === 'verify' && change.areas.includes('quotes')) void refreshArticle();
      },

      nextHit: () => step(1),
      previousHit: () => step(-1),
    };
  };
