import { diffChars, diffWords } from 'diff';
import type { Article } from '../../../shared/article';
import type { ClosestPassage, DiffPart, Quote, Verification } from '../../../shared/quote';
import { DomainError } from '../errors';

/** Characters of context kept on each side of a pinned passage. */
export const contextLength = 32;
/** How many context characters must still agree for a single exact occurrence to count as the same passage. */
export const contextAgreement = 8;

export type Anchor = { exact: string; prefix: string; suffix: string; start: number; end: number };

/** Anchors text[start, end) with its context, trimming surrounding whitespace; rejects empty or out-of-range selections. */
export function makeAnchor(text: string, start: number, end: number): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new DomainError(
      'invalid-input',
      `Quote offsets must be whole numbers (got ${start}–${end}).`,
    );
  }
  if (start < 0)
    throw new DomainError(
      'invalid-input',
      `A quote cannot start before the text (start ${start}).`,
    );
  if (end <= start) {
    throw new DomainError(
      'invalid-input',
      `The selection ${start}–${end} is empty: its end must come after its start.`,
    );
  }
  if (end > text.length) {
    throw new DomainError(
      'invalid-input',
      `The selection ends at ${end}, beyond the article's ${text.length} characters.`,
    );
  }
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  if (s === e)
    throw new DomainError(
      'invalid-input',
      'The selection holds only whitespace; there is nothing to quote.',
    );
  return {
    exact: text.slice(s, e),
    prefix: text.slice(Math.max(0, s - contextLength), s),
    suffix: text.slice(e, e + contextLength),
    start: s,
    end: e,
  };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/** How well the context around `pos` in `text` matches the quote's stored context (characters agreeing). */
function contextScore(
  quote: Anchor,
  text: string,
  pos: number,
): { agrees: boolean; score: number } {
  const newPrefix = text.slice(Math.max(0, pos - contextLength), pos);
  const newSuffix = text.slice(pos + quote.exact.length, pos + quote.exact.length + contextLength);
  const p = commonSuffixLength(quote.prefix, newPrefix);
  const s = commonPrefixLength(quote.suffix, newSuffix);
  const side = (stored: string, fresh: string, agreed: number): boolean => {
    const need = Math.min(contextAgreement, stored.length);
    // An empty stored context means the passage sat at the edge of the text; it must still.
    return need === 0 ? fresh.length === 0 : agreed >= need;
  };
  return {
    agrees: side(quote.prefix, newPrefix, p) || side(quote.suffix, newSuffix, s),
    score: p + s,
  };
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Re-checks a pinned quote against the article as it is now. Same hash → ok; one occurrence of the
 * exact text whose context still agrees → moved; anything else → lost, with the closest passage
 * for display. A look-alike is never taken for the quote.
 */
export function verifyQuote(quote: Quote, article: Article | null): Verification {
  if (article === null)
    return { id: quote.id, status: 'lost', reason: 'source file missing', closest: null };
  const { text } = article;
  if (article.hash === quote.hash && text.slice(quote.start, quote.end) === quote.exact) {
    return { id: quote.id, status: 'ok', reason: null };
  }
  const found = occurrences(text, quote.exact);
  if (found.length === 1 && found[0] !== undefined) {
    const pos = found[0];
    if (contextScore(quote, text, pos).agrees) {
      const end = pos + quote.exact.length;
      const moved = {
        start: pos,
        end,
        prefix: text.slice(Math.max(0, pos - contextLength), pos),
        suffix: text.slice(end, end + contextLength),
        hash: article.hash,
      };
      const reason =
        pos === quote.start
          ? 'the article changed elsewhere; the passage is where it was'
          : `the passage moved from ${quote.start} to ${pos}`;
      return { id: quote.id, status: 'moved', reason, moved };
    }
    return {
      id: quote.id,
      status: 'lost',
      reason: 'the exact text now appears only in a different context, so it was not re-anchored',
      closest: passage(quote.exact, text, pos, pos + quote.exact.length),
    };
  }
  if (found.length > 1) {
    const best = found
      .map((pos) => ({ pos, score: contextScore(quote, text, pos).score }))
      .reduce((a, b) => (b.score > a.score ? b : a));
    return {
      id: quote.id,
      status: 'lost',
      reason: `the exact text now appears ${found.length} times, so it cannot be re-anchored safely`,
      closest: passage(quote.exact, text, best.pos, best.pos + quote.exact.length),
    };
  }
  return {
    id: quote.id,
    status: 'lost',
    reason: 'the exact text is no longer in the article',
    closest: findClosest(quote.exact, text),
  };
}

function trigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const t = text.toLowerCase();
  for (let i = 0; i + 3 <= t.length; i += 1) {
    const g = t.slice(i, i + 3);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

/** Character-level similarity 0…1: twice the characters in common over the total. */
export function similarity(a: string, b: string): number {
  if (a.length + b.length === 0) return 1;
  const common = diffChars(a, b)
    .filter((part) => !part.added && !part.removed)
    .reduce((n, part) => n + part.value.length, 0);
  return (2 * common) / (a.length + b.length);
}

/** Diff from the pinned text to a passage, word by word, for display. */
export function diffParts(from: string, to: string): DiffPart[] {
  return diffWords(from, to).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

function passage(exact: string, text: string, start: number, end: number): ClosestPassage {
  const found = text.slice(start, end);
  return {
    text: found,
    start,
    end,
    similarity: similarity(exact, found),
    diff: diffParts(exact, found),
  };
}

/** The word-aligned passage of `text` most like `exact` (character similarity), or null for an empty text. */
export function findClosest(exact: string, text: string): ClosestPassage | null {
  if (text.trim() === '') return null;
  const isSpace = (i: number): boolean => /\s/.test(text[i] ?? ' ');
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (!isSpace(i) && isSpace(i - 1)) starts.push(i);
    if (!isSpace(i) && isSpace(i + 1)) ends.push(i + 1);
  }
  const endAtOrAfter = (pos: number): number => {
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] ?? 0) >= pos) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  // Coarse pass: every word start, a window of the quote's length, scored by how many of its
  // trigrams occur in the quote (prefix sums make each window O(1)).
  const grams = new Set(trigrams(exact).keys());
  const lower = text.toLowerCase();
  const hits = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i += 1) {
    hits[i + 1] =
      (hits[i] ?? 0) + (i + 3 <= text.length && grams.has(lower.slice(i, i + 3)) ? 1 : 0);
  }
  const gramCount = Math.max(1, exact.length - 2);
  const coarse = starts.map((s, si) => {
    const ei = endAtOrAfter(s + exact.length);
    const e = ends[ei] ?? text.length;
    const windowGrams = Math.max(1, e - s - 2);
    const common = (hits[Math.max(s, e - 2)] ?? 0) - (hits[s] ?? 0);
    return { si, ei, score: (2 * common) / (gramCount + windowGrams) };
  });
  coarse.sort((a, b) => b.score - a.score);

  // Fine pass: from the best few, move either edge a word at a time while the similarity improves.
  let best = { start: 0, end: 0, score: -1 };
  for (const seed of coarse.slice(0, 3)) {
    let { si, ei } = seed;
    const score = (s: number, e: number): number => {
      const a = starts[s];
      const b = ends[e];
      return a === undefined || b === undefined || b <= a
        ? -1
        : similarity(exact, text.slice(a, b));
    };
    let current = score(si, ei);
    for (let guard = 0; guard < 200; guard += 1) {
      const moves: [number, number][] = [
        [si - 1, ei],
        [si + 1, ei],
        [si, ei - 1],
        [si, ei + 1],
      ];
      const scored = moves.map(([s, e]) => ({ s, e, v: score(s, e) })).sort((a, b) => b.v - a.v)[0];
      if (!scored || scored.v <= current) break;
      [si, ei, current] = [scored.s, scored.e, scored.v];
    }
    const start = starts[si];
    const end = ends[ei];
    if (start !== undefined && end !== undefined && current > best.score)
      best = { start, end, score: current };
  }
  return best.score < 0 ? null : passage(exact, text, best.start, best.end);
}
