import type { Quote } from '../../../shared/quote';

/**
 * A Markdown citation for pasting into a note:
 * `> "exact text" — Outlet, "Title", 2025-04-22 [Q12]`.
 */
export function formatCitation(quote: Quote): string {
  // A blockquote is one line; line breaks inside the passage would end it.
  const exact = quote.exact.replace(/\s+/g, ' ').trim();
  const outlet = quote.outlet?.trim() || 'Unknown outlet';
  const title = quote.title.replace(/\s+/g, ' ').trim() || 'Untitled';
  const date = quote.published?.trim() ? quote.published.trim().slice(0, 10) : 'undated';
  return `> "${exact}" — ${outlet}, "${title}", ${date} [${quote.id}]`;
}
