import type { DiffPart } from './quote';

/** One article's wording of a quotation; offsets are into the article's normalised text. */
export type QuoteVariant = {
  articleId: string;
  /** The article's path inside its folder, and its title and outlet, for listing it. */
  path: string;
  title: string;
  outlet: string | null;
  /** The quotation as written, without its quotation marks: `text.slice(start, end)` of the article. */
  text: string;
  start: number;
  end: number;
  /** Word diff from the cluster's reference wording (removed) to this one (added); all `same` for the reference. */
  diff: DiffPart[];
};

/**
 * One statement quoted in different wordings across the articles of a relay group. The first
 * variant is the reference the others are diffed against (the wording closest to all the others).
 */
export type QuoteDrift = {
  variants: QuoteVariant[];
  /** How many different wordings the variants carry (at least two). */
  wordings: number;
};
