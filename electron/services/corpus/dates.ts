const months: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function ymd(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Turns a stated date into ISO 8601: ISO dates and date-times are kept (time and zone included), `22 April 2025`,
 * `April 22, 2025` and `22.04.2025` become `2025-04-22`. Anything else is null: a date is never guessed.
 */
export function parseStatedDate(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(
      s,
    );
  if (iso) {
    const [, y, mo, d, h, mi, sec, zone] = iso;
    const date = ymd(Number(y), Number(mo), Number(d));
    if (!date) return null;
    if (h === undefined || mi === undefined) return date;
    if (Number(h) > 23 || Number(mi) > 59) return date;
    const z =
      zone === undefined
        ? ''
        : zone.toUpperCase() === 'Z'
          ? 'Z'
          : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return `${date}T${h}:${mi}${sec === undefined ? '' : `:${sec}`}${z}`;
  }
  const dayFirst =
    /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})\b/.exec(s);
  if (dayFirst) {
    const month = months[(dayFirst[2] ?? '').toLowerCase()];
    if (month) return ymd(Number(dayFirst[3]), month, Number(dayFirst[1]));
  }
  const monthFirst =
    /^(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (monthFirst) {
    const month = months[(monthFirst[1] ?? '').toLowerCase()];
    if (month) return ymd(Number(monthFirst[3]), month, Number(monthFirst[2]));
  }
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(s);
  if (dotted) return ymd(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  return null;
}
