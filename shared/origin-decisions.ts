import type { OriginGroup } from './origins';

/**
 * What the analyst decides about origins (`decision:make`); each is one undoable edit, stored per
 * article so it outlives every recomputation of the groups.
 */
export type OriginDecisionRequest =
  /** The group that holds `articleId` is right as it stands: keep its members together. */
  | { kind: 'confirm'; articleId: string }
  /** Take the article out of its group: it relays a report of its own. */
  | { kind: 'split'; articleId: string }
  /** The groups of the two articles relay one report: make them one group. */
  | { kind: 'merge'; articleId: string; withArticleId: string }
  /** The article relays `origin` (a canonical outlet name), or null: it is its own reporting. */
  | { kind: 'set-origin'; articleId: string; origin: string | null };

export type OriginDecisionKind = OriginDecisionRequest['kind'];

/** One article's stored decision: an origin of the analyst's, a group of their making, or both. */
export type StoredOriginDecision = {
  articleId: string;
  /** Present when the analyst set the origin; `value` null is own reporting. */
  origin: { value: string | null } | null;
  /** Articles sharing a label form one group whatever the computation says. */
  group: string | null;
  /** The analyst confirmed the group the article is in. */
  confirmed: boolean;
  decidedAt: string;
};

/** On a group of the summary: why it is as it is when the analyst's decisions shaped it. */
export type GroupDecision = {
  /** The analyst confirmed the group. */
  confirmed: boolean;
  /** What the analyst did, and what the computation had ("Split out by the analyst from a group of 4"). */
  reason: string;
  /** The computed groups its members came from (article ids), so the computed value stays visible. */
  computedFrom: string[][];
};

/** On an article of the summary: what the analyst decided about it and the computed value it replaced. */
export type ArticleDecision = {
  /** The origin the analyst set, beside the computed one. */
  origin?: { decided: string | null; computed: string | null };
  /** The computed group the article was in, when the analyst's decision moved it. */
  computedGroup?: string[];
  confirmed: boolean;
  decidedAt: string;
};

/** `origins:summary`'s account of the analyst's decisions over the computed origins. */
export type AnalystDecisions = {
  /** Articles carrying a decision, by id. */
  articles: Record<string, ArticleDecision>;
  /** The summary as computed, before any decision. */
  computed: { independentOrigins: number; groups: OriginGroup[] };
  /** Decisions about articles no longer indexed: kept (the file may come back) and reported. */
  vanished: StoredOriginDecision[];
};
