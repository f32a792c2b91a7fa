import type { Footnote, Inline, Paragraph, SourceEntry } from '../../../shared/briefing';

/** What an unknown citation prints as, in every format: kept visible, never dropped. */
export const unknownCiteText = (quoteId: string): string => `[${quoteId} — unknown quote]`;

/** "2025-04-22", or "undated". */
export const dayOf = (iso: string | null): string => iso?.slice(0, 10) || 'undated';

/** The parts of a citation after its quoted text, in reading order; every format prints these. */
export function footnoteDetails(f: Footnote): string[] {
  const origin = f.ownReporting
    ? 'own reporting'
    : f.origin === null
      ? 'origin unknown'
      : `relays ${f.origin}`;
  return [
    f.speaker
      ? `${f.speaker}, in ${f.publisher ?? 'an unknown outlet'}`
      : (f.publisher ?? 'Unknown outlet'),
    origin,
    dayOf(f.published),
    `“${f.title || 'Untitled'}”`,
    `file ${f.path}`,
    `SHA-256 ${f.hash}`,
    `Admiralty ${f.pair}`,
    f.statusText,
    f.quoteId,
  ];
}

/** One footnote as one line of plain text: `“exact” — details`. */
export function footnotePlain(f: Footnote): string {
  return `“${oneLine(f.exact)}” — ${footnoteDetails(f).join('; ')}`;
}

/** One sources-appendix entry as plain text. */
export function sourcePlain(s: SourceEntry): string {
  return `${s.outlet ?? 'Unknown outlet'}, ${dayOf(s.published)}, “${s.title || 'Untitled'}”, ${s.path}, SHA-256 ${s.hash} (${s.quoteIds.join(', ')})`;
}

/** A run as plain text, citations as `[n]`; for formats without footnote marks of their own. */
export function inlinePlain(run: Inline): string {
  switch (run.kind) {
    case 'text':
      return run.text;
    case 'cite':
      return `[${run.footnote}]`;
    case 'unknown-cite':
      return unknownCiteText(run.quoteId);
  }
}

export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A text run as superscript formats print it: the space before a footnote mark dropped ("line¹", not "line ¹"). */
export const beforeMark = (p: Paragraph, i: number, text: string): string =>
  p[i + 1]?.kind === 'cite' ? text.trimEnd() : text;

/** What each matrix column states, printed under the table: a stance is a stance towards these. */
export function propositionsText(issues: readonly { name: string; proposition: string | null }[]) {
  const stated = issues.filter((i) => i.proposition);
  if (stated.length === 0) return null;
  return `Propositions: ${stated.map((i) => `${i.name} — ${i.proposition ?? ''}`).join('; ')}.`;
}

/** Whether run `i` is a citation right after another: "¹³" would read as 13, so formats put a comma between. */
export const followsCite = (p: Paragraph, i: number): boolean =>
  p[i]?.kind === 'cite' && p[i - 1]?.kind === 'cite';
