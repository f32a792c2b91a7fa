import { matrixCell } from '../../test/matrix-cell';
import { describe, expect, it } from 'vitest';
import type { MatrixCell, MatrixIssue, MatrixParty } from '../../../shared/matrix';
import { cellAccessibleName } from './cell-text';

const russia: MatrixParty = { id: 'russia', name: 'Russia', aliases: [], order: 0 };
const nato: MatrixIssue = {
  id: 'nato',
  name: 'NATO membership',
  proposition: 'Ukraine stays out of NATO',
  terms: [],
  order: 0,
};
const empty: MatrixCell = matrixCell('russia', 'nato');

describe('what a screen reader hears on a cell', () => {
  const cases: { name: string; cell: MatrixCell; want: string }[] = [
    { name: 'an empty cell', cell: empty, want: 'Russia × NATO membership: no evidence' },
    {
      name: 'a stance set without evidence',
      cell: { ...empty, stance: 'insists' },
      want: 'Russia × NATO membership: insists, no quotes, no evidence',
    },
    {
      name: 'a note but no stance',
      cell: { ...empty, note: 'ask the desk' },
      want: 'Russia × NATO membership: unknown, no quotes, no evidence',
    },
    {
      name: 'a cell with evidence and flags',
      cell: {
        ...empty,
        stance: 'insists',
        asOf: '2024-11-20',
        origins: 1,
        flags: ['single-origin', 'stale'],
        evidence: [
          {
            quoteId: 'Q1',
            relation: 'supports',
            date: '2024-11-20',
            exact: 'insists that Ukraine abandon its NATO aspirations',
            articleId: 'a4',
            outlet: 'Reuters',
            title: 'Putin is ready',
            origin: 'Reuters',
            anonymous: false,
            linkedAt: '2025-01-01T00:00:00.000Z',
          },
        ],
      },
      want: 'Russia × NATO membership: insists, 1 quote · 1 origin, as of 2024-11-20, single independent origin, stale',
    },
  ];
  it.each(cases)('$name', ({ cell, want }) => {
    expect(cellAccessibleName(russia, nato, cell)).toBe(want);
  });
});
