import type { OriginDecisionRequest } from '../../shared/origin-decisions';
import type {
  ArticleOriginView,
  GroupEvidence,
  OriginsProgress,
  OriginsSummary,
} from '../../shared/origins';
import type { QuoteDrift } from '../../shared/quote-drift';
import type { WorkspaceChange } from '../../shared/workspace';
import type { AsyncStatus, SliceCreator } from './store-types';

export type OriginsSlice = {
  originsSummary: OriginsSummary | null;
  originsStatus: AsyncStatus;
  originsError: string | null;
  /** While the corpus is analysed: how far it has got. */
  originsProgress: OriginsProgress | null;
  /** Article id → index of its relay group in `originsSummary.groups`. */
  originsGroupOf: Record<string, number>;
  /** The article whose group the Origins pane has open, and why that group is one. */
  originsOpenGroup: string | null;
  originsEvidence: GroupEvidence | null;
  /** Quotations the open group's relays word differently (null until read). */
  originsDrift: QuoteDrift[] | null;
  /** The open reader article's origin and attribution spans. */
  originsArticle: ArticleOriginView | null;
  refreshOrigins: () => Promise<void>;
  /** Opens (or with null closes) the group holding `articleId` in the Origins pane. */
  openOriginGroup: (articleId: string | null) => Promise<void>;
  /** Loads the origin of the article the reader shows (null: none open). */
  loadArticleOrigin: (id: string | null) => Promise<void>;
  /** Confirm, split, merge or set an origin: one undoable edit; the summary comes back decided. */
  decideOrigin: (request: OriginDecisionRequest) => Promise<boolean>;
  setOriginsProgress: (progress: OriginsProgress) => void;
  /** The corpus changed (folders, or an indexing pass finished): origins are computed again. */
  originsCorpusChanged: () => void;
  originsWorkspaceChanged: (change: WorkspaceChange) => void;
  dismissOriginsError: () => void;
};

const groupIndex = (summary: OriginsSummary): Record<string, number> => {
  const index: Record<string, number> = {};
  summary.groups.forEach((group, i) => {
    for (const id of group.articleIds) index[id] = i;
  });
  return index;
};

/** Who each article relays: the relay groups, the open group's evidence, the reader's article. */
export const createOriginsSlice: SliceCreator<OriginsSlice> =
  ({ api }) =>
  (set, get) => {
    // The latest request of each kind wins: a slow answer never overwrites a newer one.
    const latest = { summary: 0, group: 0, article: 0 };

    const takeSummary = (summary: OriginsSummary) =>
      set({
        originsSummary: summary,
        originsGroupOf: groupIndex(summary),
        originsStatus: 'ready',
        originsProgress: null,
      });

    /** The pane's group and the reader's article again, after the summary changed. */
    const reloadViews = () => {
      void get().openOriginGroup(get().originsOpenGroup);
      void get().loadArticleOrigin(get().originsArticle?.id ?? null);
    };

    return {
      originsSummary: null,
      originsStatus: 'idle',
      originsError: null,
      originsProgress: null,
      originsGroupOf: {},
      originsOpenGroup: null,
      originsEvidence: null,
      originsDrift: null,
      originsArticle: null,

      refreshOrigins: async () => {
        const mine = ++latest.summary;
        set({ originsStatus: 'loading' });
        const result = await api.invoke('origins:summary', {});
        if (mine !== latest.summary) return;
        if (!result.ok) {
          set({
            originsStatus: 'error',
            originsError: result.error.message,
            originsProgress: null,
          });
          return;
        }
        takeSummary(result.value);
        reloadViews();
      },

      openOriginGroup: async (articleId) => {
        const mine = ++latest.group;
        set({ originsOpenGroup: articleId });
        if (articleId === null) {
          set({ originsEvidence: null, originsDrift: null });
          return;
        }
        const result = await api.invoke('origins:group', { articleId });
        if (mine !== latest.group) return;
        if (!result.ok) {
          set({ originsEvidence: null, originsDrift: null, originsOpenGroup: null });
          return;
        }
        set({ originsEvidence: result.value, originsDrift: null });
        const articleIds = result.value.members.map((m) => m.id);
        if (articleIds.length < 2) {
          set({ originsDrift: [] });
          return;
        }
        const drift = await api.invoke('origins:drift', { articleIds });
        if (mine !== latest.group) return;
        set({ originsDrift: drift.ok ? drift.value : [] });
      },

      loadArticleOrigin: async (id) => {
        const mine = ++latest.article;
        if (id === null) {
          set({ originsArticle: null });
          return;
        }
        if (get().originsArticle?.id !== id) set({ originsArticle: null });
        const result = await api.invoke('origins:article', { id });
        if (mine !== latest.article) return;
        set({ originsArticle: result.ok ? result.value : null });
      },

      decideOrigin: async (request) => {
        set({ originsError: null });
        const result = await api.invoke('decision:make', request);
        if (!result.ok) {
          set({ originsError: result.error.message });
          return false;
        }
        latest.summary++;
        takeSummary(result.value);
        reloadViews();
        return true;
      },

      setOriginsProgress: (progress) =>
        set({ originsProgress: progress.done < progress.total ? progress : null }),

      originsCorpusChanged: () => void get().refreshOrigins(),

      originsWorkspaceChanged: (change) => {
        // Decisions are per workspace; corrections change publishers and dates; folders the corpus.
        if (change.areas.some((area) => ['origins', 'corrections', 'folders'].includes(area)))
          void get().refreshOrigins();
      },

      dismissOriginsError: () => set({ originsError: null }),
    };
  };
