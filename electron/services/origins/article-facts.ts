import { hash } from 'node:crypto';
import type { Attribution } from '../../../shared/origins';
import type { AliasTable } from './aliases';
import { extractAttributions } from './extract';
import { groupSignature, type GroupSignature } from './groups';
import { headlineCredit, type HeadlineCredit } from './headline';
import { primaryOrigin } from './primary';

/** What the origins area needs of an article: nothing it could not get from any host. */
export type OriginInput = {
  path: string;
  publisher: string | null;
  published: string | null;
  text: string;
  /** The headline as the article prints it; a credit in it ("… – Reuters") is a cue. */
  title?: string | null;
  /** An outlet the headline credits, as the parser split it off the title. */
  credit?: string | null;
  /** A hash of the article's content when the caller has one (the file's sha-256); else the text is hashed. */
  hash?: string;
};

/** An input without its text: what the main thread sends before it knows which texts are needed. */
export type OriginItem = Omit<OriginInput, 'text'> & { key: string };

/** Everything the origins area learns from one article alone, cached by `factsKey`. */
export type ArticleFacts = {
  attributions: Attribution[];
  /** The outlet it relays by its own credits (before a copy takes its group's origin). */
  origin: string | null;
  also: string[];
  anonymous: number;
  /** The outlet its headline credits, if any (a cue outside the text, so it has no offsets). */
  headline: HeadlineCredit | null;
  signature: GroupSignature;
};

/**
 * The cache key of an article's facts: its content and every field they depend on, so a changed
 * file or a corrected publisher is extracted again and nothing else is.
 */
export function factsKey(input: Omit<OriginInput, 'text' | 'path'> & { text?: string }): string {
  const content = input.hash ?? hash('sha256', input.text ?? '');
  return JSON.stringify([
    content,
    input.publisher,
    input.published,
    input.title ?? null,
    input.credit ?? null,
  ]);
}

/** Attributions, primary origin and grouping signature of one article. */
export function articleFacts(input: OriginInput, aliases: AliasTable): ArticleFacts {
  const attributions = extractAttributions(input.text, aliases);
  const headline = headlineCredit(input.title, input.credit, aliases);
  const { origin, also } = primaryOrigin(
    input.text,
    attributions,
    input.publisher,
    headline?.outlet ?? null,
  );
  return {
    attributions,
    origin,
    also,
    anonymous: attributions.filter((a) => a.kind === 'anonymous').length,
    headline,
    signature: groupSignature(origin, input.published, input.text),
  };
}
