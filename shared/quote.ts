import type { QuoteReliability } from './outlets';

/** Admiralty information-credibility grade: 1 confirmed … 5 improbable, 6 truth cannot be judged. */
export type CredibilityGrade = 1 | 2 | 3 | 4 | 5 | 6;

export const credibilityLabels: Record<CredibilityGrade, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

/** Result of the last check against the source file; 'unchecked' until verified once. */
export type QuoteStatus = 'unchecked' | 'ok' | 'moved' | 'lost';

/** A piece of a diff between the pinned text and the closest passage now in the article. */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Where a lost quote's text most resembles the article now, for display only (never re-anchored). */
export type ClosestPassage = {
  text: string;
  start: number;
  end: number;
  /** 0…1 character-level similarity to the pinned text. */
  similarity: number;
  /** From the pinned text (removed) to the closest passage (added). */
  diff: DiffPart[];
};

/**
 * A pinned passage, anchored the W3C Web Annotation way: exact text, 32 characters of context on
 * each side, offsets into the article's normalised text, and the article's content hash, plus a
 * snapshot of the article's metadata so the citation survives the file.
 */
export type Quote = {
  /** Short stable id (Q1, Q2, …), never reused. */
  id: string;
  articleId: string;
  folder: string;
  path: string;
  title: string;
  outlet: string | null;
  published: string | null;
  /** The article's URL when it named one (null for quotes pinned before v3 kept it). */
  url: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  hash: string;
  speaker: string | null;
  tags: string[];
  note: string;
  grade: CredibilityGrade | null;
  /**
   * The Admiralty pair: the grade of the outlet whose report the quote rests on (its article's
   * origin, else its publisher) beside `grade`. Filled by quote:list and exports from the outlets
   * notebook; absent where no notebook was consulted.
   */
  reliability?: QuoteReliability;
  status: QuoteStatus;
  /** Why a quote is lost (or how it moved), in one sentence. */
  statusReason: string | null;
  closest: ClosestPassage | null;
  checkedAt: string | null;
  /** When a check last found the passage moved and re-anchored it; kept after later checks say ok. */
  movedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/** Where a quote's anchor pointed: offsets into the article's text and that text's hash. */
export type AnchorPlace = { start: number; end: number; hash: string };

/** One entry in a quote's history, oldest first; `quote:history` answers them. */
export type QuoteHistoryEvent =
  | { kind: 'pinned'; at: string; place: AnchorPlace }
  | { kind: 'moved'; at: string; from: AnchorPlace; to: AnchorPlace }
  | { kind: 'lost'; at: string; reason: string | null }
  | { kind: 'found'; at: string };

/** The analyst-editable fields of a quote. */
export type QuotePatch = {
  speaker?: string | null;
  tags?: string[];
  note?: string;
  grade?: CredibilityGrade | null;
};

/** Outcome of re-checking one quote against its source. */
export type Verification = {
  id: string;
  status: Exclude<QuoteStatus, 'unchecked'>;
  reason: string | null;
  /** New anchor when the passage moved. */
  moved?: { start: number; end: number; prefix: string; suffix: string; hash: string };
  closest?: ClosestPassage | null;
};

export type QuoteExportFormat = 'csv' | 'json';

/** The file name offered for a quotes export: "Default quotes.csv". */
export const quotesExportFileName = (workspaceName: string, format: QuoteExportFormat): string =>
  `${workspaceName} quotes.${format}`;

/** A pinned quote as `quote:pin` answers it; `existing` when that passage was already pinned. */
export type PinnedQuote = Quote & { existing: boolean };
