// C0/C1 controls other than tab and newline never belong in article text; zero-width and BOM characters only confuse search.
const strayCharacters = /(?![\t\n])\p{Cc}|[\u200b\u2060\ufeff]/gu;

/** Collapses whitespace within lines, trims them, and keeps at most one blank line between paragraphs. */
export function normaliseText(raw: string): string {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((line) => line.replace(strayCharacters, '').replace(/\s+/g, ' ').trim());
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** Joins paragraphs (each already collapsed) with blank lines, dropping empty ones. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => normaliseText(p))
    .filter((p) => p !== '')
    .join('\n\n');
}

/** Collapses all whitespace in a single-line value such as a title; null when nothing is left. */
export function cleanLine(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const cleaned = value.replace(strayCharacters, '').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Number of words (letter/digit runs, with inner apostrophes and hyphens) in a text. */
export function countWords(text: string): number {
  return text.match(wordPattern)?.length ?? 0;
}
