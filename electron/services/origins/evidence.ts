import { plural } from '../../../shared/count-words';
import type {
  ArticleOriginView,
  GroupEvidence,
  GroupMember,
  OriginsReport,
  OriginsSummary,
} from '../../../shared/origins';
import type { ArticleMeta } from '../../../shared/article';
import { dayNumber } from './groups';
import { sharedPassages } from './shared-passages';

/** Members beyond this many are listed, but only the first are read for shared passages. */
export const evidenceReadLimit = 60;

/** The group of `id` in the decided summary (itself alone when no group lists it). */
export function groupOf(summary: OriginsSummary, id: string): string[] {
  return summary.groups.find((g) => g.articleIds.includes(id))?.articleIds ?? [id];
}

/** One article's origin as the reader shows it: the computation's spans, the analyst's origin. */
export function articleView(
  report: OriginsReport,
  summary: OriginsSummary,
  id: string,
): ArticleOriginView | null {
  const computed = report.articles.find((a) => a.path === id);
  if (!computed) return null;
  const origin = Object.hasOwn(summary.origins, id)
    ? (summary.origins[id] ?? null)
    : computed.origin;
  return {
    ...computed,
    id,
    origin,
    ...(origin === computed.origin ? {} : { computedOrigin: computed.origin }),
    group: groupOf(summary, id),
  };
}

/** Why the group holding `id` is a group: its members' relay cues, shared passages, dates. */
export function groupEvidence(
  report: OriginsReport,
  summary: OriginsSummary,
  id: string,
  meta: (id: string) => ArticleMeta | undefined,
  text: (id: string) => string | null,
): GroupEvidence | null {
  if (!report.articles.some((a) => a.path === id)) return null;
  const ids = groupOf(summary, id);
  const origin = summary.origins[id] ?? null;
  const byId = new Map(report.articles.map((a) => [a.path, a]));
  const members: GroupMember[] = ids.map((memberId) => {
    const facts = byId.get(memberId);
    const doc = meta(memberId);
    return {
      id: memberId,
      path: doc?.path ?? memberId,
      title: doc?.title ?? memberId,
      publisher: doc?.outlet ?? null,
      published: doc?.published ?? null,
      cues: (facts?.attributions ?? []).filter(
        (a) => origin !== null && a.outlet === origin && a.kind === 'relays',
      ),
      ...(facts?.headline && facts.headline.outlet === origin ? { headline: facts.headline } : {}),
    };
  });
  const texts = ids
    .slice(0, evidenceReadLimit)
    .map((articleId) => ({ articleId, text: text(articleId) ?? '' }));
  const shared = ids.length > 1 ? sharedPassages(texts) : [];
  const decided = summary.groups.find((g) => g.articleIds.includes(id))?.analyst;
  const reasons = reasonsFor(origin, members, shared.length);
  return { origin, members, shared, reasons: decided ? [decided.reason, ...reasons] : reasons };
}

function reasonsFor(origin: string | null, members: GroupMember[], shared: number): string[] {
  if (members.length === 1)
    return [
      origin
        ? `It relays ${origin}; no other article relays the same report.`
        : 'Its own reporting: it relays no one.',
    ];
  const reasons: string[] = [];
  const crediting = members.filter((m) => m.cues.length > 0 || m.headline).length;
  if (origin)
    reasons.push(
      `${crediting} of ${plural(members.length, 'article')} credit ${origin}` +
        (crediting < members.length ? '; the others carry its text without the credit.' : '.'),
    );
  if (shared > 0) reasons.push(`They share ${plural(shared, 'passage')} word for word.`);
  const days = members.map((m) => dayNumber(m.published)).filter((d): d is number => d !== null);
  if (days.length > 1) {
    const span = Math.max(...days) - Math.min(...days);
    reasons.push(
      span === 0 ? 'Published the same day.' : `Published within ${plural(span, 'day')}.`,
    );
  }
  return reasons;
}
