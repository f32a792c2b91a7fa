import { plural } from '../../../shared/count-words';
import type {
  ArticleDecision,
  GroupDecision,
  StoredOriginDecision,
} from '../../../shared/origin-decisions';
import type { OriginGroup, OriginsSummary } from '../../../shared/origins';

/**
 * The summary as the analyst decided it: `decisions` (keyed by article id) laid over the computed
 * one. An article with a group label leaves its computed group for the group of that label; an
 * article whose origin the analyst set (and that has no label) leaves its group for the first one
 * with that origin, or stands alone (always, for own reporting). Decisions about articles not in
 * the summary are kept and reported as vanished. The computed groups stay in `analyst.computed`.
 */
export function applyDecisions(
  summary: OriginsSummary,
  decisions: readonly StoredOriginDecision[],
): OriginsSummary {
  const computedGroups = summary.groups.map(({ origin, articleIds }) => ({ origin, articleIds }));
  const known = new Map(decisions.map((d) => [d.articleId, d]));
  const present = (d: StoredOriginDecision): boolean => Object.hasOwn(summary.origins, d.articleId);
  const vanished = decisions.filter((d) => !present(d));

  const origins: Record<string, string | null> = { ...summary.origins };
  for (const d of decisions) if (present(d) && d.origin) origins[d.articleId] = d.origin.value;

  const computedGroupOf = new Map<string, string[]>();
  for (const g of computedGroups)
    for (const id of g.articleIds) computedGroupOf.set(id, g.articleIds);
  const moves = (id: string): boolean => {
    const d = known.get(id);
    return d !== undefined && (d.group !== null || d.origin !== null);
  };

  type Building = OriginGroup & { from: Set<string[]>; label: string | null; gained: string[] };
  const groups: Building[] = [];
  const labelled = new Map<string, Building>();
  const arrivals: string[] = [];
  // In computed order: what stays of each group, then the groups its moved members were labelled into.
  for (const g of computedGroups) {
    const stays = g.articleIds.filter((id) => !moves(id));
    if (stays.length > 0)
      groups.push({
        ...g,
        articleIds: stays,
        from: new Set([g.articleIds]),
        label: null,
        gained: [],
      });
    for (const id of g.articleIds) {
      const d = known.get(id);
      if (!d || !moves(id)) continue;
      if (d.group === null) {
        arrivals.push(id);
        continue;
      }
      let group = labelled.get(d.group);
      if (!group) {
        group = {
          origin: origins[id] ?? null,
          articleIds: [],
          from: new Set(),
          label: d.group,
          gained: [],
        };
        labelled.set(d.group, group);
        groups.push(group);
      }
      group.articleIds.push(id);
      group.from.add(g.articleIds);
    }
  }
  for (const id of arrivals) {
    const origin = origins[id] ?? null;
    const home =
      origin === null ? undefined : groups.find((g) => g.label === null && g.origin === origin);
    const from = computedGroupOf.get(id) ?? [id];
    if (home) {
      home.articleIds.push(id);
      home.gained.push(id);
      home.from.add(from);
    } else
      groups.push({ origin, articleIds: [id], from: new Set([from]), label: null, gained: [id] });
  }

  const articles: Record<string, ArticleDecision> = {};
  for (const d of decisions) {
    if (!present(d)) continue;
    const computedGroup = computedGroupOf.get(d.articleId) ?? [d.articleId];
    const decision: ArticleDecision = { confirmed: d.confirmed, decidedAt: d.decidedAt };
    if (d.origin)
      decision.origin = { decided: d.origin.value, computed: summary.origins[d.articleId] ?? null };
    const group = groups.find((g) => g.articleIds.includes(d.articleId));
    if (group && !sameMembers(group.articleIds, computedGroup))
      decision.computedGroup = computedGroup;
    articles[d.articleId] = decision;
  }

  const finished: OriginGroup[] = groups.map(({ from, label, gained, ...group }) => {
    const analyst = groupDecision(group, [...from], label, gained, known);
    return analyst ? { ...group, analyst } : group;
  });
  return {
    ...summary,
    independentOrigins: finished.length,
    groups: finished,
    origins,
    analyst: {
      articles,
      computed: { independentOrigins: summary.independentOrigins, groups: computedGroups },
      vanished,
    },
  };
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** Why a group is as it is, when a decision shaped it; undefined for a group as computed. */
function groupDecision(
  group: OriginGroup,
  from: string[][],
  label: string | null,
  gained: readonly string[],
  decisions: ReadonlyMap<string, StoredOriginDecision>,
): GroupDecision | undefined {
  const confirmed = group.articleIds.some((id) => decisions.get(id)?.confirmed === true);
  const source = from[0] ?? [];
  const kept = group.articleIds.length - gained.length;
  let reason: string | undefined;
  if (label !== null) {
    if (from.length > 1)
      reason = `Merged by the analyst from ${plural(from.length, 'computed group')}`;
    else if (sameMembers(group.articleIds, source))
      reason = confirmed ? 'Confirmed by the analyst' : 'Kept together by the analyst';
    else
      reason = `Split out by the analyst from a computed group of ${plural(source.length, 'article')}`;
  } else if (kept === 0) {
    reason =
      source.length > 1
        ? `Origin set by the analyst; computed in a group of ${plural(source.length, 'article')}`
        : 'Origin set by the analyst';
  } else if (gained.length > 0) {
    reason = `Joined by ${plural(gained.length, 'article')} whose origin the analyst set`;
  } else if (kept < source.length) {
    reason = `${plural(source.length - kept, 'article')} moved out by the analyst (computed with ${source.length})`;
  }
  if (reason === undefined) return undefined;
  if (confirmed && !reason.startsWith('Confirmed')) reason += '; confirmed by the analyst';
  return { confirmed, reason, computedFrom: from };
}
