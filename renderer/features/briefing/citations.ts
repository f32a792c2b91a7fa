/** `[Q3]` in analyst text, as the briefing model reads it. */
const citation = /\[(Q[1-9]\d{0,8})\]/g;

/** The quote ids `text` cites, in order, once each. */
export function citedIds(text: string): string[] {
  return [...new Set([...text.matchAll(citation)].map((m) => m[1] as string))];
}

/** "Q1, Q3 q4" → ['Q1', 'Q3', 'Q4'] and the tokens that are no quote id. */
export function parseQuoteList(raw: string): { ids: string[]; bad: string[] } {
  const ids: string[] = [];
  const bad: string[] = [];
  for (const token of raw.split(/[\s,;]+/).filter(Boolean)) {
    const id = token.replace(/^\[|\]$/g, '').toUpperCase();
    if (/^Q[1-9]\d{0,8}$/.test(id)) {
      if (!ids.includes(id)) ids.push(id);
    } else bad.push(token);
  }
  return { ids, bad };
}
