import type { TextRange } from './search';

const paragraphPattern = /[^\n]+/g;

/** The article's paragraphs (its non-blank lines), trimmed, as offsets into `text`. */
export function paragraphsOf(text: string): TextRange[] {
  const out: TextRange[] = [];
  for (const match of text.matchAll(paragraphPattern)) {
    const unit = trim(text, match.index, match.index + match[0].length);
    if (unit) out.push(unit);
  }
  return out;
}

/** The article's sentences, never crossing a paragraph, trimmed, as offsets into `text`. */
export function sentencesOf(text: string, lang: string | null): TextRange[] {
  const segmenter = new Intl.Segmenter(lang ?? undefined, { granularity: 'sentence' });
  const out: TextRange[] = [];
  for (const paragraph of paragraphsOf(text)) {
    const body = text.slice(paragraph.start, paragraph.end);
    for (const piece of segmenter.segment(body)) {
      const start = paragraph.start + piece.index;
      const unit = trim(text, start, start + piece.segment.length);
      if (unit) out.push(unit);
    }
  }
  return out;
}

function trim(text: string, start: number, end: number): TextRange | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return s < e ? { start: s, end: e } : null;
}
