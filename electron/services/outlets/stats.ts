import type {
  GradeSuggestion,
  OutletArticle,
  OutletCount,
  OutletStats,
  TrackRecordEntry,
} from '../../../shared/outlets';
import type { OutletResolver } from './resolve';

/** What the corpus and the origins area say about one article, as the notebook counts it. */
export type ArticleFacts = {
  id: string;
  title: string;
  /** The publisher as corrected (null: unknown). */
  publisher: string | null;
  published: string | null;
  /** The outlet it relays, as the analyst's decisions leave it; null for its own reporting. */
  origin: string | null;
  /** Other outlets it credits with reporting. */
  also: string[];
  /** Spans citing anonymous sources. */
  anonymous: number;
};

/** One article's outlets resolved through the notebook: who printed it, whose report it rests on. */
export type ResolvedArticle = ArticleFacts & {
  publisherOutlet: string | null;
  /** The relayed outlet, else the publisher (own reporting); null when neither is known. */
  originOutlet: string | null;
  relays: boolean;
  alsoOutlets: string[];
};

/** Resolves every article's outlets once, for the statistics and the lookups built on them. */
export function resolveArticles(
  facts: readonly ArticleFacts[],
  resolver: OutletResolver,
): ResolvedArticle[] {
  return facts.map((a) => {
    const publisherOutlet = resolver.resolve(a.publisher);
    const relayed = resolver.resolve(a.origin);
    const relays = relayed !== null && relayed !== publisherOutlet;
    return {
      ...a,
      publisherOutlet,
      originOutlet: relayed ?? publisherOutlet,
      relays,
      alsoOutlets: a.also.map((o) => resolver.resolve(o)).filter((o): o is string => o !== null),
    };
  });
}

type Tally = {
  articles: Map<string, OutletArticle>;
  asPublisher: number;
  asOrigin: number;
  asRelay: number;
  anonymous: number;
  relays: Map<string, number>;
  relayedBy: Map<string, number>;
};

const newTally = (): Tally => ({
  articles: new Map(),
  asPublisher: 0,
  asOrigin: 0,
  asRelay: 0,
  anonymous: 0,
  relays: new Map(),
  relayedBy: new Map(),
});

/** Per-outlet counts over the resolved articles, by outlet name; outlets named nowhere are absent. */
export type Tallies = Map<string, Tally>;

/** Counts every article once per outlet it involves: as publisher, as origin, as relay. */
export function tally(articles: readonly ResolvedArticle[]): Tallies {
  const tallies: Tallies = new Map();
  const of = (name: string): Tally => {
    let t = tallies.get(name);
    if (!t) tallies.set(name, (t = newTally()));
    return t;
  };
  const note = (t: Tally, a: ResolvedArticle, role: 'publisher' | 'origin'): void => {
    const seen = t.articles.get(a.id);
    t.articles.set(a.id, {
      id: a.id,
      title: a.title,
      published: a.published,
      role: seen && seen.role !== role ? 'both' : role,
    });
  };
  const bump = (counts: Map<string, number>, name: string): void => {
    counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  for (const a of articles) {
    if (a.publisherOutlet !== null) {
      const t = of(a.publisherOutlet);
      note(t, a, 'publisher');
      t.asPublisher += 1;
      if (a.anonymous > 0) t.anonymous += 1;
      if (a.relays && a.originOutlet !== null) {
        t.asRelay += 1;
        bump(t.relays, a.originOutlet);
      }
    }
    if (a.originOutlet !== null) {
      const t = of(a.originOutlet);
      note(t, a, 'origin');
      t.asOrigin += 1;
      if (a.relays && a.publisherOutlet !== null) bump(t.relayedBy, a.publisherOutlet);
    }
    for (const also of a.alsoOutlets) of(also);
  }
  return tallies;
}

const counted = (counts: Map<string, number>): OutletCount[] =>
  [...counts]
    .map(([outlet, articles]) => ({ outlet, articles }))
    .sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));

/** An outlet's statistics from its tally and its record; derived on every read, never stored. */
export function statsOf(t: Tally | undefined, record: readonly TrackRecordEntry[]): OutletStats {
  const dates = [...(t?.articles.values() ?? [])]
    .map((a) => a.published)
    .filter((d): d is string => d !== null)
    .sort();
  const published = t?.asPublisher ?? 0;
  const corrections = record.filter((r) => r.kind === 'correction' || r.kind === 'retraction');
  return {
    articles: t?.articles.size ?? 0,
    asPublisher: published,
    asOrigin: t?.asOrigin ?? 0,
    asRelay: t?.asRelay ?? 0,
    firstSeen: dates[0]?.slice(0, 10) ?? null,
    lastSeen: dates.at(-1)?.slice(0, 10) ?? null,
    relays: counted(t?.relays ?? new Map<string, number>()),
    relayedBy: counted(t?.relayedBy ?? new Map<string, number>()),
    anonymousShare: published === 0 ? null : (t?.anonymous ?? 0) / published,
    correctionsPer100: published === 0 ? null : (corrections.length * 100) / published,
  };
}

const times = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * What the track record alone suggests, never applied: two or more retractions, E; one
 * retraction, or more errors and corrections than confirmed calls, D; three or more good calls
 * or confirmed scoops and no error, B; some confirmed calls, C; only notes and denials, F; no
 * record, no suggestion. A is never suggested: "completely reliable" is the analyst's to say.
 */
export function suggestGrade(record: readonly TrackRecordEntry[]): GradeSuggestion | null {
  if (record.length === 0) return null;
  const count = (...kinds: TrackRecordEntry['kind'][]): number =>
    record.filter((r) => kinds.includes(r.kind)).length;
  const retractions = count('retraction');
  const misses = count('error', 'correction');
  const calls = count('good-call', 'scoop-confirmed');
  const base = `Suggested from the track record only (${times(retractions, 'retraction')}, ${times(misses, 'error or correction')}, ${times(calls, 'confirmed call')})`;
  if (retractions >= 2)
    return { grade: 'E', reason: `${base}: two or more retractions suggest E.` };
  if (retractions === 1 || misses > calls)
    return {
      grade: 'D',
      reason: `${base}: a retraction, or more misses than confirmed calls, suggests D.`,
    };
  if (calls >= 3 && misses === 0)
    return { grade: 'B', reason: `${base}: three or more confirmed calls and no miss suggest B.` };
  if (calls > 0)
    return { grade: 'C', reason: `${base}: at least as many confirmed calls as misses suggest C.` };
  return { grade: 'F', reason: `${base}: nothing in it to judge by, which suggests F.` };
}
