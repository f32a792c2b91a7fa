import type { Attribution } from '../../shared/origins';
import type { TextRange } from '../../shared/search';

/** A pinned passage to mark in the reader. */
export type QuoteRange = TextRange & { id: string };

/** A span crediting a source, to mark in the reader. */
export type AttributionRange = Pick<Attribution, 'start' | 'end' | 'kind' | 'outlet' | 'cue'>;

/**
 * A run of article text with one look: `hit` numbers the search match it belongs to (or null),
 * `quotes` lists the pinned quotes covering it. Runs tile the text exactly, in order.
 */
export type ArticleSegment = {
  text: string;
  start: number;
  hit: number | null;
  quotes: string[];
  /** The attribution span covering it, if any (spans do not overlap one another). */
  attribution: AttributionRange | null;
};

/**
 * Cuts the text at every boundary of the (normalised) hits, the quotes and the attribution spans,
 * so overlapping hits, quotes and attributions each get plain, non-nested elements whose `start` maps DOM offsets back.
 */
export function segmentArticle(
  text: string,
  hits: readonly TextRange[],
  quotes: readonly QuoteRange[],
  attributions: readonly AttributionRange[] = [],
): ArticleSegment[] {
  const length = text.length;
  const clamp = (n: number) => Math.max(0, Math.min(n, length));
  const cuts = new Set<number>([0, length]);
  for (const r of [...hits, ...quotes, ...attributions]) {
    cuts.add(clamp(r.start));
    cuts.add(clamp(r.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: ArticleSegment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? length;
    if (end <= start) continue;
    const hit = hits.findIndex((h) => h.start <= start && end <= h.end);
    const covering = quotes.filter((q) => q.start <= start && end <= q.end).map((q) => q.id);
    const attribution = attributions.find((a) => a.start <= start && end <= a.end) ?? null;
    const previous = segments.at(-1);
    // Neighbours that look the same are one run: fewer elements, and the cut disappears.
    if (
      previous &&
      previous.hit === (hit === -1 ? null : hit) &&
      previous.quotes.join(' ') === covering.join(' ') &&
      previous.attribution === attribution
    ) {
      previous.text += text.slice(start, end);
      continue;
    }
    segments.push({
      text: text.slice(start, end),
      start,
      hit: hit === -1 ? null : hit,
      quotes: covering,
      attribution,
    });
  }
  return segments;
}
