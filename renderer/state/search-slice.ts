import type { ReliabilityGrade } from '../../shared/outlets';
import type { SearchHit, SearchRequest, SearchSort } from '../../shared/search';
import type { AppState, AsyncStatus, SliceCreator } from './store-types';

/** The filters beside the search box; '' means "any". */
export type SearchFilters = {
  searchOutlet: string;
  searchFolder: string;
  searchFrom: string;
  searchTo: string;
  searchSort: SearchSort;
  /** Keep undated articles when a date range is set. */
  searchIncludeUndated: boolean;
  /** Keep hits whose origin outlet has one of these notebook grades; empty means any. */
  searchGrades: (ReliabilityGrade | 'ungraded')[];
};

export type SearchSlice = SearchFilters & {
  searchText: string;
  searchStatus: AsyncStatus;
  searchHits: SearchHit[];
  searchTotal: number;
  /** Matching articles hidden only because they are undated and a date range is set. */
  searchUndatedHidden: number;
  /** The engine's note when it had to rewrite the query. */
  searchNotice: string | null;
  searchError: string | null;
  /** The text the current hits answer (typing may already be ahead of it). */
  searchQuery: string;
  searchLoadingMore: boolean;
  /** Keyboard-active row in the results list, -1 for none. */
  searchActiveIndex: number;
  /** Updates the box at once and runs the search once typing pauses. */
  setSearchText: (text: string) => void;
  /** Changes filters or sort and searches again straight away. */
  setSearchFilters: (filters: Partial<SearchFilters>) => void;
  runSearch: () => Promise<void>;
  /** Fetches the next page of hits, for the virtualised list as it nears its end. */
  loadMoreHits: () => Promise<void>;
  setSearchActiveIndex: (index: number) => void;
};

/** The request the engine gets for the current box, filters and sort. */
export function buildSearchRequest(
  state: Pick<AppState, 'searchText' | keyof SearchFilters>,
  offset: number,
  limit: number,
): SearchRequest {
  return {
    text: state.searchText.trim(),
    offset,
    limit,
    sort: state.searchSort,
    ...(state.searchOutlet ? { outlets: [state.searchOutlet] } : {}),
    ...(state.searchFolder ? { folders: [state.searchFolder] } : {}),
    ...(state.searchGrades.length > 0 ? { grades: [...state.searchGrades] } : {}),
    ...(state.searchFrom ? { from: state.searchFrom } : {}),
    ...(state.searchTo ? { to: state.searchTo } : {}),
    ...((state.searchFrom || state.searchTo) && state.searchIncludeUndated
      ? { includeUndated: true }
      : {}),
  };
}

/** What the results side of the slice holds before any search, and after the box is cleared. */
const noResults = {
  searchStatus: 'idle',
  searchHits: [],
  searchTotal: 0,
  searchUndatedHidden: 0,
  searchNotice: null,
  searchError: null,
  searchQuery: '',
  searchLoadingMore: false,
  searchActiveIndex: -1,
} satisfies Partial<SearchSlice>;

/** The search box, filters, and hits fetched page by page; stale answers are dropped. */
export const createSearchSlice: SliceCreator<SearchSlice> =
  ({ api, debounceMs, pageSize }) =>
  (set, get) => {
    // Every search gets a number; an answer whose number is not the latest is stale and ignored.
    let sequence = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;

    const cancelTimer = (): void => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    };

    const reset = (): void => {
      sequence += 1;
      set(noResults);
    };

    return {
      searchText: '',
      searchOutlet: '',
      searchFolder: '',
      searchFrom: '',
      searchTo: '',
      searchSort: 'relevance',
      searchIncludeUndated: false,
      searchGrades: [],
      ...noResults,

      setSearchText: (text) => {
        set({ searchText: text });
        cancelTimer();
        if (!text.trim()) {
          reset();
          return;
        }
        timer = setTimeout(() => {
          timer = null;
          void get().runSearch();
        }, debounceMs);
      },

      setSearchFilters: (filters) => {
        set(filters);
        void get().runSearch();
      },

      runSearch: async () => {
        cancelTimer();
        const state = get();
        if (!state.searchText.trim()) {
          reset();
          return;
        }
        sequence += 1;
        const mine = sequence;
        set({ searchStatus: 'loading', searchError: null });
        const request = buildSearchRequest(state, 0, pageSize);
        const result = await api.invoke('search:query', request);
        if (mine !== sequence) return;
        if (result.ok) {
          set({
            searchStatus: 'ready',
            searchHits: result.value.hits,
            searchTotal: result.value.total,
            searchUndatedHidden: result.value.undatedHidden,
            searchNotice: result.value.notice,
            searchQuery: request.text,
            searchLoadingMore: false,
            searchActiveIndex: result.value.hits.length > 0 ? 0 : -1,
          });
        } else {
          set({
            searchStatus: 'error',
            searchError: result.error.message,
            searchHits: [],
            searchTotal: 0,
            searchUndatedHidden: 0,
            searchNotice: null,
            searchLoadingMore: false,
            searchActiveIndex: -1,
          });
        }
      },

      loadMoreHits: async () => {
        const state = get();
        if (state.searchStatus !== 'ready' || state.searchLoadingMore) return;
        if (state.searchHits.length >= state.searchTotal) return;
        const mine = sequence;
        set({ searchLoadingMore: true });
        const request = {
          ...buildSearchRequest(state, state.searchHits.length, pageSize),
          text: state.searchQuery,
        };
        const result = await api.invoke('search:query', request);
        if (mine !== sequence) return;
        if (result.ok) {
          set({
            searchHits: [...get().searchHits, ...result.value.hits],
            // An empty page means the engine has no more, whatever total it announced.
            searchTotal:
              result.value.hits.length === 0 ? get().searchHits.length : result.value.total,
            searchLoadingMore: false,
          });
        } else {
          // Stop paging rather than retrying in a loop; the hits so far stay.
          set({
            searchLoadingMore: false,
            searchError: result.error.message,
            searchTotal: get().searchHits.length,
          });
        }
      },

      setSearchActiveIndex: (index) => {
        const last = get().searchHits.length - 1;
        set({ searchActiveIndex: Math.max(Math.min(index, last), last < 0 ? -1 : 0) });
      },
    };
  };
