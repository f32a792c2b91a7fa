import type { Quote } from '../../../shared/quote';

export type { QuoteFilters, QuoteSort } from '../../state/quote-filter-state';
export { noQuoteFilters } from '../../state/quote-filter-state';
import type { QuoteFilters, QuoteSort } from '../../state/quote-filter-state';

/** Stands for a quote without an outlet or speaker in the filter menus. */
export const UNKNOWN = '\u0000unknown';

/** Q12 → 12, so Q10 sorts after Q9. */
const idNumber = (id: string): number => Number(/\d+/.exec(id)?.[0] ?? 0);

const haystack = (q: Quote): string =>
  [q.id, q.exact, q.speaker ?? '', q.tags.join(' '), q.note, q.title, q.outlet ?? '']
    .join('\n')
    .toLocaleLowerCase();

const compare = (sort: QuoteSort) => {
  const byPinned = (a: Quote, b: Quote) =>
    a.createdAt.localeCompare(b.createdAt) || idNumber(a.id) - idNumber(b.id);
  if (sort === 'published') {
    // Newest article first; undated ones last, in pinning order.
    return (a: Quote, b: Quote) =>
      (b.published ?? '').localeCompare(a.published ?? '') || byPinned(a, b);
  }
  if (sort === 'outlet') {
    return (a: Quote, b: Quote) => {
      if (!a.outlet !== !b.outlet) return a.outlet ? -1 : 1;
      return (a.outlet ?? '').localeCompare(b.outlet ?? '') || byPinned(a, b);
    };
  }
  return byPinned;
};

/** The quotes the panel shows for these filters, in the chosen order. */
export function filterQuotes(quotes: readonly Quote[], filters: QuoteFilters): Quote[] {
  const words = filters.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return quotes
    .filter((q) => {
      if (filters.tag && !q.tags.includes(filters.tag)) return false;
      if (filters.outlet && (q.outlet ?? UNKNOWN) !== filters.outlet) return false;
      if (filters.speaker && (q.speaker ?? UNKNOWN) !== filters.speaker) return false;
      if (filters.status && q.status !== filters.status) return false;
      if (words.length === 0) return true;
      const text = haystack(q);
      return words.every((w) => text.includes(w));
    })
    .sort(compare(filters.sort));
}

/** The distinct tags, outlets and speakers across quotes, sorted, for the filter menus. */
export function quoteFacets(quotes: readonly Quote[]): {
  tags: string[];
  outlets: string[];
  speakers: string[];
} {
  const tags = new Set<string>();
  const outlets = new Set<string>();
  const speakers = new Set<string>();
  for (const q of quotes) {
    for (const t of q.tags) tags.add(t);
    outlets.add(q.outlet ?? UNKNOWN);
    speakers.add(q.speaker ?? UNKNOWN);
  }
  const sorted = (set: Set<string>) =>
    [...set].sort((a, b) => (a === UNKNOWN ? 1 : b === UNKNOWN ? -1 : a.localeCompare(b)));
  return { tags: sorted(tags), outlets: sorted(outlets), speakers: sorted(speakers) };
}

/** "a, b ,,c" → ['a', 'b', 'c']: trimmed, empty and repeated tags dropped. */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  for (const raw of input.split(',')) {
    const tag = raw.trim();
    if (tag) seen.add(tag);
  }
  return [...seen];
}
