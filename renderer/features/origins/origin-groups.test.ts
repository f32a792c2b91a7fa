import { describe, expect, it } from 'vitest';
import type { OriginsSummary } from '../../../shared/origins';
import { allGroups, groupsAmong, independentOriginsAmong } from './origin-groups';

const summary: OriginsSummary = {
  articles: 6,
  independentOrigins: 3,
  groups: [
    { origin: null, articleIds: ['own'] },
    { origin: 'Reuters', articleIds: ['r1'] },
    { origin: 'Financial Times', articleIds: ['f1', 'f2', 'f3', 'f4'] },
  ],
  origins: { own: null, r1: 'Reuters', f1: 'Financial Times' },
};
const groupOf = { own: 0, r1: 1, f1: 2, f2: 2, f3: 2, f4: 2 };
const hits = (...ids: string[]) => ids.map((id) => ({ id }));

describe('relay groups in view', () => {
  it('counts five relays of two reports as two independent origins', () => {
    expect(independentOriginsAmong(groupOf, hits('f1', 'f2', 'f3', 'f4', 'r1'))).toEqual({
      origins: 2,
      analysed: 5,
    });
  });

  it('leaves out hits the analysis has not seen, and says how many it counted', () => {
    expect(independentOriginsAmong(groupOf, hits('f1', 'new'))).toEqual({
      origins: 1,
      analysed: 1,
    });
  });

  it('lists the groups of the hits with the hits among their members, biggest first', () => {
    const listed = groupsAmong(summary, groupOf, hits('r1', 'f2', 'f4'));
    expect(listed.map((g) => [g.group.origin, g.members])).toEqual([
      ['Financial Times', ['f2', 'f4']],
      ['Reuters', ['r1']],
    ]);
  });

  it('lists every group biggest first, a named origin before own reporting of the same size', () => {
    expect(allGroups(summary).map((g) => g.group.origin)).toEqual([
      'Financial Times',
      'Reuters',
      null,
    ]);
  });
});
