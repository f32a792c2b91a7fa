/** How an article carries a quote's passage: word for word (after normalisation) or nearly. */
export type PassageMatch = 'exact' | 'near';

/** One article that carries a quote's passage. */
export type CorroboratingArticle = {
  articleId: string;
  path: string;
  title: string;
  outlet: string | null;
  /** The report the article relays (null: its own reporting), as origins:summary decides it. */
  origin: string | null;
  match: PassageMatch;
  /** 0…1 word-level likeness of the passage it carries to the quote (1 for exact). */
  similarity: number;
};

/** Where a quote's own article got its reporting, as the origins view decides it. */
export type QuoteOrigin =
  | { kind: 'relay'; outlet: string }
  | { kind: 'own' }
  /** The article is not among the analysed ones (removed, unreadable, still indexing). */
  | { kind: 'unknown' };

/** `quote:corroboration`: the articles carrying a quote's passage, counted in independent origins. */
export type Corroboration = {
  /** The quote's own article first, then exact matches, then near ones by likeness. */
  articles: CorroboratingArticle[];
  /** Relay groups among `articles`: articles of one group count once. */
  independentOrigins: number;
  /** One entry per independent origin: the outlet it relays, or null for own reporting. */
  origins: (string | null)[];
  /** One readable name per independent origin ("Financial Times", "Reuters (own reporting)"). */
  originNames: string[];
  quoteOrigin: QuoteOrigin;
};

/** Grade 1 means "confirmed by other independent sources": at least this many must carry it. */
export const gradeOneMinimumOrigins = 2;

/** Why grade 1 cannot be given to a passage with this corroboration, or null when it can. */
export function gradeOneRefusal(
  c: Pick<Corroboration, 'independentOrigins' | 'originNames'>,
): string | null {
  if (c.independentOrigins >= gradeOneMinimumOrigins) return null;
  const names = c.originNames.length > 0 ? ` (${c.originNames.join(', ')})` : '';
  return (
    `Grade 1 (confirmed by other independent sources) needs at least ${gradeOneMinimumOrigins} ` +
    `independent origins carrying this passage; it has ${c.independentOrigins}${names}.`
  );
}

/** "carried by 4 articles · 1 independent origin". */
export function corroborationLine(
  c: Pick<Corroboration, 'articles' | 'independentOrigins'>,
): string {
  const n = c.articles.length;
  const o = c.independentOrigins;
  return `carried by ${n} ${n === 1 ? 'article' : 'articles'} · ${o} independent ${o === 1 ? 'origin' : 'origins'}`;
}

/** "via Financial Times", "own reporting", or "origin unknown". */
export function quoteOriginLabel(origin: QuoteOrigin): string {
  return origin.kind === 'relay'
    ? `via ${origin.outlet}`
    : origin.kind === 'own'
      ? 'own reporting'
      : 'origin unknown';
}
