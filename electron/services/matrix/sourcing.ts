import type { Attribution, OriginsSummary } from '../../../shared/origins';

/** Where one evidence quote's reporting comes from, as the origins area decides it. */
export type EvidenceSourcing = {
  /** Equal for quotes whose articles share an independent origin (one relay group). */
  originKey: string;
  originName: string;
  anonymous: boolean;
};

/** The part of a quote the sourcing needs. */
export type QuoteRef = {
  id: string;
  articleId: string;
  folder: string;
  path: string;
  outlet: string | null;
  start: number;
  end: number;
};

/** Asks the origins area about the quotes of some cells, in one call per read of the matrix. */
export type SourcingOf = (quotes: readonly QuoteRef[]) => Promise<Map<string, EvidenceSourcing>>;

/** How far before and after a passage an attribution still speaks for it (a sentence or two). */
const before = 300;
const after = 150;

/**
 * True when the attributions that speak for [start, end) all credit anonymous sources: those
 * near the passage, else, with none near, every one the article makes. Photo and wire credits
 * never count; an article crediting no one is not "anonymous".
 */
export function isAnonymousPassage(
  attributions: readonly Attribution[],
  start: number,
  end: number,
): boolean {
  const sourcing = attributions.filter((a) => a.kind !== 'credit');
  const near = sourcing.filter((a) => a.end > start - before && a.start < end + after);
  const speaking = near.length > 0 ? near : sourcing;
  return speaking.length > 0 && speaking.every((a) => a.kind === 'anonymous');
}

/** Article id → its independent origin (relay group as decided), from `origins:summary`. */
export function originIndex(
  summary: OriginsSummary,
): (articleId: string, outlet: string | null) => { key: string; name: string } {
  const groupOf = new Map<string, number>();
  summary.groups.forEach((g, i) => g.articleIds.forEach((id) => groupOf.set(id, i)));
  return (articleId, outlet) => {
    const group = groupOf.get(articleId);
    // An article in no group (not analysed yet) stands for its own origin.
    const origin =
      group === undefined
        ? (summary.origins[articleId] ?? null)
        : (summary.groups[group]?.origin ?? null);
    return {
      key: group === undefined ? `article:${articleId}` : `group:${group}`,
      name: origin ?? `${outlet ?? 'unknown outlet'} (own reporting)`,
    };
  };
}

/**
 * The matrix's sourcing through the origins area's own answers: its summary (relay groups as the
 * analyst decided them) once per read, and each evidence article's attributions once.
 */
export function sourcingFromOrigins(origins: {
  summary: () => Promise<OriginsSummary>;
  attributions: (articleId: string) => Promise<readonly Attribution[]>;
}): SourcingOf {
  return async (quotes) => {
    const out = new Map<string, EvidenceSourcing>();
    if (quotes.length === 0) return out;
    const originOf = originIndex(await origins.summary());
    const byArticle = new Map<string, readonly Attribution[]>();
    for (const quote of quotes) {
      let attributions = byArticle.get(quote.articleId);
      if (!attributions) {
        // An article no longer indexed has no attributions to read: its quotes count as named.
        attributions = await origins.attributions(quote.articleId).catch(() => []);
        byArticle.set(quote.articleId, attributions);
      }
      const origin = originOf(quote.articleId, quote.outlet);
      out.set(quote.id, {
        originKey: origin.key,
        originName: origin.name,
        anonymous: isAnonymousPassage(attributions, quote.start, quote.end),
      });
    }
    return out;
  };
}
