const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const numberFormat = new Intl.NumberFormat('en-US');

/** "22 Apr 2025" for an ISO date ("May 2018", "2018" for partial ones), the raw text when it does not parse, '' for none. */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  // A year or a month alone (e.g. from a metadata sidecar) must not be shown as its first day.
  if (/^\d{4}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) return monthFormat.format(Date.parse(`${iso}-01`));
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : dateFormat.format(time);
}

/** "2,225". */
export function formatCount(count: number): string {
  return numberFormat.format(count);
}

/** "1 result", "5 results", with the noun pluralised by a trailing s. */
export function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}
