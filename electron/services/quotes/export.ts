import { stringify } from 'csv-stringify/sync';
import type { Quote, QuoteExportFormat } from '../../../shared/quote';
import { DomainError } from '../errors';
import { openWorkspace } from '../workspace/workspace';
import { listQuotes } from './quotes';

export const csvColumns = [
  'id',
  'exact',
  'speaker',
  'tags',
  'note',
  'grade',
  'status',
  'outlet',
  'title',
  'published',
  'path',
  'start',
  'end',
  'hash',
  // Appended, so a sheet built on the first fourteen columns still reads.
  'url',
  'folder',
  'prefix',
  'suffix',
  'checkedAt',
  'movedAt',
  'createdAt',
  'updatedAt',
  // The Admiralty pair: the origin outlet's reliability grade, that outlet, and the pair ("B2").
  'reliability',
  'reliabilityOutlet',
  'pair',
] as const;

/**
 * A character a spreadsheet may read as the start of a formula (OWASP CSV injection): at the start
 * of the cell, of any line inside it, or after a semicolon (a spreadsheet whose list separator is
 * `;` starts a new cell there, quotes or not).
 */
const formulaLead = /(^|[\r\n;])([=+\-@\t\r])/g;

/** Neutralises formula leads (see formulaLead) with an apostrophe, which spreadsheets hide. */
export function neutraliseFormulas(cell: string): string {
  return cell.replace(
    formulaLead,
    (_match, lineStart: string, lead: string) => `${lineStart}'${lead}`,
  );
}

/**
 * Quotes as RFC 4180 CSV (CRLF records) with a header row. Every field holding a line break, a
 * quote, or either common delimiter (`,` or `;`) is quoted, so the file reads back as the same rows
 * in any spreadsheet locale; formula leads are neutralised (see neutraliseFormulas).
 */
export function quotesToCsv(quotes: Quote[]): string {
  const rows = quotes.map((q) => [
    q.id,
    q.exact,
    q.speaker ?? '',
    q.tags.join('; '),
    q.note,
    q.grade === null ? '' : String(q.grade),
    q.status,
    q.outlet ?? '',
    q.title,
    q.published ?? '',
    q.path,
    String(q.start),
    String(q.end),
    q.hash,
    q.url ?? '',
    q.folder,
    q.prefix,
    q.suffix,
    q.checkedAt ?? '',
    q.movedAt ?? '',
    q.createdAt,
    q.updatedAt,
    q.reliability?.grade ?? '',
    q.reliability?.outlet ?? '',
    q.reliability?.pair ?? '',
  ]);
  return safeCsv([...csvColumns], rows);
}

/**
 * A header and rows as RFC 4180 CSV (CRLF records): every field holding a line break, a quote, or
 * either common delimiter (`,` or `;`) quoted, so the file reads back as the same rows in any
 * spreadsheet locale; formula leads neutralised (see neutraliseFormulas). Every export uses it.
 */
export function safeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([[...header], ...rows.map((row) => row.map(neutraliseFormulas))], {
    record_delimiter: 'windows',
    quoted_match: /[\r\n",;]/,
  });
}

/** Quotes as pretty-printed JSON (an array of Quote). */
export function quotesToJson(quotes: Quote[]): string {
  return `${JSON.stringify(quotes, null, 2)}\n`;
}

/** Quotes in the chosen export format. */
export function quotesAs(format: QuoteExportFormat, quotes: Quote[]): string {
  return format === 'csv' ? quotesToCsv(quotes) : quotesToJson(quotes);
}

/** `parley quotes <workspace> --format csv|json`: reads read-only, so it works while the app has the workspace open. */
export function runQuotesCommand(workspaceFile: string, format: QuoteExportFormat): string {
  if (format !== 'csv' && format !== 'json') {
    throw new DomainError('invalid-input', `Unknown format ${String(format)}; use csv or json.`);
  }
  const ws = openWorkspace(workspaceFile, { readOnly: true });
  try {
    const quotes = listQuotes(ws);
    return quotesAs(format, quotes);
  } finally {
    ws.close();
  }
}
