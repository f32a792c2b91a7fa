import { afterEach, describe, expect, it } from 'vitest';
import type { Outlet, TrackRecordKind } from '../../../shared/outlets';
import { buildCatalogue } from './catalogue';
import { newNotebook, removeNotebooks, corpus } from './outlets-test-support';
import { createResolver } from './resolve';
import { suggestGrade } from './stats';

afterEach(removeNotebooks);

const outlet = (outlets: Outlet[], name: string): Outlet => {
  const found = outlets.find((o) => o.name === name);
  if (!found) throw new Error(`no outlet ${name} in ${outlets.map((o) => o.name).join(', ')}`);
  return found;
};

describe('the outlet catalogue', () => {
  it('makes every publisher, origin and cited outlet one outlet, resolving the shipped aliases', () => {
    const { outlets } = buildCatalogue(corpus, []);
    expect(outlets.map((o) => o.name).sort()).toEqual([
      'Financial Times',
      'Kyiv Post',
      'Reuters',
      'the Ukraine Daily',
    ]);
    // "The Financial Times" as printed and "Financial Times" as cited are one outlet.
    const ft = outlet(outlets, 'Financial Times');
    expect(ft.stats).toMatchObject({ articles: 3, asPublisher: 1, asOrigin: 3, asRelay: 0 });
    expect(ft.source).toBe('corpus');
  });

  it('derives the statistics of an outlet from its articles', () => {
    const { outlets } = buildCatalogue(corpus, []);
    expect(outlet(outlets, 'Kyiv Post').stats).toEqual({
      articles: 2,
      asPublisher: 2,
      asOrigin: 1,
      asRelay: 1,
      firstSeen: '2025-04-20',
      lastSeen: '2025-04-22',
      relays: [{ outlet: 'Financial Times', articles: 1 }],
      relayedBy: [],
      anonymousShare: 0.5,
      correctionsPer100: 0,
    });
    const ft = outlet(outlets, 'Financial Times').stats;
    expect(ft.relayedBy).toEqual([
      { outlet: 'Kyiv Post', articles: 1 },
      { outlet: 'the Ukraine Daily', articles: 1 },
    ]);
    // An article with no known publisher still counts for the outlet it relays.
    expect(outlet(outlets, 'Reuters').stats).toMatchObject({
      articles: 1,
      asOrigin: 1,
      asPublisher: 0,
      anonymousShare: null,
      correctionsPer100: null,
    });
  });

  it('counts corrections and retractions per 100 published articles', () => {
    const book = newNotebook();
    for (const kind of ['correction', 'retraction', 'good-call'] as const)
      book.record({ name: 'Kyiv Post', kind, date: '2025-05-01', text: kind });
    expect(outlet(book.catalogue().outlets, 'Kyiv Post').stats.correctionsPer100).toBe(100);
  });
});

describe('aliases', () => {
  it('resolve case-insensitively, the analyst’s before the shipped table', () => {
    const book = newNotebook();
    book.edit({ kind: 'add', name: 'FT Alphaville' });
    book.edit({ kind: 'set-aliases', name: 'FT Alphaville', aliases: ['Alphaville'] });
    const resolver = book.catalogue().resolver;
    expect(resolver.resolve('ALPHAVILLE')).toBe('FT Alphaville');
    expect(resolver.resolve('ft alphaville')).toBe('FT Alphaville');
    expect(resolver.resolve('the FT')).toBe('Financial Times');
    expect(resolver.resolve('  Kyiv   Post ')).toBe('Kyiv Post');
    expect(resolver.resolve(null)).toBeNull();
    expect(createResolver([]).resolve('Рейтер')).toBe('Reuters');
  });

  it('are unique across outlets, whatever their case', () => {
    const book = newNotebook();
    expect(() =>
      book.edit({ kind: 'set-aliases', name: 'Kyiv Post', aliases: ['REUTERS'] }),
    ).toThrow(/REUTERS is already the outlet Reuters/);
    expect(() =>
      book.edit({ kind: 'set-aliases', name: 'Kyiv Post', aliases: ['THE FINANCIAL TIMES'] }),
    ).toThrow(/already names Financial Times/);
    book.edit({ kind: 'set-aliases', name: 'Kyiv Post', aliases: ['KP'] });
    expect(() => book.edit({ kind: 'add', name: 'kp' })).toThrow(/already names Kyiv Post/);
  });

  it('list the shipped spellings with the analyst’s, and refuse dropping a shipped one', () => {
    const book = newNotebook();
    const ft = outlet(book.catalogue().outlets, 'Financial Times');
    expect(ft.aliases).toEqual(['FT', 'the FT', 'The Financial Times', 'Файненшл таймс']);
    expect(() =>
      book.edit({ kind: 'set-aliases', name: 'Financial Times', aliases: ['FT'] }),
    ).toThrow(/the FT is a shipped alias of Financial Times; split it off/);
  });
});

describe('editing outlets', () => {
  it('merges an outlet into another: its name becomes an alias, its record and grades move', () => {
    const book = newNotebook();
    book.grade({ name: 'the Ukraine Daily', grade: 'D', rationale: 'Copies without credit.' });
    const r1 = book.record({
      name: 'the Ukraine Daily',
      kind: 'error',
      date: '2025-04-24',
      text: 'Wrong date.',
    });
    book.edit({ kind: 'merge', name: 'the Ukraine Daily', into: 'Kyiv Post' });
    const catalogue = book.catalogue();
    expect(catalogue.outlets.some((o) => o.name === 'the Ukraine Daily')).toBe(false);
    const kp = catalogue.detail('The Ukraine daily');
    expect(kp.name).toBe('Kyiv Post');
    expect(kp.aliases).toContain('the Ukraine Daily');
    expect(kp.stats).toMatchObject({ asPublisher: 3, asRelay: 2 });
    expect(kp.record.map((r) => r.id)).toEqual([r1]);
    expect(kp.gradeHistory.map((g) => g.grade)).toEqual(['D']);
  });

  it('renames an outlet and keeps the old name as an alias its articles still resolve by', () => {
    const book = newNotebook();
    book.edit({ kind: 'rename', name: 'Kyiv Post', to: 'The Kyiv Post' });
    const kp = book.catalogue().detail('Kyiv Post');
    expect(kp.name).toBe('The Kyiv Post');
    expect(kp.aliases).toEqual(['Kyiv Post']);
    expect(kp.stats.asPublisher).toBe(2);
  });

  it('splits aliases off into an outlet of their own, shipped ones too', () => {
    const book = newNotebook();
    book.edit({ kind: 'set-aliases', name: 'Kyiv Post', aliases: ['KP', 'Kyiv Post Weekly'] });
    book.edit({ kind: 'split', name: 'Kyiv Post', aliases: ['kyiv post weekly'], newName: 'KPW' });
    book.edit({ kind: 'split', name: 'Financial Times', aliases: ['FT'], newName: 'FT' });
    const { resolver } = book.catalogue();
    expect(resolver.resolve('Kyiv Post Weekly')).toBe('KPW');
    expect(resolver.resolve('KP')).toBe('Kyiv Post');
    expect(resolver.resolve('FT')).toBe('FT');
    expect(resolver.resolve('the FT')).toBe('Financial Times');
    expect(book.catalogue().detail('KPW').source).toBe('analyst');
    expect(() =>
      book.edit({ kind: 'split', name: 'Kyiv Post', aliases: ['Reuters'], newName: 'X' }),
    ).toThrow(/Reuters is not an alias of Kyiv Post/);
  });

  it('removes an outlet the analyst added but never one the corpus names', () => {
    const book = newNotebook();
    book.edit({ kind: 'add', name: 'Meduza', outletKind: 'newspaper' });
    expect(book.catalogue().detail('Медуза').kind).toBe('newspaper');
    book.edit({ kind: 'remove', name: 'Meduza' });
    expect(book.catalogue().find('Meduza')).toBeUndefined();
    expect(() => book.edit({ kind: 'remove', name: 'Reuters' })).toThrow(/comes from the corpus/);
  });

  it('describes an outlet and answers false for a description that changes nothing', () => {
    const book = newNotebook();
    expect(book.edit({ kind: 'set-details', name: 'Reuters', outletKind: 'wire' })).toBe(true);
    expect(book.edit({ kind: 'set-details', name: 'Reuters', outletKind: 'wire' })).toBe(false);
    book.edit({ kind: 'set-details', name: 'Reuters', domains: [' Reuters.com ', 'reuters.com'] });
    expect(book.catalogue().detail('Reuters')).toMatchObject({
      kind: 'wire',
      domains: ['reuters.com'],
      source: 'corpus',
    });
  });
});

describe('grades and the track record', () => {
  it('keeps every grade, newest first, and a withdrawal leaves the history', () => {
    const book = newNotebook();
    book.grade({ name: 'Reuters', grade: 'B', rationale: 'Wire with a long record.' });
    book.grade({ name: 'Reuters', grade: 'A', rationale: 'Confirmed twice.' });
    book.grade({ name: 'Reuters', grade: null, rationale: 'Under review.' });
    const reuters = book.catalogue().detail('Reuters');
    expect(reuters.grade).toBeNull();
    expect(reuters.gradeHistory.map((g) => [g.grade, g.rationale])).toEqual([
      [null, 'Under review.'],
      ['A', 'Confirmed twice.'],
      ['B', 'Wire with a long record.'],
    ]);
    expect(book.grade({ name: 'Reuters', grade: null, rationale: '' })).toBe(false);
  });

  it('numbers record entries R1, R2… and never hands a number out twice', () => {
    const book = newNotebook();
    const entry = { name: 'Reuters', kind: 'note', date: '2025-04-01', text: 'x' } as const;
    expect(book.record(entry)).toBe('R1');
    expect(book.record({ ...entry, date: '2025-04-02' })).toBe('R2');
    book.unrecord('Reuters', 'R2');
    expect(book.record(entry)).toBe('R3');
    book.ws.undo();
    expect(book.record(entry)).toBe('R4');
    expect(
      book
        .catalogue()
        .detail('Reuters')
        .record.map((r) => r.id),
    ).toEqual(['R4', 'R1']);
    expect(() => book.unrecord('Kyiv Post', 'R1')).toThrow(/Kyiv Post has no record entry R1/);
  });

  it('links record entries to articles and quotes, newest day first', () => {
    const book = newNotebook();
    book.record({
      name: 'FT',
      kind: 'scoop-confirmed',
      date: '2025-04-25',
      text: 'Confirmed by the Kremlin.',
      articleIds: ['k:a3'],
      quoteIds: ['Q2'],
    });
    book.record({ name: 'FT', kind: 'denial', date: '2025-04-23', text: 'Peskov denied.' });
    const record = book.catalogue().detail('Financial Times').record;
    expect(record.map((r) => [r.id, r.date, r.articleIds, r.quoteIds])).toEqual([
      ['R1', '2025-04-25', ['k:a3'], ['Q2']],
      ['R2', '2025-04-23', [], []],
    ]);
  });

  it('suggests a grade from the record alone, saying why, and never applies it', () => {
    const suggest = (...kinds: TrackRecordKind[]) =>
      suggestGrade(
        kinds.map((kind, i) => ({
          id: `R${i + 1}`,
          kind,
          date: '2025-01-01',
          text: kind,
          articleIds: [],
          quoteIds: [],
          createdAt: '2025-01-01T00:00:00Z',
        })),
      )?.grade ?? null;
    expect(suggest()).toBeNull();
    expect(suggest('retraction', 'retraction', 'good-call')).toBe('E');
    expect(suggest('retraction', 'good-call', 'good-call')).toBe('D');
    expect(suggest('error', 'correction', 'good-call')).toBe('D');
    expect(suggest('good-call', 'scoop-confirmed', 'good-call')).toBe('B');
    expect(suggest('good-call', 'error')).toBe('C');
    expect(suggest('note', 'denial')).toBe('F');
    const book = newNotebook();
    book.record({ name: 'Reuters', kind: 'retraction', date: '2025-04-01', text: 'x' });
    const reuters = book.catalogue().detail('Reuters');
    expect(reuters.suggestion?.reason).toMatch(
      /^Suggested from the track record only \(1 retraction/,
    );
    expect(reuters.grade).toBeNull();
  });
});
