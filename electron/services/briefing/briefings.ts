import { briefingSchema, type Briefing } from '../../../shared/briefing';
import type {
  BriefingSaveRequest,
  BriefingSummary,
  StoredBriefing,
} from '../../../shared/briefings';
import { DomainError } from '../errors';
import { parseStoredJson } from '../platform/stored-json';
import type { Workspace } from '../workspace/workspace';

type BriefingRow = { id: string; name: string; body: string; updated_at: string };

const MAX_NAME = 200;

/** A stored row as a briefing; null when its body is not a briefing (damaged or from a newer version). */
function toStored(row: BriefingRow): StoredBriefing | null {
  const briefing = parseStoredJson(briefingSchema, row.body);
  return briefing ? { id: row.id, name: row.name, briefing, updatedAt: row.updated_at } : null;
}

const rows = (ws: Workspace): BriefingRow[] =>
  ws.db
    .prepare('SELECT id, name, body, updated_at FROM briefings ORDER BY name COLLATE NOCASE, id')
    .all() as BriefingRow[];

/** The workspace's briefings by name; a row whose body no longer parses is left out, never cast. */
export function listBriefings(ws: Workspace): BriefingSummary[] {
  return rows(ws)
    .map(toStored)
    .filter((b): b is StoredBriefing => b !== null)
    .map(({ id, name, briefing, updatedAt }) => ({ id, name, title: briefing.title, updatedAt }));
}

/** One briefing; 'not-found' for an unknown id, 'corrupt' for a body that is not a briefing. */
export function getBriefing(ws: Workspace, id: string): StoredBriefing {
  const row = ws.db
    .prepare('SELECT id, name, body, updated_at FROM briefings WHERE id = ?')
    .get(id) as BriefingRow | undefined;
  if (!row) throw new DomainError('not-found', `No briefing ${id} in this workspace.`);
  const stored = toStored(row);
  if (!stored)
    throw new DomainError(
      'corrupt',
      `Briefing "${row.name}" is damaged in this workspace and cannot be read.`,
    );
  return stored;
}

/** The briefing called `name` (case-insensitive), for `parley export --briefing`; null when none. */
export function findBriefingByName(ws: Workspace, name: string): StoredBriefing | null {
  const wanted = name.trim().toLowerCase();
  const row = rows(ws).find((r) => r.name.toLowerCase() === wanted);
  return row ? getBriefing(ws, row.id) : null;
}

const nextId = (ws: Workspace): string => {
  const ids = ws.db.prepare('SELECT id FROM briefings').all() as { id: string }[];
  const top = Math.max(0, ...ids.map((r) => Number(r.id.slice(1)) || 0));
  return `B${top + 1}`;
};

function cleanName(ws: Workspace, raw: string, id: string | undefined): string {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name === '') throw new DomainError('invalid-input', 'A briefing needs a name.');
  if (name.length > MAX_NAME)
    throw new DomainError('invalid-input', `A briefing name has at most ${MAX_NAME} characters.`);
  const clash = rows(ws).find((r) => r.name.toLowerCase() === name.toLowerCase() && r.id !== id);
  if (clash)
    throw new DomainError('conflict', `There is already a briefing named "${clash.name}".`);
  return name;
}

/**
 * Creates (no id) or replaces a whole briefing as one undoable edit ("Edit briefing Ceasefire");
 * answers it as stored and whether anything changed. A bad name or body changes nothing.
 */
export function saveBriefing(
  ws: Workspace,
  request: BriefingSaveRequest,
): { stored: StoredBriefing; changed: boolean } {
  const parsed = briefingSchema.safeParse(request.briefing);
  if (!parsed.success)
    throw new DomainError(
      'invalid-input',
      `The briefing is not valid: ${parsed.error.issues[0]?.message ?? 'unknown problem'}.`,
    );
  const briefing: Briefing = parsed.data;
  const name = cleanName(ws, request.name, request.id);
  const body = JSON.stringify(briefing);
  const at = new Date().toISOString();
  if (request.id === undefined) {
    const id = nextId(ws);
    ws.edit(`New briefing ${name}`, (tx) =>
      tx.insert('briefings', { id, name, body, created_at: at, updated_at: at }),
    );
    return { stored: getBriefing(ws, id), changed: true };
  }
  const id = request.id;
  const current = ws.db.prepare('SELECT name, body FROM briefings WHERE id = ?').get(id) as
    { name: string; body: string } | undefined;
  if (!current) throw new DomainError('not-found', `No briefing ${id} in this workspace.`);
  if (current.name === name && current.body === body)
    return { stored: getBriefing(ws, id), changed: false };
  const label =
    current.name === name ? `Edit briefing ${name}` : `Rename briefing ${current.name} to ${name}`;
  ws.edit(label, (tx) => tx.update('briefings', id, { name, body, updated_at: at }));
  return { stored: getBriefing(ws, id), changed: true };
}

/** Deletes a briefing as one undoable edit; answers what it was called. */
export function deleteBriefing(ws: Workspace, id: string): string {
  const row = ws.db.prepare('SELECT name FROM briefings WHERE id = ?').get(id) as
    { name: string } | undefined;
  if (!row) throw new DomainError('not-found', `No briefing ${id} in this workspace.`);
  ws.edit(`Delete briefing ${row.name}`, (tx) => tx.remove('briefings', id));
  return row.name;
}
