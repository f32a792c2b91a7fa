import type { ArticleOrigin, OriginsReport } from '../../../shared/origins';
import { createAliasTable, type AliasTable } from './aliases';
import { extractAttributions } from './extract';
import { relayGroups } from './groups';
import { primaryOrigin } from './primary';

/** What the origins area needs of an article: nothing it could not get from any host. */
export type OriginInput = {
  path: string;
  publisher: string | null;
  published: string | null;
  text: string;
};

const shippedAliases = createAliasTable();

/** Origins of a set of articles: attributions, primary origin, relay groups, independent origins. */
export function analyseOrigins(
  inputs: readonly OriginInput[],
  aliases: AliasTable = shippedAliases,
): OriginsReport {
  const articles: ArticleOrigin[] = inputs.map((input) => {
    const attributions = extractAttributions(input.text, aliases);
    const { origin, also } = primaryOrigin(input.text, attributions, input.publisher);
    return {
      path: input.path,
      publisher: input.publisher,
      origin,
      also,
      anonymous: attributions.filter((a) => a.kind === 'anonymous').length,
      attributions,
    };
  });
  const { groups, origins } = relayGroups(
    inputs.map((input, i) => ({
      origin: articles[i]?.origin ?? null,
      published: input.published,
      text: input.text,
    })),
  );
  // A copy whose credit was stripped takes the origin of the group its text joined.
  articles.forEach((article, i) => {
    article.origin ??= origins[i] ?? null;
    if (article.origin !== null) article.also = article.also.filter((o) => o !== article.origin);
  });
  return {
    articles,
    groups: groups.map((members) => members.map((i) => inputs[i]?.path ?? '')),
    independentOrigins: groups.length,
  };
}
