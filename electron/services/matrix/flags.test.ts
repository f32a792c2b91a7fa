import { describe, expect, it } from 'vitest';
import type { MatrixFlag } from '../../../shared/matrix';
import { cellFlags, type FlagFacts } from './flags';

type Evidence = FlagFacts['evidence'][number];
const e = (over: Partial<Evidence> = {}): Evidence => ({
  relation: 'supports',
  date: '2025-04-22',
  originKey: 'group:0',
  anonymous: false,
  ...over,
});

const cases: { name: string; evidence: Evidence[]; reference?: string; flags: MatrixFlag[] }[] = [
  { name: 'an empty cell has no evidence', evidence: [], flags: ['no-evidence'] },
  { name: 'one quote is one origin', evidence: [e()], flags: ['single-origin'] },
  {
    name: 'four relays of one report are still one origin',
    evidence: [e(), e(), e(), e()],
    flags: ['single-origin'],
  },
  {
    name: 'two relay groups are two origins',
    evidence: [e(), e({ originKey: 'group:1' })],
    flags: [],
  },
  {
    name: 'anonymous sourcing everywhere is flagged',
    evidence: [e({ anonymous: true }), e({ anonymous: true, originKey: 'group:1' })],
    flags: ['anonymous-only'],
  },
  {
    name: 'one named source lifts the anonymous flag',
    evidence: [e({ anonymous: true }), e({ originKey: 'group:1' })],
    flags: [],
  },
  {
    name: 'supports and contradicts conflict',
    evidence: [e(), e({ relation: 'contradicts', originKey: 'group:1' })],
    flags: ['conflicting'],
  },
  {
    name: 'only contradicting evidence is no conflict',
    evidence: [e({ relation: 'contradicts' }), e({ relation: 'contradicts', originKey: 'b' })],
    flags: [],
  },
  {
    name: 'newest evidence older than the threshold is stale',
    evidence: [e({ date: '2024-11-20' }), e({ date: '2025-01-01', originKey: 'b' })],
    reference: '2025-05-01',
    flags: ['stale'],
  },
  {
    name: 'evidence exactly at the threshold is not stale',
    evidence: [e({ date: '2025-01-31' }), e({ originKey: 'b', date: null })],
    reference: '2025-05-01',
    flags: [],
  },
  {
    name: 'undated evidence is never stale',
    evidence: [e({ date: null }), e({ date: null, originKey: 'b' })],
    reference: '2030-01-01',
    flags: [],
  },
  {
    name: 'a month-only date counts from its first day',
    evidence: [e({ date: '2025-01' }), e({ date: null, originKey: 'b' })],
    reference: '2025-04-02',
    flags: ['stale'],
  },
  {
    name: 'every flag at once',
    evidence: [
      e({ anonymous: true, date: '2020-01-01' }),
      e({ anonymous: true, relation: 'contradicts', date: '2020-02-01' }),
    ],
    reference: '2025-01-01',
    flags: ['single-origin', 'anonymous-only', 'conflicting', 'stale'],
  },
];

describe('cell flags', () => {
  it.each(cases)('$name', ({ evidence, reference, flags }) => {
    expect(cellFlags({ evidence, reference: reference ?? '2025-05-01', staleDays: 90 })).toEqual(
      flags,
    );
  });
});
