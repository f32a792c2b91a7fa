import type { ReliabilityGrade } from './outlets';

/** A half-open character range `[start, end)` in some string. */
export type TextRange = { start: number; end: number };

export type SearchSort = 'relevance' | 'date';

/** A search as the analyst typed it, plus filters. */
export type SearchRequest = {
  text: string;
  limit?: number;
  offset?: number;
  /** Keep only hits from these outlets (exact names). */
  outlets?: string[];
  /**
   * Inclusive ISO dates; articles with no date are excluded when either is set. A year- or
   * month-only date ("2019") is kept when any of its days is in the range.
   */
  from?: string;
  to?: string;
  /** Keep undated articles when a date range is set (they cannot be placed in it). */
  includeUndated?: boolean;
  /** Keep only hits inside these registered folders (absolute paths). */
  folders?: string[];
  sort?: SearchSort;
  /**
   * Keep only hits whose origin outlet (the outlet an article relays, else its publisher) has one
   * of these notebook grades; 'ungraded' keeps outlets without a grade and unknown outlets.
   */
  grades?: (ReliabilityGrade | 'ungraded')[];
};

export type SearchHit = {
  id: string;
  path: string;
  title: string;
  outlet: string | null;
  published: string | null;
  score: number;
  snippet: string;
  /** Matched terms (stemmed variants included), as ranges in `snippet`. */
  highlights: TextRange[];
};

export type SearchResult = {
  query: string;
  /** Set when the query could not be used as typed and was rewritten; says what changed. */
  notice: string | null;
  total: number;
  hits: SearchHit[];
  /** Matching articles left out only because they have no date and a date range is set. */
  undatedHidden: number;
};

export type IndexPhase = 'idle' | 'scanning' | 'indexing' | 'done' | 'failed';

/** Progress of indexing, pushed while it runs. */
export type IndexProgress = {
  phase: IndexPhase;
  folder: string | null;
  scanned: number;
  parsed: number;
  indexed: number;
  /** Files found so far that will be indexed (known once scanning ends). */
  total: number;
  skipped: number;
  message?: string;
};
