export { formatCount, plural } from '../../shared/count-words';

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

/** "22 Apr 2025" for an ISO date ("May 2018", "2018" for partial ones), the raw text when it does not parse, '' for none. */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  // A year or a month alone (e.g. from a metadata sidecar) must not be shown as its first day.
  if (/^\d{4}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) return monthFormat.format(Date.parse(`${iso}-01`));
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : dateFormat.format(time);
}
