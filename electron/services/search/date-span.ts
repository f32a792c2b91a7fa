const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/**
 * The first and last day an ISO date stands for: a day is itself, a month ("2019-05") runs
 * 2019-05-01 … 2019-05-31, a year ("2019") 2019-01-01 … 2019-12-31. Null for no date.
 */
export function dateSpan(
  published: string | null | undefined,
): { first: string; last: string } | null {
  const match = PARTIAL.exec(published?.trim() ?? '');
  if (!match) return null;
  const [, year, month, day] = match as unknown as [string, string, string?, string?];
  if (day !== undefined)
    return { first: `${year}-${month}-${day}`, last: `${year}-${month}-${day}` };
  if (month !== undefined) {
    const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return {
      first: `${year}-${month}-01`,
      last: `${year}-${month}-${String(days).padStart(2, '0')}`,
    };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/**
 * Whether a date falls in the inclusive day range [from, to] (either end open when null). A year
 * or a month is in the range when any of its days is: the analyst filtering 2019-03-01 … 2019-03-31
 * still sees the article that says only "2019", since it may be from March.
 */
export function inDateRange(
  span: { first: string; last: string },
  from: string | null,
  to: string | null,
): boolean {
  return (from === null || span.last >= from) && (to === null || span.first <= to);
}
