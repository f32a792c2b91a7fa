/**
 * The outlet-reliability notebook: every publisher and cited origin as one outlet (many spellings),
 * the analyst's Admiralty source-reliability grade with its history, a dated track record, and
 * statistics derived from the corpus (never stored).
 */

/** Admiralty source-reliability grade: A completely reliable … E unreliable, F cannot be judged. */
export type ReliabilityGrade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export const reliabilityGrades: readonly ReliabilityGrade[] = ['A', 'B', 'C', 'D', 'E', 'F'];

/** The doctrine wording shown wherever a grade is chosen or read. */
export const reliabilityLabels: Record<ReliabilityGrade, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const outletKinds = [
  'wire',
  'newspaper',
  'broadcaster',
  'state-media',
  'aggregator',
  'blog',
  'unknown',
] as const;
export type OutletKind = (typeof outletKinds)[number];

export const outletKindLabels: Record<OutletKind, string> = {
  wire: 'Wire service',
  newspaper: 'Newspaper',
  broadcaster: 'Broadcaster',
  'state-media': 'State media',
  aggregator: 'Aggregator',
  blog: 'Blog / Telegram',
  unknown: 'Unknown kind',
};

/** One grade the analyst gave (or, with `grade` null, withdrew), with why, who and when. */
export type GradeEntry = {
  grade: ReliabilityGrade | null;
  rationale: string;
  /** Who graded: the workspace's analyst name, or the name of an imported reference list. */
  by: string;
  at: string;
};

export const trackRecordKinds = [
  'error',
  'correction',
  'retraction',
  'denial',
  'good-call',
  'scoop-confirmed',
  'note',
] as const;
export type TrackRecordKind = (typeof trackRecordKinds)[number];

export const trackRecordKindLabels: Record<TrackRecordKind, string> = {
  error: 'Error',
  correction: 'Correction',
  retraction: 'Retraction',
  denial: 'Denial',
  'good-call': 'Good call',
  'scoop-confirmed': 'Scoop confirmed',
  note: 'Note',
};

/** A dated entry in an outlet's track record, linked to articles and quotes. */
export type TrackRecordEntry = {
  /** Stable id ("R12"), never reused. */
  id: string;
  kind: TrackRecordKind;
  /** The day it happened, YYYY-MM-DD. */
  date: string;
  text: string;
  articleIds: string[];
  quoteIds: string[];
  createdAt: string;
};

/** An outlet and a count of articles, for "relays most" and "relayed by". */
export type OutletCount = { outlet: string; articles: number };

/** Derived from the corpus, the origins area and the track record on every read; never stored. */
export type OutletStats = {
  /** Articles it published or is the origin of (each counted once). */
  articles: number;
  /** Articles it published. */
  asPublisher: number;
  /** Articles whose primary origin it is (its own and others' relays of it). */
  asOrigin: number;
  /** Articles it published that relay another outlet. */
  asRelay: number;
  /** Earliest and latest dates among those articles (YYYY-MM-DD or shorter), null when undated. */
  firstSeen: string | null;
  lastSeen: string | null;
  /** Outlets its articles relay, most relayed first. */
  relays: OutletCount[];
  /** Outlets whose articles relay it, most first: its reports others passed on. */
  relayedBy: OutletCount[];
  /** Share (0…1) of its published articles citing anonymous sources; null with none published. */
  anonymousShare: number | null;
  /** Corrections and retractions in its record per 100 published articles; null with none published. */
  correctionsPer100: number | null;
};

/** Where an outlet came from: found in the corpus (publisher or cited origin), or added by the analyst. */
export type OutletSource = 'corpus' | 'analyst';

/** What the record suggests as a grade, always labelled as a suggestion, never applied. */
export type GradeSuggestion = { grade: ReliabilityGrade; reason: string };

/** An outlet as the notebook lists it. */
export type Outlet = {
  /** Canonical name, unique in the notebook; the key every channel takes. */
  name: string;
  /** Other spellings and names that resolve to it (never the name itself). */
  aliases: string[];
  domains: string[];
  kind: OutletKind;
  country: string | null;
  notes: string;
  /** The current grade, null when never graded (or withdrawn). */
  grade: GradeEntry | null;
  source: OutletSource;
  stats: OutletStats;
  suggestion: GradeSuggestion | null;
};

/** An article an outlet published or is the origin of. */
export type OutletArticle = {
  id: string;
  title: string;
  published: string | null;
  role: 'publisher' | 'origin' | 'both';
};

/** `outlets:get`: one outlet with its grade history (newest first), track record and articles. */
export type OutletDetail = Outlet & {
  gradeHistory: GradeEntry[];
  /** Newest first. */
  record: TrackRecordEntry[];
  articles: OutletArticle[];
};

/** Edits of the outlet list; each is one undoable edit. */
export type OutletEdit =
  | { kind: 'add'; name: string; outletKind?: OutletKind }
  | { kind: 'rename'; name: string; to: string }
  /** `name` becomes an alias of `into`; its aliases, record and grade history move there. */
  | { kind: 'merge'; name: string; into: string }
  /** The given aliases of `name` become an outlet of their own called `newName`. */
  | { kind: 'split'; name: string; aliases: string[]; newName: string }
  | { kind: 'set-aliases'; name: string; aliases: string[] }
  | {
      kind: 'set-details';
      name: string;
      outletKind?: OutletKind;
      country?: string | null;
      domains?: string[];
      notes?: string;
    }
  /** Removes an outlet the analyst added (a corpus outlet comes back while the corpus names it). */
  | { kind: 'remove'; name: string };

/** `outlets:grade`: set (or with null, withdraw) an outlet's grade, with a rationale. */
export type GradeRequest = { name: string; grade: ReliabilityGrade | null; rationale: string };

/** `outlets:record-add`: a new track-record entry. */
export type TrackRecordRequest = {
  name: string;
  kind: TrackRecordKind;
  date: string;
  text: string;
  articleIds?: string[];
  quoteIds?: string[];
};

export type NotebookFormat = 'csv' | 'json';

/** `outlets:import`: a notebook or a shared reference list, as exported text. */
export type NotebookImportRequest = {
  format: NotebookFormat;
  text: string;
  /** Where it came from ("IFCN list 2026"), recorded as who graded imported grades. */
  label?: string;
  /** Replace grades the analyst has already set; default false keeps them. */
  overwriteGrades?: boolean;
};

/** What an import did; nothing changed when it is refused (an error is answered instead). */
export type NotebookImportResult = {
  added: number;
  updated: number;
  /** Outlets whose own grade was kept because `overwriteGrades` was not asked. */
  gradesKept: number;
  recordEntries: number;
};

/** A quote's Admiralty pair: the reliability of its origin outlet and its own credibility ("B2"). */
export type QuoteReliability = {
  /** The outlet whose grade the quote carries: its article's origin, or its publisher for own reporting. */
  outlet: string | null;
  /** The article's publisher, shown beside the origin when the quote sits in a relay. */
  publisher: string | null;
  grade: ReliabilityGrade | null;
  /** "B2", "B?", "?2" or "??" when neither is graded. */
  pair: string;
};

/** The pair as shown: "?" stands for an ungraded side. */
export function admiraltyPair(
  reliability: ReliabilityGrade | null,
  credibility: number | null,
): string {
  return `${reliability ?? '?'}${credibility ?? '?'}`;
}
