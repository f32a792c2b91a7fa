import type { OriginGroup, OriginsSummary } from '../../../shared/origins';
import type { SearchHit } from '../../../shared/search';

/** A relay group as the pane lists it: its place in the summary and the members in view. */
export type ListedGroup = {
  /** Index into `summary.groups`. */
  index: number;
  group: OriginGroup;
  /** Members in the current scope (all of them, or those among the search results). */
  members: string[];
};

/** Biggest groups first; among equals, named origins before own reporting, then by name. */
const bySize = (a: ListedGroup, b: ListedGroup) =>
  b.members.length - a.members.length ||
  Number(a.group.origin === null) - Number(b.group.origin === null) ||
  (a.group.origin ?? '').localeCompare(b.group.origin ?? '');

/** Every relay group of the summary, biggest first. */
export function allGroups(summary: OriginsSummary): ListedGroup[] {
  return summary.groups
    .map((group, index) => ({ index, group, members: group.articleIds }))
    .sort(bySize);
}

/** The relay groups the hits belong to, each with the hits among its members, biggest first. */
export function groupsAmong(
  summary: OriginsSummary,
  groupOf: Record<string, number>,
  hits: readonly Pick<SearchHit, 'id'>[],
): ListedGroup[] {
  const members = new Map<number, string[]>();
  for (const hit of hits) {
    const index = groupOf[hit.id];
    if (index === undefined) continue;
    members.set(index, [...(members.get(index) ?? []), hit.id]);
  }
  return [...members]
    .map(([index, ids]) => ({ index, group: summary.groups[index] as OriginGroup, members: ids }))
    .sort(bySize);
}

/**
 * How many independent origins the hits come from: the relay groups they fall in. `analysed` is
 * how many hits the origins analysis knows (a hit indexed after the last run is not counted).
 */
export function independentOriginsAmong(
  groupOf: Record<string, number>,
  hits: readonly Pick<SearchHit, 'id'>[],
): { origins: number; analysed: number } {
  const groups = new Set<number>();
  let analysed = 0;
  for (const hit of hits) {
    const index = groupOf[hit.id];
    if (index === undefined) continue;
    analysed++;
    groups.add(index);
  }
  return { origins: groups.size, analysed };
}

/** "Financial Times" or "Own reporting". */
export const originName = (origin: string | null): string => origin ?? 'Own reporting';
