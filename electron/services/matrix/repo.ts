import { z } from 'zod';
import {
  defaultStaleDays,
  evidenceRelations,
  stances,
  type EvidenceRelation,
  type MatrixHistoryEntry,
  type MatrixIssue,
  type MatrixParty,
  type Stance,
} from '../../../shared/matrix';
import { parseStoredJson } from '../platform/stored-json';
import type { Workspace } from '../workspace/workspace';

const storedList = z.array(z.string());
const storedEvidence = z.array(
  z.object({ quoteId: z.string(), relation: z.enum(evidenceRelations) }),
);
const isStance = (value: string): value is Stance => (stances as readonly string[]).includes(value);
const asStance = (value: string): Stance => (isStance(value) ? value : 'unknown');
const asRelation = (value: string): EvidenceRelation =>
  value === 'contradicts' ? 'contradicts' : 'supports';

/** A stored cell (the analyst's latest values); a pair with no row has never been touched. */
export type CellRow = {
  party: string;
  issue: string;
  stance: Stance;
  summary: string;
  /** The analyst's own as-of date, or null to take the newest evidence's. */
  asOf: string | null;
  note: string;
  updatedAt: string | null;
};

/** A stored evidence link with the snapshot of its quote the matrix shows. */
export type EvidenceRow = {
  party: string;
  issue: string;
  quoteId: string;
  relation: EvidenceRelation;
  linkedAt: string;
  articleId: string;
  folder: string;
  path: string;
  title: string;
  outlet: string | null;
  published: string | null;
  exact: string;
  start: number;
  end: number;
};

/** A stored history entry with its cell. */
export type HistoryRow = MatrixHistoryEntry & { party: string; issue: string };

/** Parties in the analyst's order. */
export function listParties(ws: Workspace): MatrixParty[] {
  const rows = ws.db
    .prepare('SELECT id, name, aliases, position FROM matrix_parties ORDER BY position, id')
    .all() as { id: string; name: string; aliases: string; position: number }[];
  return rows.map((r, order) => ({
    id: r.id,
    name: r.name,
    aliases: parseStoredJson(storedList, r.aliases) ?? [],
    order,
  }));
}

/** Issues in the analyst's order. */
export function listIssues(ws: Workspace): MatrixIssue[] {
  const rows = ws.db
    .prepare(
      'SELECT id, name, proposition, terms, position FROM matrix_issues ORDER BY position, id',
    )
    .all() as { id: string; name: string; proposition: string; terms: string; position: number }[];
  return rows.map((r, order) => ({
    id: r.id,
    name: r.name,
    proposition: r.proposition,
    terms: parseStoredJson(storedList, r.terms) ?? [],
    order,
  }));
}

type StoredCell = {
  party_id: string;
  issue_id: string;
  stance: string;
  summary: string;
  as_of: string | null;
  note: string;
  updated_at: string | null;
};
const toCell = (r: StoredCell): CellRow => ({
  party: r.party_id,
  issue: r.issue_id,
  stance: asStance(r.stance),
  summary: r.summary,
  asOf: r.as_of,
  note: r.note,
  updatedAt: r.updated_at,
});

/** Every stored cell, or the one of party × issue. */
export function listCells(ws: Workspace, only?: { party: string; issue: string }): CellRow[] {
  const rows = (
    only
      ? ws.db
          .prepare('SELECT * FROM matrix_cells WHERE party_id = ? AND issue_id = ?')
          .all(only.party, only.issue)
      : ws.db.prepare('SELECT * FROM matrix_cells').all()
  ) as StoredCell[];
  return rows.map(toCell);
}

const evidenceSelect = `
  SELECT e.party_id, e.issue_id, e.quote_id, e.relation, e.linked_at, q.article_id, q.folder,
         q.path, q.title, q.outlet, q.published, q.exact, q.start_offset, q.end_offset
  FROM matrix_evidence e JOIN quotes q ON q.id = e.quote_id`;
type StoredEvidence = {
  party_id: string;
  issue_id: string;
  quote_id: string;
  relation: string;
  linked_at: string;
  article_id: string;
  folder: string;
  path: string;
  title: string;
  outlet: string | null;
  published: string | null;
  exact: string;
  start_offset: number;
  end_offset: number;
};

/** Every evidence link (or one cell's), in linking order. */
export function listEvidence(
  ws: Workspace,
  only?: { party: string; issue: string },
): EvidenceRow[] {
  const rows = (
    only
      ? ws.db
          .prepare(
            `${evidenceSelect} WHERE e.party_id = ? AND e.issue_id = ? ORDER BY e.linked_at, q.seq`,
          )
          .all(only.party, only.issue)
      : ws.db.prepare(`${evidenceSelect} ORDER BY e.linked_at, q.seq`).all()
  ) as StoredEvidence[];
  return rows.map((r) => ({
    party: r.party_id,
    issue: r.issue_id,
    quoteId: r.quote_id,
    relation: asRelation(r.relation),
    linkedAt: r.linked_at,
    articleId: r.article_id,
    folder: r.folder,
    path: r.path,
    title: r.title,
    outlet: r.outlet,
    published: r.published,
    exact: r.exact,
    start: r.start_offset,
    end: r.end_offset,
  }));
}

type StoredHistory = {
  id: number;
  party_id: string;
  issue_id: string;
  kind: string;
  at: string;
  effective: string;
  stance: string;
  summary: string;
  note: string;
  reason: string;
  evidence: string;
};

/** History entries (every cell's, or one's), oldest first. */
export function listHistory(ws: Workspace, only?: { party: string; issue: string }): HistoryRow[] {
  const rows = (
    only
      ? ws.db
          .prepare('SELECT * FROM matrix_history WHERE party_id = ? AND issue_id = ? ORDER BY id')
          .all(only.party, only.issue)
      : ws.db.prepare('SELECT * FROM matrix_history ORDER BY id').all()
  ) as StoredHistory[];
  return rows.map((r) => ({
    id: r.id,
    party: r.party_id,
    issue: r.issue_id,
    kind: r.kind === 'link' || r.kind === 'unlink' ? r.kind : 'set',
    at: r.at,
    effective: r.effective,
    stance: asStance(r.stance),
    summary: r.summary,
    note: r.note,
    reason: r.reason,
    evidence: parseStoredJson(storedEvidence, r.evidence) ?? [],
  }));
}

/** The analyst's stale threshold in days. */
export function staleDays(ws: Workspace): number {
  const row = ws.db.prepare("SELECT value FROM matrix_settings WHERE key = 'staleDays'").get() as
    { value: string } | undefined;
  const value = row ? Number(row.value) : Number.NaN;
  return Number.isInteger(value) && value >= 0 ? value : defaultStaleDays;
}
