import type { ArticleOrigin, OriginsReport } from '../../../shared/origins';
import { createAliasTable, type AliasTable } from './aliases';
import { articleFacts, type ArticleFacts, type OriginInput } from './article-facts';
import { relayGroupsOf } from './groups';

export type { OriginInput } from './article-facts';

const shippedAliases = createAliasTable();

/** Origins of a set of articles: attributions, primary origin, relay groups, independent origins. */
export function analyseOrigins(
  inputs: readonly OriginInput[],
  aliases: AliasTable = shippedAliases,
): OriginsReport {
  return combineFacts(
    inputs,
    inputs.map((input) => articleFacts(input, aliases)),
  );
}

/** The report from each article's facts (fresh or cached): relay groups across them all. */
export function combineFacts(
  items: readonly { path: string; publisher: string | null }[],
  facts: readonly ArticleFacts[],
): OriginsReport {
  const { groups, origins } = relayGroupsOf(facts.map((f) => f.signature));
  const articles: ArticleOrigin[] = facts.map((f, i) => {
    // A copy whose credit was stripped takes the origin of the group its text joined.
    const origin = f.origin ?? origins[i] ?? null;
    return {
      path: items[i]?.path ?? '',
      publisher: items[i]?.publisher ?? null,
      origin,
      also: origin === null ? [...f.also] : f.also.filter((o) => o !== origin),
      anonymous: f.anonymous,
      attributions: f.attributions,
      ...(f.headline ? { headline: f.headline } : {}),
    };
  });
  return {
    articles,
    groups: groups.map((members) => members.map((i) => items[i]?.path ?? '')),
    independentOrigins: groups.length,
  };
}
