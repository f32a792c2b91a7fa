import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { isCalendarDay } from '../../../shared/corrections';
import {
  outletKinds,
  reliabilityGrades,
  trackRecordKinds,
  type GradeEntry,
  type NotebookFormat,
  type OutletKind,
  type OutletSource,
  type TrackRecordEntry,
} from '../../../shared/outlets';
import { DomainError } from '../errors';
import { describeError } from '../../../shared/error-message';
import { neutraliseFormulas } from '../quotes/export';
import type { StoredOutlet } from './repo';

/** One outlet as a notebook file carries it: the analyst's data, without derived statistics. */
export type NotebookEntry = {
  name: string;
  aliases: string[];
  domains: string[];
  kind: OutletKind;
  country: string | null;
  notes: string;
  source: OutletSource;
  /** Newest first. */
  gradeHistory: GradeEntry[];
  /** Newest first. */
  record: TrackRecordEntry[];
};

/** The version a JSON notebook file states, so a later format can read this one. */
export const notebookVersion = 1;

/** The stored outlets as notebook entries, by name. */
export function notebookEntries(outlets: readonly StoredOutlet[]): NotebookEntry[] {
  return [...outlets]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((o) => ({
      name: o.name,
      aliases: o.aliases,
      domains: o.domains,
      kind: o.kind,
      country: o.country,
      notes: o.notes,
      source: o.source,
      gradeHistory: o.grades,
      record: o.record,
    }));
}

/** The notebook file in the chosen format. */
export function notebookAs(format: NotebookFormat, entries: readonly NotebookEntry[]): string {
  return format === 'csv'
    ? notebookToCsv(entries)
    : `${JSON.stringify({ parleyOutlets: notebookVersion, outlets: entries }, null, 2)}\n`;
}

export const notebookColumns = [
  'row',
  'outlet',
  'aliases',
  'domains',
  'kind',
  'country',
  'notes',
  'source',
  'grade',
  'rationale',
  'by',
  'at',
  'id',
  'recordKind',
  'date',
  'text',
  'articleIds',
  'quoteIds',
] as const;
type Column = (typeof notebookColumns)[number];

/**
 * One CSV row per outlet (`row` = outlet), per grade it was given (`grade`, newest first) and per
 * record entry (`record`). Lists are joined with "; " (article and quote ids with line breaks).
 * Quoted and formula-neutralised as the quotes export is.
 */
function notebookToCsv(entries: readonly NotebookEntry[]): string {
  const rows: string[][] = [];
  const row = (cells: Partial<Record<Column, string>>): void => {
    rows.push(notebookColumns.map((c) => cells[c] ?? ''));
  };
  for (const e of entries) {
    row({
      row: 'outlet',
      outlet: e.name,
      aliases: e.aliases.join('; '),
      domains: e.domains.join('; '),
      kind: e.kind,
      country: e.country ?? '',
      notes: e.notes,
      source: e.source,
    });
    for (const g of e.gradeHistory)
      row({
        row: 'grade',
        outlet: e.name,
        grade: g.grade ?? '',
        rationale: g.rationale,
        by: g.by,
        at: g.at,
      });
    for (const r of e.record)
      row({
        row: 'record',
        outlet: e.name,
        id: r.id,
        recordKind: r.kind,
        date: r.date,
        text: r.text,
        articleIds: r.articleIds.join('\n'),
        quoteIds: r.quoteIds.join('\n'),
        at: r.createdAt,
      });
  }
  return stringify([[...notebookColumns], ...rows.map((r) => r.map(neutraliseFormulas))], {
    record_delimiter: 'windows',
    quoted_match: /[\r\n",;]/,
  });
}

const refuse = (message: string): DomainError => new DomainError('invalid-input', message);

const isoTime = z
  .string()
  .refine(
    (s) =>
      /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)),
    {
      message: 'a time is written as ISO 8601, e.g. 2025-04-22T10:00:00.000Z',
    },
  );
const day = z.string().refine(isCalendarDay, { message: 'a date is written YYYY-MM-DD' });
const name = z.string().trim().min(1, 'an outlet needs a name').max(200);
const gradeEntry = z
  .object({
    grade: z.enum(reliabilityGrades, { error: 'a reliability grade is A to F' }).nullable(),
    rationale: z.string().max(20_000).default(''),
    by: z.string().max(200).default(''),
    at: isoTime,
  })
  .strict();
const recordEntry = z
  .object({
    id: z
      .string()
      .regex(/^R[1-9]\d{0,8}$/, 'a record id looks like R3')
      .optional(),
    kind: z.enum(trackRecordKinds, {
      error: `a record entry is one of ${trackRecordKinds.join(', ')}`,
    }),
    date: day,
    text: z.string().trim().min(1, 'say what happened').max(20_000),
    articleIds: z.array(z.string().max(4096)).max(500).default([]),
    quoteIds: z
      .array(z.string().regex(/^Q\d+$/, 'a quote id looks like Q12'))
      .max(500)
      .default([]),
    createdAt: isoTime.optional(),
  })
  .strict();
const entrySchema = z
  .object({
    name,
    aliases: z.array(name).max(200).default([]),
    domains: z.array(z.string().max(253)).max(100).default([]),
    kind: z
      .enum(outletKinds, { error: `an outlet kind is one of ${outletKinds.join(', ')}` })
      .default('unknown'),
    country: z.string().max(100).nullable().default(null),
    notes: z.string().max(20_000).default(''),
    source: z.enum(['corpus', 'analyst']).default('analyst'),
    gradeHistory: z.array(gradeEntry).default([]),
    record: z.array(recordEntry).default([]),
  })
  .strict();
const fileSchema = z
  .object({ parleyOutlets: z.literal(notebookVersion).optional(), outlets: z.array(entrySchema) })
  .strict();

/** An entry as parsed: record ids and times may be missing in a reference list. */
export type ParsedEntry = z.infer<typeof entrySchema>;

/**
 * Reads a notebook or reference-list file; refuses a malformed one with one sentence naming the
 * line (CSV) or the field (JSON) that is wrong.
 */
export function parseNotebook(format: NotebookFormat, text: string): ParsedEntry[] {
  return format === 'csv' ? parseCsv(text) : parseJson(text);
}

function parseJson(text: string): ParsedEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw refuse(`The notebook file is not valid JSON (${describeError(error)}).`);
  }
  const parsed = fileSchema.safeParse(data);
  if (parsed.success) return parsed.data.outlets;
  const issue = parsed.error.issues[0];
  const where = issue?.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  throw refuse(
    `The notebook file is malformed at ${where || 'its top level'}: ${issue?.message ?? 'unexpected content'}.`,
  );
}

const list = (cell: string, separator: RegExp): string[] =>
  cell
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);

/** Undoes the export's formula neutralising, so text reads back as it was written. */
const unneutralise = (cell: string): string => cell.replace(/(^|[\r\n;])'([=+\-@\t\r])/g, '$1$2');

function parseCsv(text: string): ParsedEntry[] {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true });
  } catch (error) {
    throw refuse(`The notebook file is not valid CSV (${describeError(error)}).`);
  }
  const [header, ...rows] = records;
  if (!header) throw refuse('The notebook file is empty: it needs a header row.');
  const known = new Set<string>(notebookColumns);
  const unknown = header.find((c) => !known.has(c));
  if (unknown !== undefined)
    throw refuse(
      `Line 1 names an unknown column "${unknown}"; the columns are ${notebookColumns.join(', ')}.`,
    );
  if (!header.includes('outlet')) throw refuse('Line 1 has no "outlet" column.');
  const entries = new Map<string, ParsedEntry>();
  rows.forEach((cells, i) => {
    const line = i + 2;
    const cell = (c: Column): string => unneutralise(cells[header.indexOf(c)] ?? '');
    const fail = (field: string, message: string): never => {
      throw refuse(`Line ${line}, ${field}: ${message}.`);
    };
    const kind = cell('row') || 'outlet';
    const check = <T>(schema: z.ZodType<T>, value: unknown, field: string): T => {
      const parsed = schema.safeParse(value);
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      const named = issue?.path[0];
      return fail(
        typeof named === 'string' ? csvField(named, kind) : field,
        issue?.message ?? 'not valid',
      );
    };
    const outletName = cell('outlet').trim();
    if (outletName === '') fail('outlet', 'an outlet needs a name');
    const entry = entries.get(outletName);
    if (kind === 'outlet') {
      if (entry) fail('outlet', `${outletName} is listed twice`);
      const parsed = check(
        entrySchema,
        {
          name: outletName,
          aliases: list(cell('aliases'), /;/),
          domains: list(cell('domains'), /;/),
          kind: cell('kind') || undefined,
          country: cell('country') || null,
          notes: cell('notes'),
          source: cell('source') || undefined,
        },
        'outlet',
      );
      entries.set(outletName, parsed);
      // A reference list may give the grade on the outlet's own row.
      if (cell('grade') !== '') {
        const graded = check(
          gradeEntry,
          {
            grade: cell('grade'),
            rationale: cell('rationale'),
            by: cell('by'),
            at: cell('at') || new Date().toISOString(),
          },
          'grade',
        );
        entries.get(outletName)?.gradeHistory.push(graded);
      }
      return;
    }
    if (!entry) return fail('outlet', `${outletName} needs its outlet row before its ${kind} rows`);
    if (kind === 'grade') {
      entry.gradeHistory.push(
        check(
          gradeEntry,
          {
            grade: cell('grade') || null,
            rationale: cell('rationale'),
            by: cell('by'),
            at: cell('at'),
          },
          'grade',
        ),
      );
    } else if (kind === 'record') {
      entry.record.push(
        check(
          recordEntry,
          {
            ...(cell('id') ? { id: cell('id') } : {}),
            kind: cell('recordKind'),
            date: cell('date'),
            text: cell('text'),
            articleIds: list(cell('articleIds'), /\r?\n/),
            quoteIds: list(cell('quoteIds'), /[\r\n;]+/),
            ...(cell('at') ? { createdAt: cell('at') } : {}),
          },
          'record',
        ),
      );
    } else fail('row', `"${kind}" is not outlet, grade or record`);
  });
  return [...entries.values()];
}

/** The CSV column a field of the JSON shape is read from. */
function csvField(field: string, row: string): string {
  if (field === 'kind') return row === 'record' ? 'recordKind' : 'kind';
  if (field === 'createdAt') return 'at';
  if (field === 'name') return 'outlet';
  return field;
}
