import { createAliasTable, defaultAliases, type OutletAlias } from '../origins/aliases';
import { cleanName, nameKey, type StoredOutlet } from './repo';

/** Outlet names as the notebook resolves them: the analyst's aliases first, then the shipped table. */
export type OutletResolver = {
  /** The outlet a spelling names; an unknown spelling is an outlet of its own; null for none. */
  resolve(form: string | null | undefined): string | null;
  /** Every alias of outlet `name`: the analyst's and the shipped ones that still lead to it. */
  aliasesOf(name: string): string[];
  /** The shipped aliases of `name` that lead to it (the ones an analyst cannot simply drop). */
  shippedAliasesOf(name: string): string[];
  /** The stored outlet of `name`, if the notebook keeps one. */
  stored(name: string): StoredOutlet | undefined;
};

/** The resolver over the workspace's outlets and the shipped alias table (or an edited copy). */
export function createResolver(
  notebook: readonly StoredOutlet[],
  shipped: readonly OutletAlias[] = defaultAliases,
): OutletResolver {
  const table = createAliasTable(shipped);
  const analyst = new Map<string, string>();
  const byName = new Map<string, StoredOutlet>();
  for (const outlet of notebook) {
    byName.set(nameKey(outlet.name), outlet);
    analyst.set(nameKey(outlet.name), outlet.name);
    for (const alias of outlet.aliases) analyst.set(nameKey(alias), outlet.name);
  }
  // A corpus prints few spellings many times: each is resolved once.
  const resolved = new Map<string, string | null>();
  const resolve = (form: string | null | undefined): string | null => {
    if (form === null || form === undefined) return null;
    const known = resolved.get(form);
    if (known !== undefined) return known;
    const answer = resolveOnce(form);
    resolved.set(form, answer);
    return answer;
  };
  const resolveOnce = (form: string): string | null => {
    const clean = cleanName(form);
    if (clean === '') return null;
    const own = analyst.get(nameKey(clean));
    if (own !== undefined) return own;
    const canonical = table.resolve(clean);
    if (canonical === null) return clean;
    return analyst.get(nameKey(canonical)) ?? canonical;
  };
  const shippedAliasesOf = (name: string): string[] => {
    const found: string[] = [];
    for (const entry of shipped) {
      for (const form of [entry.name, ...entry.aliases]) {
        if (nameKey(form) !== nameKey(name) && resolve(form) === name) found.push(form);
      }
    }
    return found;
  };
  return {
    resolve,
    shippedAliasesOf,
    aliasesOf(name) {
      const own = byName.get(nameKey(name))?.aliases ?? [];
      const seen = new Set<string>([nameKey(name)]);
      const all: string[] = [];
      for (const alias of [...own, ...shippedAliasesOf(name)]) {
        if (seen.has(nameKey(alias))) continue;
        seen.add(nameKey(alias));
        all.push(alias);
      }
      return all;
    },
    stored: (name) => byName.get(nameKey(name)),
  };
}
