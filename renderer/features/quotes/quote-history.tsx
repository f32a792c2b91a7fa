import { useEffect, useState } from 'react';
import type { AnchorPlace, Quote, QuoteHistoryEvent } from '../../../shared/quote';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../state/store-context';

const place = (p: AnchorPlace): string => `${p.start}–${p.end} (text ${p.hash.slice(0, 8)})`;

/** One history entry in plain words: "3 May 2025: moved from characters 0–32 (text …) to …". */
export function describeEvent(event: QuoteHistoryEvent): string {
  const when = formatDate(event.at);
  switch (event.kind) {
    case 'pinned':
      return `${when}: pinned at characters ${place(event.place)}`;
    case 'moved':
      return `${when}: moved from characters ${place(event.from)} to ${place(event.to)}`;
    case 'lost':
      return `${when}: lost${event.reason ? ` — ${event.reason}` : ''}`;
    case 'found':
      return `${when}: found again word for word`;
  }
}

/**
 * The "History" disclosure of a quote card. The history is read when the disclosure opens and
 * again after each check of the quote while it stays open.
 */
export function QuoteHistory({ quote }: { quote: Quote }) {
  const quoteHistory = useAppStore((s) => s.quoteHistory);
  const [open, setOpen] = useState(false);
  const [events, setEvents] = useState<QuoteHistoryEvent[] | null>(null);
  const { id, checkedAt } = quote;

  useEffect(() => {
    if (!open) return;
    let current = true;
    void quoteHistory(id).then((answer) => {
      if (current) setEvents(answer);
    });
    return () => {
      current = false;
    };
  }, [open, id, checkedAt, quoteHistory]);

  return (
    <details
      className="quote-history"
      onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
    >
      <summary>History</summary>
      {open && events === null && <p className="quote-history-note">Reading…</p>}
      {events && (
        <ol aria-label={`History of ${id}`}>
          {events.map((event, i) => (
            <li key={i}>{describeEvent(event)}</li>
          ))}
        </ol>
      )}
    </details>
  );
}
