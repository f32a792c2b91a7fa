/** One Reuters-21578 story that has a body. */
export type ReutersStory = {
  /** The story's NEWID attribute (1…21578), unique across the collection. */
  newId: number;
  /** ISO date (`1987-02-26`) from `<DATE>`, or null when it cannot be read. */
  date: string | null;
  title: string;
  body: string;
};

const NAMED_ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** Decodes SGML character references (`&lt;`, `&amp;`, `&#3;`, `&#x41;`) in one pass; unknown names stay as written. */
export function decodeSgmlEntities(text: string): string {
  // One pass, so `&amp;lt;` becomes `&lt;` and not `<`.
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X'))
      return codePoint(parseInt(ref.slice(2), 16), whole);
    if (ref.startsWith('#')) return codePoint(parseInt(ref.slice(1), 10), whole);
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function codePoint(value: number, fallback: string): string {
  return Number.isInteger(value) && value >= 0 && value <= 0x10ffff
    ? String.fromCodePoint(value)
    : fallback;
}

/** Removes the wire-service control characters (`&#3;` end-of-text and friends) but keeps newlines and tabs. */
export function stripControlChars(text: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Reads `26-FEB-1987 15:01:01.79` as `1987-02-26`; null when the date is not in that form. */
export function reutersDateToIso(raw: string): string | null {
  const match = /(\d{1,2})-([A-Z]{3})-(\d{4})/i.exec(raw);
  if (!match) return null;
  const [, day = '', monthName = '', year = ''] = match;
  const month = MONTHS.indexOf(monthName.toUpperCase()) + 1;
  const dayNumber = Number(day);
  if (month === 0 || dayNumber < 1 || dayNumber > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(dayNumber).padStart(2, '0')}`;
}

function element(source: string, tag: string): string | null {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(source);
  return match?.[1] ?? null;
}

function clean(raw: string): string {
  return stripControlChars(decodeSgmlEntities(raw))
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** Extracts every `<REUTERS>` story with a non-empty `<BODY>` from one SGML file's text, in file order. */
export function extractReutersStories(sgml: string): ReutersStory[] {
  const stories: ReutersStory[] = [];
  for (const match of sgml.matchAll(/<REUTERS\b([^>]*)>([\s\S]*?)<\/REUTERS>/g)) {
    const [, attributes = '', inner = ''] = match;
    const rawBody = element(inner, 'BODY');
    if (rawBody === null) continue;
    const body = clean(rawBody);
    if (body === '') continue;
    const newId = Number(/\bNEWID="(\d+)"/.exec(attributes)?.[1] ?? NaN);
    const rawTitle = element(inner, 'TITLE');
    // A story without a title gets its first body line, as a reader would see it.
    const title =
      (rawTitle === null ? '' : clean(rawTitle).replace(/\s+/g, ' ')) || firstLine(body);
    const rawDate = element(inner, 'DATE');
    stories.push({ newId, date: rawDate === null ? null : reutersDateToIso(rawDate), title, body });
  }
  return stories;
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim();
}

/** The text file written for a story: title line, blank line, body. */
export function storyFileText(story: Pick<ReutersStory, 'title' | 'body'>): string {
  return `${story.title}\n\n${story.body}\n`;
}

/** Decodes an SGML file's bytes as latin1: the collection is ASCII apart from a stray 0xFC (`ü`) that is not valid UTF-8. */
export function decodeSgmlBytes(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Counts whitespace-separated words, the same way for every corpus. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
