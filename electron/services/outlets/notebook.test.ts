import { afterEach, describe, expect, it } from 'vitest';
import type { OutletEdit } from '../../../shared/outlets';
import { newNotebook, removeNotebooks, type Notebook } from './outlets-test-support';

afterEach(removeNotebooks);

/** A notebook with a little of everything: grades, a record, aliases, details, an added outlet. */
function filled(): Notebook {
  const book = newNotebook();
  book.grade({ name: 'Financial Times', grade: 'C', rationale: 'First look.' });
  book.grade({ name: 'Financial Times', grade: 'B', rationale: 'Held up; "quoted", ok' });
  book.record({
    name: 'Financial Times',
    kind: 'good-call',
    date: '2025-04-25',
    text: '=Kremlin confirmed; the talks happened\non that day.',
    articleIds: ['k:a3', 'k:a1'],
    quoteIds: ['Q1'],
  });
  book.record({ name: 'Kyiv Post', kind: 'correction', date: '2025-04-26', text: 'Fixed date.' });
  book.edit({ kind: 'set-aliases', name: 'Kyiv Post', aliases: ['KP'] });
  book.edit({
    kind: 'set-details',
    name: 'Kyiv Post',
    outletKind: 'newspaper',
    country: 'UA',
    domains: ['kyivpost.com'],
    notes: 'English-language; -independent',
  });
  book.edit({ kind: 'add', name: 'Meduza', outletKind: 'newspaper' });
  return book;
}

describe('undo', () => {
  const edits: [string, (book: Notebook) => unknown][] = [
    ['add', (b) => b.edit({ kind: 'add', name: 'Novaya Gazeta' })],
    ['rename', (b) => b.edit({ kind: 'rename', name: 'Kyiv Post', to: 'The Kyiv Post' })],
    ['merge', (b) => b.edit({ kind: 'merge', name: 'Kyiv Post', into: 'Financial Times' })],
    [
      'split',
      (b) => b.edit({ kind: 'split', name: 'Financial Times', aliases: ['FT'], newName: 'FT' }),
    ],
    ['set-aliases', (b) => b.edit({ kind: 'set-aliases', name: 'Kyiv Post', aliases: [] })],
    ['set-details', (b) => b.edit({ kind: 'set-details', name: 'Reuters', notes: 'Wire.' })],
    ['remove', (b) => b.edit({ kind: 'remove', name: 'Meduza' } satisfies OutletEdit)],
    ['grade', (b) => b.grade({ name: 'Reuters', grade: 'A', rationale: '' })],
    [
      'record-add',
      (b) => b.record({ name: 'Reuters', kind: 'note', date: '2025-01-02', text: 'n' }),
    ],
    ['record-remove', (b) => b.unrecord('Financial Times', 'R1')],
    [
      'import',
      (b) =>
        b.import(
          'json',
          JSON.stringify({
            outlets: [{ name: 'TASS', kind: 'state-media', aliases: ['TASS.ru'] }],
          }),
        ),
    ],
  ];
  it.each(edits)('takes back %s as one step, and redo makes it again', (_kind, apply) => {
    const book = filled();
    const before = book.exported('json');
    apply(book);
    const after = book.exported('json');
    expect(after).not.toBe(before);
    expect(book.ws.undo()).not.toBeNull();
    expect(book.exported('json')).toBe(before);
    book.ws.redo();
    expect(book.exported('json')).toBe(after);
  });
});

describe('the notebook file', () => {
  it('survives reopening the workspace', () => {
    const book = filled();
    const before = book.exported('json');
    expect(book.reopen().exported('json')).toBe(before);
  });

  it.each(['json', 'csv'] as const)(
    'round-trips as %s: exported and imported into a new workspace, it is the same notebook',
    (format) => {
      const book = filled();
      const file = book.exported(format);
      const fresh = newNotebook();
      expect(fresh.import(format, file)).toEqual({
        added: 1,
        updated: 2,
        gradesKept: 0,
        recordEntries: 2,
      });
      expect(fresh.exported('json')).toBe(book.exported('json'));
      expect(fresh.exported(format)).toBe(file);
    },
  );

  it('keeps the analyst’s grades when a reference list is imported, unless asked to overwrite', () => {
    const book = filled();
    const list = JSON.stringify({
      outlets: [
        {
          name: 'FT',
          gradeHistory: [{ grade: 'A', rationale: 'List says so.', at: '2026-01-01' }],
        },
        { name: 'Reuters', gradeHistory: [{ grade: 'B', at: '2026-01-01T00:00:00Z' }] },
      ],
    });
    expect(book.import('json', list, { label: 'Shared list 2026' })).toMatchObject({
      gradesKept: 1,
      updated: 1,
    });
    const catalogue = book.catalogue();
    expect(catalogue.detail('Financial Times').grade?.grade).toBe('B');
    expect(catalogue.detail('Reuters').grade).toMatchObject({ grade: 'B', by: 'Shared list 2026' });
    book.import('json', list, { label: 'Shared list 2026', overwriteGrades: true });
    const ft = book.catalogue().detail('Financial Times');
    expect(ft.gradeHistory.map((g) => g.grade)).toEqual(['A', 'B', 'C']);
  });

  it('reads a reference list in CSV with the grade on the outlet’s row', () => {
    const book = newNotebook();
    const csv = 'outlet,kind,grade,rationale\r\nReuters,wire,A,Checked\r\nTASS,state-media,E,\r\n';
    expect(book.import('csv', csv)).toEqual({
      added: 1,
      updated: 1,
      gradesKept: 0,
      recordEntries: 0,
    });
    expect(book.catalogue().detail('ТАСС')).toMatchObject({
      kind: 'state-media',
      grade: { grade: 'E' },
    });
  });

  const malformed: [string, 'csv' | 'json', string, RegExp][] = [
    ['bad JSON', 'json', '{"outlets": [', /^The notebook file is not valid JSON \(/],
    [
      'a bad grade letter',
      'json',
      JSON.stringify({
        outlets: [{ name: 'X', gradeHistory: [{ grade: 'G', at: '2025-01-01' }] }],
      }),
      /^The notebook file is malformed at outlets\[0\]\.gradeHistory\[0\]\.grade: a reliability grade is A to F\.$/,
    ],
    [
      'a bad record date',
      'json',
      JSON.stringify({
        outlets: [{ name: 'X', record: [{ kind: 'note', date: '2025-02-30', text: 't' }] }],
      }),
      /at outlets\[0\]\.record\[0\]\.date: a date is written YYYY-MM-DD\.$/,
    ],
    [
      'wrong columns',
      'csv',
      'name,grade\r\nReuters,A\r\n',
      /^Line 1 names an unknown column "name"/,
    ],
    [
      'a bad grade letter in CSV',
      'csv',
      'outlet,grade\r\nReuters,A\r\nTASS,Z\r\n',
      /^Line 3, grade: a reliability grade is A to F\.$/,
    ],
    [
      'a bad date in CSV',
      'csv',
      'row,outlet,recordKind,date,text\r\noutlet,Reuters,,,\r\nrecord,Reuters,note,22/04/2025,x\r\n',
      /^Line 3, date: a date is written YYYY-MM-DD\.$/,
    ],
    [
      'an alias another outlet owns',
      'json',
      JSON.stringify({ outlets: [{ name: 'Reuters', aliases: ['KP'] }] }),
      /gives KP to Reuters, but it already names Kyiv Post; nothing was imported\.$/,
    ],
  ];
  it.each(malformed)(
    'refuses %s with one sentence and changes nothing',
    (_what, format, text, message) => {
      const book = filled();
      const before = book.exported('json');
      const undoLabel = book.ws.info().undoLabel;
      expect(() => book.import(format, text)).toThrow(message);
      expect(book.exported('json')).toBe(before);
      expect(book.ws.info().undoLabel).toBe(undoLabel);
    },
  );
});
