import type { Outlet, OutletDetail } from '../../../shared/outlets';
import { DomainError } from '../errors';
import { currentGrade, nameKey, type StoredOutlet } from './repo';
import { createResolver, type OutletResolver } from './resolve';
import {
  resolveArticles,
  statsOf,
  suggestGrade,
  tally,
  type ArticleFacts,
  type ResolvedArticle,
  type Tallies,
} from './stats';

/** The notebook as read: every outlet (corpus and analyst), the resolver, the resolved articles. */
export type Catalogue = {
  outlets: Outlet[];
  resolver: OutletResolver;
  articles: ResolvedArticle[];
  /** The outlet a name or alias refers to, if the catalogue lists it. */
  find(name: string): Outlet | undefined;
  /** One outlet with history, record and articles; not-found for a name no outlet answers to. */
  detail(name: string): OutletDetail;
};

/**
 * Every publisher, cited origin and secondary outlet of the corpus, resolved through the
 * analyst's aliases and then the shipped table, and every outlet the notebook keeps, with
 * statistics derived now. Most articles first, then by name.
 */
export function buildCatalogue(
  facts: readonly ArticleFacts[],
  notebook: readonly StoredOutlet[],
): Catalogue {
  const resolver = createResolver(notebook);
  const articles = resolveArticles(facts, resolver);
  const tallies: Tallies = tally(articles);
  const names = new Set<string>([...tallies.keys(), ...notebook.map((o) => o.name)]);
  const outlets = [...names].map((name) => outletOf(name, resolver, tallies));
  outlets.sort((a, b) => b.stats.articles - a.stats.articles || a.name.localeCompare(b.name));
  const byKey = new Map(outlets.map((o) => [nameKey(o.name), o]));
  const find = (name: string): Outlet | undefined => {
    const resolved = resolver.resolve(name);
    return resolved === null ? undefined : byKey.get(nameKey(resolved));
  };
  return {
    outlets,
    resolver,
    articles,
    find,
    detail(name) {
      const outlet = find(name);
      if (!outlet) throw new DomainError('not-found', `No outlet is called ${name}.`);
      const stored = resolver.stored(outlet.name);
      const own = tallies.get(outlet.name);
      return {
        ...outlet,
        gradeHistory: stored?.grades ?? [],
        record: stored?.record ?? [],
        articles: [...(own?.articles.values() ?? [])].sort(
          (a, b) =>
            (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id),
        ),
      };
    },
  };
}

function outletOf(name: string, resolver: OutletResolver, tallies: Tallies): Outlet {
  const stored = resolver.stored(name);
  const record = stored?.record ?? [];
  return {
    name,
    aliases: resolver.aliasesOf(name),
    domains: stored?.domains ?? [],
    kind: stored?.kind ?? 'unknown',
    country: stored?.country ?? null,
    notes: stored?.notes ?? '',
    grade: currentGrade(stored),
    source: stored?.source ?? 'corpus',
    stats: statsOf(tallies.get(name), record),
    suggestion: suggestGrade(record),
  };
}
