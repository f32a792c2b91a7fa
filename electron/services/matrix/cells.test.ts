import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../../shared/origins';
import { buildCells, latestEffective } from './cells';
import { matrixTable } from './export';
import type { CellRow, EvidenceRow, HistoryRow } from './repo';
import { isAnonymousPassage } from './sourcing';

const parties = [{ id: 'russia', name: 'Russia', aliases: [], order: 0 }];
const issues = [
  {
    id: 'donetsk',
    name: 'Donetsk',
    proposition: 'Russia keeps all of Donetsk oblast',
    terms: [],
    order: 0,
  },
  {
    id: 'crimea',
    name: 'Crimea',
    proposition: 'Crimea is recognised as Russian',
    terms: [],
    order: 1,
  },
];
const set = (
  id: number,
  effective: string,
  stance: HistoryRow['stance'],
  summary = '',
): HistoryRow => ({
  id,
  party: 'russia',
  issue: 'donetsk',
  kind: 'set',
  at: `2025-06-0${id}T00:00:00.000Z`,
  effective,
  stance,
  summary,
  note: '',
  reason: '',
  evidence: [],
});
const link = (
  quoteId: string,
  published: string | null,
  relation: EvidenceRow['relation'] = 'supports',
): EvidenceRow => ({
  party: 'russia',
  issue: 'donetsk',
  quoteId,
  relation,
  linkedAt: '2025-06-01T00:00:00.000Z',
  articleId: `a:${quoteId}`,
  folder: '/corpus',
  path: `${quoteId}.txt`,
  title: quoteId,
  outlet: null,
  published,
  exact: `passage ${quoteId}`,
  start: 0,
  end: 10,
});
const stored: CellRow = {
  party: 'russia',
  issue: 'donetsk',
  stance: 'open-to',
  summary: 'Could give up claims to the parts it does not hold',
  asOf: null,
  note: '',
  updatedAt: '2025-06-03T00:00:00.000Z',
};
// Recorded out of order: the April stance first, the November one entered afterwards with its date.
const history = [
  set(1, '2025-04-22', 'open-to', 'April'),
  set(2, '2024-11-20', 'insists', 'November'),
];
const evidence = [
  link('Q1', '2025-04-22'),
  link('Q4', '2024-11-20', 'contradicts'),
  link('Q9', null),
];

const read = (asOf: string | null, dates: Map<string, string | null> = new Map()) =>
  buildCells({
    parties,
    issues,
    cells: [stored],
    evidence,
    history,
    dates,
    sourcing: new Map(),
    asOf,
    today: '2025-06-10',
    staleDays: 90,
  });

describe('reading the matrix now and as of a date', () => {
  it('reads every pair, untouched ones unknown without evidence', () => {
    const cells = read(null);
    expect(cells.map((c) => `${c.party}×${c.issue}`)).toEqual(['russia×donetsk', 'russia×crimea']);
    expect(cells[1]).toMatchObject({
      stance: 'unknown',
      evidence: [],
      flags: ['no-evidence'],
      asOf: null,
    });
  });

  it('reads now from the stored cell with every link, as of the newest evidence date', () => {
    const [cell] = read(null);
    expect(cell).toMatchObject({
      stance: 'open-to',
      asOf: '2025-04-22',
      asOfSet: false,
      origins: 3,
    });
    expect(cell?.evidence.map((e) => e.quoteId)).toEqual(['Q1', 'Q4', 'Q9']);
    expect(cell?.flags).toEqual(['conflicting']);
  });

  it('reads as of a day from the entry in force then, with only evidence dated by then', () => {
    const [december] = read('2024-12-01');
    expect(december).toMatchObject({ stance: 'insists', summary: 'November', asOf: '2024-11-20' });
    expect(december?.evidence.map((e) => e.quoteId)).toEqual(['Q4']);
    expect(december?.flags).toEqual(['single-origin']);
    const [may] = read('2025-05-01');
    expect(may).toMatchObject({ stance: 'open-to', summary: 'April', asOf: '2025-04-22' });
    expect(may?.evidence.map((e) => e.quoteId)).toEqual(['Q1', 'Q4']);
  });

  it('shows nothing before the first entry and the first evidence', () => {
    const [early] = read('2024-01-01');
    expect(early).toMatchObject({ stance: 'unknown', summary: '', asOf: null, evidence: [] });
  });

  it('dates evidence by the corrected date, which wins over the quote snapshot (null: unknown)', () => {
    const [cell] = read(
      '2024-12-01',
      new Map([
        ['Q9', '2024-10-01'],
        ['Q4', null],
      ]),
    );
    expect(cell?.evidence.map((e) => [e.quoteId, e.date])).toEqual([['Q9', '2024-10-01']]);
  });

  it('lets a later record win a tie of effective dates', () => {
    const tie = [set(1, '2025-04-22', 'open-to'), set(2, '2025-04-22', 'ambiguous')];
    expect(latestEffective(tie, '2025-04-22')?.stance).toBe('ambiguous');
    expect(latestEffective(tie, '2025-04-21')).toBeUndefined();
  });

  it('tables the matrix for the briefing: stance words, as-of dates, evidence ids and flags', () => {
    const cells = read('2025-05-01');
    const table = matrixTable({ asOf: '2025-05-01', staleDays: 90, parties, issues, cells });
    expect(table.columns.map((c) => c.name)).toEqual(['Donetsk', 'Crimea']);
    expect(table.rows).toEqual([
      {
        id: 'russia',
        name: 'Russia',
        cells: [
          {
            stance: 'open-to',
            label: 'open to',
            asOf: '2025-04-22',
            quoteIds: ['Q1', 'Q4'],
            flags: ['conflicting'],
          },
          { stance: 'unknown', label: 'unknown', asOf: null, quoteIds: [], flags: ['no-evidence'] },
        ],
      },
    ]);
  });
});

const span = (kind: Attribution['kind'], start: number, end: number): Attribution => ({
  outlet: kind === 'relays' ? 'Reuters' : null,
  kind,
  cue: kind,
  start,
  end,
});

describe('anonymous sourcing of a passage', () => {
  const cases: { name: string; attributions: Attribution[]; anonymous: boolean }[] = [
    { name: 'no attributions: not anonymous', attributions: [], anonymous: false },
    {
      name: 'sources familiar beside the passage',
      attributions: [span('anonymous', 1010, 1040)],
      anonymous: true,
    },
    {
      name: 'a named statement beside it too',
      attributions: [span('anonymous', 1010, 1040), span('statement', 1100, 1120)],
      anonymous: false,
    },
    {
      name: 'photo credits never count',
      attributions: [span('credit', 1005, 1015), span('anonymous', 1200, 1220)],
      anonymous: true,
    },
    {
      name: 'far attributions speak for it when none is near',
      attributions: [span('anonymous', 10, 30), span('anonymous', 5000, 5020)],
      anonymous: true,
    },
    {
      name: 'a near relay outweighs far anonymous sources',
      attributions: [span('anonymous', 10, 30), span('relays', 990, 1000)],
      anonymous: false,
    },
  ];
  it.each(cases)('$name', ({ attributions, anonymous }) => {
    expect(isAnonymousPassage(attributions, 1000, 1100)).toBe(anonymous);
  });
});
