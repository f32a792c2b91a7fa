import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describeError } from '../../../shared/error-message';

/** File names a folder's metadata sidecar may have, at the folder root, in the order looked for. */
export const sidecarNames = ['meta.csv', 'metadata.csv', 'meta.jsonl', 'metadata.jsonl'] as const;

/** What a sidecar row says about one file; a field is present only when the row gives it. */
export type SidecarMeta = {
  title?: string;
  byline?: string;
  outlet?: string;
  url?: string;
  published?: string;
};

export type Sidecar = {
  name: string;
  /** Rows by the file they name (a posix path relative to the folder). */
  byPath: Map<string, SidecarMeta>;
  /** One sentence per row (or the whole file) that could not be used: "meta.csv line 3: names no file". */
  problems: string[];
};

// Column names (lower-case) for each field, first non-empty one wins. `publ_in` is the outlet
// column of the Brown Ukrainian corpus, where `publisher` is the book publisher, mostly empty.
const columns: Record<keyof SidecarMeta | 'file', readonly string[]> = {
  file: ['file', 'path', 'filename'],
  title: ['title'],
  byline: ['author', 'byline'],
  outlet: ['outlet', 'source', 'publ_in', 'publisher'],
  url: ['url'],
  published: ['date', 'published', 'year'],
};
const fields = ['title', 'byline', 'outlet', 'url', 'published'] as const;

type Row = { line: number; values: Map<string, string> };

function metaOf(values: Map<string, string>): { file: string | null; meta: SidecarMeta } {
  const pick = (names: readonly string[]): string | undefined =>
    names.map((n) => values.get(n)?.trim()).find((v) => v !== undefined && v !== '');
  const meta: SidecarMeta = {};
  for (const field of fields) {
    const value = pick(columns[field]);
    if (value !== undefined) meta[field] = value;
  }
  // Split author columns (Brown-UK: author_name, author_surname) when there is no author column.
  if (meta.byline === undefined) {
    const split = [values.get('author_name'), values.get('author_surname')]
      .map((v) => v?.trim())
      .filter((v): v is string => Boolean(v));
    if (split.length > 0) meta.byline = split.join(' ');
  }
  const file = pick(columns.file);
  return {
    file: file === undefined ? null : file.replaceAll('\\', '/').replace(/^\.\//, ''),
    meta,
  };
}

function csvRows(name: string, text: string, problems: string[]): Row[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    problems.push(`${name}: could not be read as CSV (${describeError(error)})`);
    return [];
  }
  const [header, ...body] = records;
  if (!header) return [];
  const keys = header.record.map((h) => h.trim().toLowerCase());
  return body.map(({ record, info }) => ({
    line: info.lines,
    values: new Map(keys.map((k, i) => [k, record[i] ?? ''])),
  }));
}

function jsonlRows(name: string, text: string, problems: string[]): Row[] {
  const rows: Row[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = null;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`${name} line ${i + 1}: not a JSON object`);
      return;
    }
    const values = new Map<string, string>();
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' || typeof v === 'number') values.set(k.toLowerCase(), String(v));
    }
    rows.push({ line: i + 1, values });
  });
  return rows;
}

/** Reads a sidecar's text (CSV or JSON Lines by its name); never throws, problems are listed. */
export function parseSidecar(name: string, text: string): Sidecar {
  const problems: string[] = [];
  const rows = name.endsWith('.jsonl')
    ? jsonlRows(name, text, problems)
    : csvRows(name, text, problems);
  const byPath = new Map<string, SidecarMeta>();
  for (const row of rows) {
    const { file, meta } = metaOf(row.values);
    if (file === null) problems.push(`${name} line ${row.line}: names no file`);
    else byPath.set(path.posix.normalize(file), meta);
  }
  return { name, byPath, problems };
}

/** The sidecar at `folder`'s root (the first of sidecarNames that exists), or null for none. */
export function readSidecar(folder: string): Sidecar | null {
  for (const name of sidecarNames) {
    let text: string;
    try {
      text = readFileSync(path.join(folder, name), 'utf8');
    } catch {
      continue;
    }
    return parseSidecar(name, text);
  }
  return null;
}
