// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fakeOutlet } from '../../api/fake-api';
import { gradeWording, listOutlets, percent, recordEntries } from './outlet-list-view';

const stats = (articles: number, asOrigin: number) => ({
  ...fakeOutlet().stats,
  articles,
  asOrigin,
});
const grade = (g: 'A' | 'B') => ({ grade: g, rationale: '', by: 'me', at: '2026-01-01' });
const outlets = [
  fakeOutlet({ name: 'Reuters', stats: stats(2, 1), grade: grade('B') }),
  fakeOutlet({ name: 'Financial Times', aliases: ['FT'], stats: stats(5, 4) }),
  fakeOutlet({ name: 'AP', domains: ['apnews.com'], stats: stats(2, 2), grade: grade('A') }),
];
const names = (list: { name: string }[]) => list.map((o) => o.name);

describe('the outlet list', () => {
  it('finds an outlet by its name, an alias or a domain', () => {
    expect(names(listOutlets(outlets, 'ft', 'name'))).toEqual(['Financial Times']);
    expect(names(listOutlets(outlets, 'APNEWS', 'name'))).toEqual(['AP']);
    expect(names(listOutlets(outlets, '  ', 'name'))).toHaveLength(3);
  });

  it('sorts by articles, as origin, grade (ungraded last) or name', () => {
    expect(names(listOutlets(outlets, '', 'articles'))).toEqual([
      'Financial Times',
      'AP',
      'Reuters',
    ]);
    expect(names(listOutlets(outlets, '', 'origin'))).toEqual(['Financial Times', 'AP', 'Reuters']);
    expect(names(listOutlets(outlets, '', 'grade'))).toEqual(['AP', 'Reuters', 'Financial Times']);
    expect(names(listOutlets(outlets, '', 'name'))).toEqual(['AP', 'Financial Times', 'Reuters']);
  });

  it('reads a grade with its doctrine wording', () => {
    expect(gradeWording('B')).toBe('B, Usually reliable');
    expect(gradeWording(null)).toBe('Not graded');
    expect(percent(0.254)).toBe('25 %');
    expect(percent(null)).toBe('—');
  });

  it('lists the track record newest first, filtered by kind', () => {
    const entry = (id: string, date: string, kind: 'error' | 'note') => ({
      id,
      kind,
      date,
      text: id,
      articleIds: [],
      quoteIds: [],
      createdAt: '',
    });
    const record = [
      entry('R1', '2026-01-05', 'error'),
      entry('R2', '2026-03-01', 'note'),
      entry('R3', '2026-01-05', 'note'),
    ];
    expect(recordEntries(record, '').map((e) => e.id)).toEqual(['R2', 'R3', 'R1']);
    expect(recordEntries(record, 'note').map((e) => e.id)).toEqual(['R2', 'R3']);
  });
});
