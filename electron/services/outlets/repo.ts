import { z } from 'zod';
import {
  outletKinds,
  reliabilityGrades,
  trackRecordKinds,
  type GradeEntry,
  type OutletKind,
  type OutletSource,
  type TrackRecordEntry,
} from '../../../shared/outlets';
import type { EditTx, Workspace } from '../workspace/workspace';

/** One outlet as the workspace keeps it: the analyst's own data, never the derived statistics. */
export type StoredOutlet = {
  id: string;
  name: string;
  kind: OutletKind;
  country: string | null;
  domains: string[];
  notes: string;
  source: OutletSource;
  createdAt: string;
  /** The analyst's aliases (the shipped ones are not stored). */
  aliases: string[];
  /** Newest first. */
  grades: GradeEntry[];
  /** Newest first (by day, then by when it was written). */
  record: TrackRecordEntry[];
};

/** The key every outlet name and alias is unique by: case-insensitive, spaces collapsed. */
export function nameKey(name: string): string {
  return cleanName(name).toLowerCase();
}

/** A name as stored: trimmed, inner runs of spaces collapsed. */
export function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

type OutletRow = {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  domains: string;
  notes: string;
  source: string;
  created_at: string;
};
type AliasRow = { alias: string; outlet_id: string };
type GradeRow = {
  outlet_id: string;
  grade: string | null;
  rationale: string;
  graded_by: string;
  at: string;
};
type RecordRow = {
  id: string;
  outlet_id: string;
  kind: string;
  day: string;
  text: string;
  created_at: string;
};
type LinkRow = { record_id: string; target_kind: string; target: string };

const stringList = z.array(z.string());
const kindSchema = z.enum(outletKinds).catch('unknown');
const gradeSchema = z.enum(reliabilityGrades).nullable();
const recordKindSchema = z.enum(trackRecordKinds);

function domainsOf(raw: string): string[] {
  try {
    const parsed = stringList.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Every outlet the workspace keeps, with aliases, grade history and record; none without one. */
export function loadNotebook(ws: Workspace | null): StoredOutlet[] {
  if (!ws) return [];
  const db = ws.db;
  const outlets = new Map<string, StoredOutlet>();
  for (const row of db.prepare('SELECT * FROM outlets ORDER BY name').all() as OutletRow[]) {
    outlets.set(row.id, {
      id: row.id,
      name: row.name,
      kind: kindSchema.parse(row.kind),
      country: row.country,
      domains: domainsOf(row.domains),
      notes: row.notes,
      source: row.source === 'analyst' ? 'analyst' : 'corpus',
      createdAt: row.created_at,
      aliases: [],
      grades: [],
      record: [],
    });
  }
  const aliases = db
    .prepare('SELECT alias, outlet_id FROM outlet_aliases ORDER BY alias')
    .all() as AliasRow[];
  for (const row of aliases) outlets.get(row.outlet_id)?.aliases.push(row.alias);
  const grades = db
    .prepare('SELECT * FROM outlet_grades ORDER BY at DESC, id DESC')
    .all() as GradeRow[];
  for (const row of grades) {
    const grade = gradeSchema.safeParse(row.grade);
    if (!grade.success) continue;
    outlets
      .get(row.outlet_id)
      ?.grades.push({ grade: grade.data, rationale: row.rationale, by: row.graded_by, at: row.at });
  }
  const links = new Map<string, LinkRow[]>();
  for (const link of db
    .prepare('SELECT * FROM outlet_record_links ORDER BY target')
    .all() as LinkRow[]) {
    links.set(link.record_id, [...(links.get(link.record_id) ?? []), link]);
  }
  const records = db
    .prepare('SELECT * FROM outlet_records ORDER BY day DESC, seq DESC')
    .all() as RecordRow[];
  for (const row of records) {
    const kind = recordKindSchema.safeParse(row.kind);
    if (!kind.success) continue;
    const linked = links.get(row.id) ?? [];
    outlets.get(row.outlet_id)?.record.push({
      id: row.id,
      kind: kind.data,
      date: row.day,
      text: row.text,
      articleIds: linked.filter((l) => l.target_kind === 'article').map((l) => l.target),
      quoteIds: linked.filter((l) => l.target_kind === 'quote').map((l) => l.target),
      createdAt: row.created_at,
    });
  }
  return [...outlets.values()];
}

/** The current grade: the newest entry, unless it withdrew the grade. */
export function currentGrade(outlet: Pick<StoredOutlet, 'grades'> | undefined): GradeEntry | null {
  const newest = outlet?.grades[0];
  return newest && newest.grade !== null ? newest : null;
}

/**
 * The next number of a counter kept in `meta`. The counter is outside the undo log on purpose:
 * an id (O3, R12) is never handed out twice, even after an undo.
 */
export function nextSeq(
  tx: EditTx,
  counter: 'outlet_seq' | 'outlet_record_seq',
  atLeast = 0,
): number {
  const row = tx.db.prepare('SELECT value FROM meta WHERE key = ?').get(counter) as
    { value: string } | undefined;
  const seq = Math.max(Number(row?.value ?? 0), atLeast) + 1;
  setSeq(tx, counter, seq);
  return seq;
}

/** Raises a counter to `seq` (an imported R7 keeps its number). */
export function setSeq(tx: EditTx, counter: 'outlet_seq' | 'outlet_record_seq', seq: number): void {
  tx.db
    .prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    )
    .run(counter, String(seq));
}

/** The counter's current value (0 before its first use). */
export function seqOf(tx: EditTx, counter: 'outlet_seq' | 'outlet_record_seq'): number {
  const row = tx.db.prepare('SELECT value FROM meta WHERE key = ?').get(counter) as
    { value: string } | undefined;
  return Number(row?.value ?? 0);
}

/** Inserts an outlet row (logged) and answers its id. */
export function insertOutlet(
  tx: EditTx,
  fields: { name: string; source: OutletSource; kind?: OutletKind; at: string } & Partial<
    Pick<StoredOutlet, 'country' | 'domains' | 'notes'>
  >,
): string {
  const id = `O${nextSeq(tx, 'outlet_seq')}`;
  tx.insert('outlets', {
    id,
    name: fields.name,
    name_key: nameKey(fields.name),
    kind: fields.kind ?? 'unknown',
    country: fields.country ?? null,
    domains: JSON.stringify(fields.domains ?? []),
    notes: fields.notes ?? '',
    source: fields.source,
    created_at: fields.at,
  });
  return id;
}

/** Inserts an alias of outlet `id` (logged). */
export function insertAlias(tx: EditTx, id: string, alias: string): void {
  tx.insert('outlet_aliases', {
    alias_key: nameKey(alias),
    alias: cleanName(alias),
    outlet_id: id,
  });
}

/** Appends a grade (or a withdrawal) to an outlet's history (logged). */
export function insertGrade(tx: EditTx, id: string, entry: GradeEntry): void {
  const row = tx.db.prepare('SELECT max(id) AS id FROM outlet_grades').get() as
    { id: number | null } | undefined;
  tx.insert('outlet_grades', {
    id: (row?.id ?? 0) + 1,
    outlet_id: id,
    grade: entry.grade,
    rationale: entry.rationale,
    graded_by: entry.by,
    at: entry.at,
  });
}

/** Inserts a record entry and its links (logged); `seq` is the number of its id. */
export function insertRecord(
  tx: EditTx,
  outletId: string,
  seq: number,
  entry: Omit<TrackRecordEntry, 'id'>,
): string {
  const id = `R${seq}`;
  tx.insert('outlet_records', {
    id,
    seq,
    outlet_id: outletId,
    kind: entry.kind,
    day: entry.date,
    text: entry.text,
    created_at: entry.createdAt,
  });
  const links = [
    ...new Set(entry.articleIds.map((target) => `article\u0000${target}`)),
    ...new Set(entry.quoteIds.map((target) => `quote\u0000${target}`)),
  ];
  for (const link of links) {
    const [targetKind, target] = link.split('\u0000') as [string, string];
    tx.insert('outlet_record_links', { record_id: id, target_kind: targetKind, target });
  }
  return id;
}

/** Ids of the grade rows, alias keys and record ids of outlet `id`, for moving them. */
export function rowsOf(
  tx: EditTx,
  id: string,
): { aliases: string[]; grades: number[]; records: string[] } {
  const ids = <T>(sql: string): T[] =>
    (tx.db.prepare(sql).all(id) as { k: T }[]).map((row) => row.k);
  return {
    aliases: ids<string>('SELECT alias_key AS k FROM outlet_aliases WHERE outlet_id = ?'),
    grades: ids<number>('SELECT id AS k FROM outlet_grades WHERE outlet_id = ?'),
    records: ids<string>('SELECT id AS k FROM outlet_records WHERE outlet_id = ?'),
  };
}
