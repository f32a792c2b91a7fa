const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const numberFormat = new Intl.NumberFormat('en-US');

/** "22 Apr 2025" for an ISO date, the raw text when it does not parse, '' for none. */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
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
