/** A quotation found in a text: what stands between its marks, with offsets into the text. */
export type Quotation = { text: string; start: number; end: number };

type Open = { mark: string; at: number };

const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
// A straight quote opens after a space or opening punctuation and before a word.
const opensAfter = (c: string | undefined) => c === undefined || /[\s([{—–\-:/]/u.test(c);

/**
 * The outermost quotations of `text` in “…”, "…", «…» and „…“ (or „…”), nested marks included in
 * the outer one. Apostrophes and single quotes never count. A quotation left open at the end of
 * its paragraph is dropped (multi-paragraph quotations reopen on every paragraph, and an unclosed
 * mark must not swallow what follows). Trailing commas, colons and spaces are trimmed.
 */
export function extractQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  let stack: Open[] = [];
  const closeTo = (index: number, end: number) => {
    const open = stack[index]!;
    stack = stack.slice(0, index);
    if (stack.length === 0) push(found, text, open.at + 1, end);
  };
  const innermost = (marks: string) => {
    for (let k = stack.length - 1; k >= 0; k--) if (marks.includes(stack[k]!.mark)) return k;
    return -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') stack = [];
    else if (c === '«' || c === '„') stack.push({ mark: c, at: i });
    else if (c === '»') {
      const k = innermost('«');
      if (k >= 0) closeTo(k, i);
    } else if (c === '“') {
      // “ closes „ (Russian, Ukrainian, German) and opens everywhere else.
      if (stack.at(-1)?.mark === '„') closeTo(stack.length - 1, i);
      else stack.push({ mark: c, at: i });
    } else if (c === '”') {
      const k = innermost('“„');
      if (k >= 0) closeTo(k, i);
    } else if (c === '"') {
      const before = text[i - 1];
      const after = text[i + 1];
      const k = innermost('"');
      if (opensAfter(before) && !isSpace(after)) {
        // Straight quotes never nest: an opener while one is open means the earlier one was stray.
        if (k >= 0) stack = stack.slice(0, k);
        stack.push({ mark: c, at: i });
      } else if (k >= 0 && !isSpace(before)) closeTo(k, i);
    }
  }
  return found;
}

function push(found: Quotation[], text: string, from: number, to: number) {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/u.test(text[end - 1]!)) end--;
  if (end > start) found.push({ text: text.slice(start, end), start, end });
}
