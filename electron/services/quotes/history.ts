import type { AnchorPlace, QuoteHistoryEvent } from '../../../shared/quote';
import { z } from 'zod';
import type { Workspace } from '../workspace/workspace';
import { getQuote, quoteEvents } from './quotes';

const place = z.object({ start: z.number(), end: z.number(), hash: z.string() });
const movedDetail = z.object({ from: place, to: place });
const lostDetail = z.object({ reason: z.string().nullable().optional() });

const placeOf = (p: z.infer<typeof place>): AnchorPlace => ({
  start: p.start,
  end: p.end,
  hash: p.hash,
});

/**
 * A quote's history, oldest first: when it was pinned (and where), then every move, loss and
 * recovery a check recorded. Recorded events whose detail is damaged are left out rather than
 * guessed at; an unknown id is DomainError 'not-found'.
 */
export function quoteHistory(ws: Workspace, id: string): QuoteHistoryEvent[] {
  const quote = getQuote(ws, id);
  const events = quoteEvents(ws, id);
  // The anchor at pinning is where the first move started from, or the anchor now.
  const firstMove = events.find((e) => e.kind === 'moved');
  const first = movedDetail.safeParse(firstMove?.detail);
  const pinnedAt: AnchorPlace = first.success
    ? placeOf(first.data.from)
    : { start: quote.start, end: quote.end, hash: quote.hash };
  const history: QuoteHistoryEvent[] = [{ kind: 'pinned', at: quote.createdAt, place: pinnedAt }];
  for (const event of events) {
    if (event.kind === 'moved') {
      const detail = movedDetail.safeParse(event.detail);
      if (detail.success) {
        history.push({
          kind: 'moved',
          at: event.at,
          from: placeOf(detail.data.from),
          to: placeOf(detail.data.to),
        });
      }
    } else if (event.kind === 'lost') {
      const detail = lostDetail.safeParse(event.detail);
      history.push({ kind: 'lost', at: event.at, reason: detail.data?.reason ?? null });
    } else if (event.kind === 'found') {
      history.push({ kind: 'found', at: event.at });
    }
  }
  return history;
}
