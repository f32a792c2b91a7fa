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

/** `origins:article`: who one article relays, the spans that say so, and its relay group as decided. */
export type ArticleOriginView = ArticleOrigin & {
  id: string;
  /** The origin the computation found, when the analyst's decision replaced it. */
  computedOrigin?: string | null;
  /** The members of its relay group (article ids, itself included), as the analyst's decisions leave it. */
  group: string[];
};

/** A passage two or more members of a relay group carry word for word. */
export type SharedPassage = {
  /** The passage as the first member carrying it writes it. */
  text: string;
  words: number;
  /** Members carrying it, with where it starts and ends in each one's text. */
  in: { articleId: string; start: number; end: number }[];
};

/** One member of a relay group, with the spans that credit the group's origin. */
export type GroupMember = {
  id: string;
  path: string;
  title: string;
  publisher: string | null;
  published: string | null;
  /** Relay cues crediting the group's origin (with offsets), and the headline's credit. */
  cues: Attribution[];
  headline?: { outlet: string; cue: string };
};

/** `origins:group`: why the articles of one relay group form a group. */
export type GroupEvidence = {
  origin: string | null;
  members: GroupMember[];
  /** Longest passages shared word for word by at least two members, longest first. */
  shared: SharedPassage[];
  /** Plain sentences saying why ("4 articles credit Financial Times", "published within 2 days"). */
  reasons: string[];
};
