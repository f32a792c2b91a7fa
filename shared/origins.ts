import type { AnalystDecisions, GroupDecision } from './origin-decisions';

/** How a span credits a source: another outlet's reporting, a named speaker, anonymous sources, or a photo/wire credit. */
export type AttributionKind = 'relays' | 'statement' | 'anonymous' | 'credit';

/** A span of an article's text that credits a source; offsets are into the normalised text. */
export type Attribution = {
  /** Canonical outlet name, or null when the span credits a person or anonymous sources. */
  outlet: string | null;
  kind: AttributionKind;
  /** The span as written ("according to the FT"). */
  cue: string;
  start: number;
  end: number;
};

/** Who an article relays: `origin` null means its own reporting. */
export type ArticleOrigin = {
  path: string;
  publisher: string | null;
  origin: string | null;
  /** Other outlets it credits with reporting, most credited first. */
  also: string[];
  /** Spans citing anonymous sources. */
  anonymous: number;
  attributions: Attribution[];
  /** The outlet the headline credits ("… – Reuters"), when it does; the headline is not in the text, so no offsets. */
  headline?: { outlet: string; cue: string };
};

/** Origins over a set of articles: per-article origin, relay groups (paths) and independent origins. */
export type OriginsReport = {
  articles: ArticleOrigin[];
  groups: string[][];
  independentOrigins: number;
};

/** One relay group as the origins view lists it; `analyst` says how the analyst's decisions shaped it. */
export type OriginGroup = { origin: string | null; articleIds: string[]; analyst?: GroupDecision };

/** `origins:summary`: the relay groups with counts over every indexed article. */
export type OriginsSummary = {
  articles: number;
  independentOrigins: number;
  /** The analyst's decisions laid over the computation (absent only before they are applied). */
  analyst?: AnalystDecisions;
  groups: OriginGroup[];
  /** Article id → its origin (null: own reporting). */
  origins: Record<string, string | null>;
};

/** `origins:progress`: articles analysed so far of all indexed articles; ends at `total`. */
export type OriginsProgress = { done: number; total: number };
