import { describe, expect, it } from 'vitest';
import type { OriginDecisionRequest, StoredOriginDecision } from '../../../shared/origin-decisions';
import type { OriginsSummary } from '../../../shared/origins';
import { applyDecisions } from './decisions';
import { planDecision } from './decision-store';

/** The seeds as computed: 000–003 relay the FT, 004 relays Reuters. */
const computed: OriginsSummary = {
  articles: 5,
  independentOrigins: 2,
  groups: [
    { origin: 'Financial Times', articleIds: ['s:000', 's:001', 's:002', 's:003'] },
    { origin: 'Reuters', articleIds: ['s:004'] },
  ],
  origins: {
    's:000': 'Financial Times',
    's:001': 'Financial Times',
    's:002': 'Financial Times',
    's:003': 'Financial Times',
    's:004': 'Reuters',
  },
};

/** Stores what `planDecision` would write, on top of `stored`, the way decision-store does. */
function decide(
  stored: StoredOriginDecision[],
  request: OriginDecisionRequest,
): StoredOriginDecision[] {
  const plan = planDecision(applyDecisions(computed, stored), request);
  const byId = new Map(stored.map((d) => [d.articleId, { ...d }]));
  for (const [articleId, change] of plan.rows) {
    const base = byId.get(articleId) ?? {
      articleId,
      origin: null,
      group: null,
      confirmed: false,
      decidedAt: '2026-01-01T00:00:00.000Z',
    };
    byId.set(articleId, { ...base, ...change });
  }
  return [...byId.values()];
}

const shape = (summary: OriginsSummary) =>
  summary.groups.map((g) => `${g.origin ?? 'own'}: ${g.articleIds.join(' ')}`);

describe('applyDecisions', () => {
  it.each<{
    name: string;
    request: OriginDecisionRequest;
    groups: string[];
    origins: number;
    reason: RegExp;
  }>([
    {
      name: 'confirming a group keeps it as computed and says the analyst confirmed it',
      request: { kind: 'confirm', articleId: 's:001' },
      groups: ['Financial Times: s:000 s:001 s:002 s:003', 'Reuters: s:004'],
      origins: 2,
      reason: /^Confirmed by the analyst$/,
    },
    {
      name: 'splitting an article out makes it an origin of its own',
      request: { kind: 'split', articleId: 's:003' },
      groups: ['Financial Times: s:000 s:001 s:002', 'Financial Times: s:003', 'Reuters: s:004'],
      origins: 3,
      reason: /^Split out by the analyst from a computed group of 4 articles$/,
    },
    {
      name: 'merging two groups counts them as one origin',
      request: { kind: 'merge', articleId: 's:004', withArticleId: 's:000' },
      groups: ['Financial Times: s:000 s:001 s:002 s:003 s:004'],
      origins: 1,
      reason: /^Merged by the analyst from 2 computed groups$/,
    },
    {
      name: "changing an article's origin to an outlet moves it to that outlet's group",
      request: { kind: 'set-origin', articleId: 's:004', origin: 'Financial Times' },
      groups: ['Financial Times: s:000 s:001 s:002 s:003 s:004'],
      origins: 1,
      reason: /^Joined by 1 article whose origin the analyst set$/,
    },
    {
      name: "changing an article's origin to own reporting makes it stand alone",
      request: { kind: 'set-origin', articleId: 's:002', origin: null },
      groups: ['Financial Times: s:000 s:001 s:003', 'Reuters: s:004', 'own: s:002'],
      origins: 3,
      reason: /^Origin set by the analyst; computed in a group of 4 articles$/,
    },
  ])('$name', ({ request, groups, origins, reason }) => {
    const decided = applyDecisions(computed, decide([], request));
    expect(shape(decided)).toEqual(groups);
    expect(decided.independentOrigins).toBe(origins);
    const decidedGroup = decided.groups.find((g) => g.articleIds.includes(request.articleId));
    expect(decidedGroup?.analyst?.reason).toMatch(reason);
    // The computed value the decision replaced stays in the summary.
    expect(decided.analyst?.computed.independentOrigins).toBe(2);
    expect(decided.analyst?.computed.groups.map((g) => g.articleIds.length)).toEqual([4, 1]);
  });

  it('shows the computed origin beside the one the analyst set', () => {
    const decided = applyDecisions(
      computed,
      decide([], { kind: 'set-origin', articleId: 's:004', origin: 'TASS' }),
    );
    expect(decided.origins['s:004']).toBe('TASS');
    expect(decided.analyst?.articles['s:004']?.origin).toEqual({
      decided: 'TASS',
      computed: 'Reuters',
    });
    // No group has TASS as its origin, so 004 stands alone, as it was computed.
    expect(shape(decided)).toEqual(['Financial Times: s:000 s:001 s:002 s:003', 'TASS: s:004']);
  });

  it('leaves a summary without decisions as computed, with nothing marked', () => {
    const decided = applyDecisions(computed, []);
    expect(shape(decided)).toEqual(shape(computed));
    expect(decided.groups.every((g) => g.analyst === undefined)).toBe(true);
    expect(decided.analyst?.articles).toEqual({});
  });

  it('keeps a split article apart when the recomputed groups come back the same', () => {
    const stored = decide([], { kind: 'split', articleId: 's:001' });
    const recomputed: OriginsSummary = {
      ...computed,
      articles: 6,
      groups: [
        { origin: 'Financial Times', articleIds: ['s:000', 's:001', 's:002', 's:003', 's:005'] },
        { origin: 'Reuters', articleIds: ['s:004'] },
      ],
      origins: { ...computed.origins, 's:005': 'Financial Times' },
    };
    expect(shape(applyDecisions(recomputed, stored))).toEqual([
      'Financial Times: s:000 s:002 s:003 s:005',
      'Financial Times: s:001',
      'Reuters: s:004',
    ]);
  });

  it('keeps a decision about a vanished article and reports it, without inventing the article', () => {
    const stored = decide([], { kind: 'split', articleId: 's:003' });
    const without003: OriginsSummary = {
      articles: 4,
      independentOrigins: 2,
      groups: [
        { origin: 'Financial Times', articleIds: ['s:000', 's:001', 's:002'] },
        { origin: 'Reuters', articleIds: ['s:004'] },
      ],
      origins: Object.fromEntries(
        Object.entries(computed.origins).filter(([id]) => id !== 's:003'),
      ),
    };
    const decided = applyDecisions(without003, stored);
    expect(decided.independentOrigins).toBe(2);
    expect(decided.analyst?.vanished.map((d) => d.articleId)).toEqual(['s:003']);
    expect(decided.groups.flatMap((g) => g.articleIds)).not.toContain('s:003');
  });
});

describe('planDecision', () => {
  it.each<{ request: OriginDecisionRequest; message: RegExp }>([
    { request: { kind: 'split', articleId: 's:004' }, message: /already alone in its group/ },
    {
      request: { kind: 'merge', articleId: 's:000', withArticleId: 's:002' },
      message: /already in one group/,
    },
    { request: { kind: 'confirm', articleId: 's:999' }, message: /No article with id s:999/ },
  ])('refuses $request.kind that changes nothing or names no article', ({ request, message }) => {
    expect(() => planDecision(computed, request)).toThrow(message);
  });

  it('labels each undo step with what it does', () => {
    expect(planDecision(computed, { kind: 'split', articleId: 's:003' }).label).toBe(
      'Split 003 out of its origin group',
    );
    expect(
      planDecision(computed, { kind: 'set-origin', articleId: 's:004', origin: null }).label,
    ).toBe('Set the origin of 004 to own reporting');
  });
});
