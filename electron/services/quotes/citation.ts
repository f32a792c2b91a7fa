import { join } from 'node:path';
import type { Quote } from '../../../shared/quote';

/** Quotation marks a passage may open or close with, in the languages Parley reads. */
const quoteMark = /["“”„«»‘’‚‹›']/;

/**
 * A Markdown citation for pasting into a note:
 * `> "exact text" — Speaker, quoted in Outlet, "Title", 2025-04-22, https://… [Q12]`.
 * The URL when the article named one, otherwise the file. A passage that already opens or closes
 * with a quotation mark is shown as pinned, without a second pair around it.
 */
export function formatCitation(quote: Quote): string {
  // A blockquote is one line; line breaks inside the passage would end it.
  const exact = quote.exact.replace(/\s+/g, ' ').trim();
  const quoted =
    quoteMark.test(exact.at(0) ?? '') || quoteMark.test(exact.at(-1) ?? '') ? exact : `"${exact}"`;
  const outlet = quote.outlet?.trim() || 'Unknown outlet';
  const speaker = quote.speaker?.replace(/\s+/g, ' ').trim();
  const source = speaker ? `${speaker}, quoted in ${outlet}` : outlet;
  const title = quote.title.replace(/\s+/g, ' ').trim() || 'Untitled';
  const date = quote.published?.trim() ? quote.published.trim().slice(0, 10) : 'undated';
  const where = quote.url?.trim() || `file ${join(quote.folder, quote.path)}`;
  return `> ${quoted} — ${source}, "${title}", ${date}, ${where} [${quote.id}]`;
}
