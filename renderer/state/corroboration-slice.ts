import type { Corroboration } from '../../shared/corroboration';
import type { Quote } from '../../shared/quote';
import type { WorkspaceChange } from '../../shared/workspace';
import type { SliceCreator } from './store-types';

/** What the panel knows of one quote's corroboration, and for which passage and corpus it holds. */
export type CorroborationEntry = {
  /** The passage it was computed for ("articleId|exact"); a moved or re-pinned quote asks again. */
  key: string;
  /** The corpus generation it was computed in; older entries are asked again (and shown meanwhile). */
  generation: number;
  value: Corroboration | null;
  error: string | null;
};

export type CorroborationSlice = {
  corroborationById: Record<string, CorroborationEntry>;
  /** Bumped when the corpus or the origin decisions change: every entry is then out of date. */
  corroborationGeneration: number;
  /** Asks for a quote's corroboration unless an up-to-date answer is held or on its way. */
  loadCorroboration: (quote: Quote) => Promise<void>;
  corroborationCorpusChanged: () => void;
  /** A workspace:changed push: origin decisions regroup articles; another workspace has other quotes. */
  corroborationWorkspaceChanged: (change: WorkspaceChange) => void;
};

/** The passage a corroboration answer belongs to. */
export const corroborationKey = (quote: Quote): string => `${quote.articleId}|${quote.exact}`;

/** Whether `entry` answers `quote` in the current corpus. */
export const isCurrent = (
  entry: CorroborationEntry | undefined,
  quote: Quote,
  generation: number,
) =>
  entry !== undefined && entry.key === corroborationKey(quote) && entry.generation === generation;

/** Per quote: the articles carrying its passage and the independent origins they come from. */
export const createCorroborationSlice: SliceCreator<CorroborationSlice> =
  ({ api }) =>
  (set, get) => {
    // The request on its way per quote (passage and generation), so a re-render does not ask twice.
    const asking = new Map<string, string>();
    const stale = () => set({ corroborationGeneration: get().corroborationGeneration + 1 });
    return {
      corroborationById: {},
      corroborationGeneration: 0,

      loadCorroboration: async (quote) => {
        const generation = get().corroborationGeneration;
        const key = corroborationKey(quote);
        const ticket = `${generation}|${key}`;
        if (isCurrent(get().corroborationById[quote.id], quote, generation)) return;
        if (asking.get(quote.id) === ticket) return;
        asking.set(quote.id, ticket);
        const result = await api.invoke('quote:corroboration', { id: quote.id });
        // A newer request for this quote, or a newer corpus, makes this answer stale.
        if (asking.get(quote.id) !== ticket) return;
        asking.delete(quote.id);
        if (generation !== get().corroborationGeneration) return;
        const entry: CorroborationEntry = result.ok
          ? { key, generation, value: result.value, error: null }
          : { key, generation, value: null, error: result.error.message };
        set({ corroborationById: { ...get().corroborationById, [quote.id]: entry } });
      },

      corroborationCorpusChanged: stale,

      corroborationWorkspaceChanged: (change) => {
        if (change.reason === 'open' || change.reason === 'problem') {
          asking.clear();
          set({
            corroborationById: {},
            corroborationGeneration: get().corroborationGeneration + 1,
          });
        } else if (change.areas.includes('origins') || change.areas.includes('corrections')) {
          stale();
        }
      },
    };
  };
