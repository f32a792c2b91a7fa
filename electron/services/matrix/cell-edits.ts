import type {
  EvidenceRelation,
  MatrixLinkRequest,
  MatrixSetCellRequest,
  MatrixUnlinkRequest,
  Stance,
} from '../../../shared/matrix';
import { stanceLabels } from '../../../shared/matrix';
import { DomainError } from '../errors';
import type { EditTx, Row, Workspace } from '../workspace/workspace';
import { newestDate } from './flags';
import { listCells, listEvidence, listIssues, listParties } from './repo';

/** What a cell edit needs besides the workspace: the evidence dates (as corrected) and the clock. */
export type CellEditContext = {
  /** A quote's article date as corrected, or null when unknown. */
  dateOf(quoteId: string): string | null;
  now(): Date;
};

type CellState = { stance: Stance; summary: string; asOf: string | null; note: string };
type Link = { quoteId: string; relation: EvidenceRelation };

function names(ws: Workspace, party: string, issue: string): string {
  const p = listParties(ws).find((r) => r.id === party);
  if (!p) throw new DomainError('not-found', `No party with id ${party}.`);
  const i = listIssues(ws).find((r) => r.id === issue);
  if (!i) throw new DomainError('not-found', `No issue with id ${issue}.`);
  return `${p.name} × ${i.name}`;
}

function stateOf(ws: Workspace, party: string, issue: string): CellState | null {
  const [cell] = listCells(ws, { party, issue });
  return cell ?? null;
}

/**
 * Writes a cell's values and appends the history entry recording them, in the caller's edit. The
 * entry takes effect on the analyst's as-of date, else the newest evidence's, else today.
 */
function record(
  tx: EditTx,
  ctx: CellEditContext,
  cell: { party: string; issue: string },
  kind: 'set' | 'link' | 'unlink',
  state: CellState,
  links: readonly Link[],
  reason: string,
): void {
  const at = ctx.now().toISOString();
  const key = { party_id: cell.party, issue_id: cell.issue };
  const row: Row = {
    stance: state.stance,
    summary: state.summary,
    as_of: state.asOf,
    note: state.note,
  };
  if (kind === 'set') row.updated_at = at;
  if (tx.get('matrix_cells', key)) tx.update('matrix_cells', key, row);
  else tx.insert('matrix_cells', { ...key, ...row, updated_at: kind === 'set' ? at : null });
  const effective =
    state.asOf ?? newestDate(links.map((l) => ctx.dateOf(l.quoteId))) ?? at.slice(0, 10);
  const next = tx.db.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM matrix_history').get() as {
    id: number;
  };
  tx.insert('matrix_history', {
    id: next.id,
    ...key,
    kind,
    at,
    effective,
    stance: state.stance,
    summary: state.summary,
    note: state.note,
    reason,
    evidence: JSON.stringify(links),
  });
}

const linksOf = (ws: Workspace, party: string, issue: string): Link[] =>
  listEvidence(ws, { party, issue }).map((e) => ({ quoteId: e.quoteId, relation: e.relation }));

const empty: CellState = { stance: 'unknown', summary: '', asOf: null, note: '' };

/** Sets a cell's stance, summary, as-of date or note (one undoable edit, one history entry); false when nothing changed. */
export function setCell(
  ws: Workspace,
  request: MatrixSetCellRequest,
  ctx: CellEditContext,
): boolean {
  const { party, issue } = request;
  const label = names(ws, party, issue);
  const current = stateOf(ws, party, issue) ?? empty;
  const next: CellState = {
    stance: request.stance ?? current.stance,
    summary: request.summary === undefined ? current.summary : request.summary.trim(),
    asOf: request.asOf === undefined ? current.asOf : (request.asOf?.slice(0, 10) ?? null),
    note: request.note ?? current.note,
  };
  const same =
    next.stance === current.stance &&
    next.summary === current.summary &&
    next.asOf === current.asOf &&
    next.note === current.note;
  if (same && stateOf(ws, party, issue)) return false;
  const what = next.stance !== current.stance ? `: ${stanceLabels[next.stance]}` : '';
  ws.edit(`Set ${label}${what}`, (tx) =>
    record(tx, ctx, request, 'set', next, linksOf(ws, party, issue), request.reason?.trim() ?? ''),
  );
  return true;
}

/** Links a quote to a cell as supporting or contradicting (or changes its relation); false when already so. */
export function linkEvidence(
  ws: Workspace,
  request: MatrixLinkRequest,
  ctx: CellEditContext,
): boolean {
  const { party, issue, quoteId, relation } = request;
  const label = names(ws, party, issue);
  const quote = ws.db.prepare('SELECT id FROM quotes WHERE id = ?').get(quoteId);
  if (!quote) throw new DomainError('not-found', `No quote ${quoteId}.`);
  const links = linksOf(ws, party, issue);
  const existing = links.find((l) => l.quoteId === quoteId);
  if (existing?.relation === relation) return false;
  const after = existing
    ? links.map((l) => (l.quoteId === quoteId ? { quoteId, relation } : l))
    : [...links, { quoteId, relation }];
  const key = { party_id: party, issue_id: issue, quote_id: quoteId };
  ws.edit(`Link ${quoteId} to ${label} (${relation})`, (tx) => {
    const state = stateOf(ws, party, issue) ?? empty;
    if (existing) tx.update('matrix_evidence', key, { relation });
    else tx.insert('matrix_evidence', { ...key, relation, linked_at: ctx.now().toISOString() });
    record(tx, ctx, request, 'link', state, after, request.reason?.trim() ?? '');
  });
  return true;
}

/** Drops a quote from a cell's evidence (one undoable edit, one history entry). */
export function unlinkEvidence(
  ws: Workspace,
  request: MatrixUnlinkRequest,
  ctx: CellEditContext,
): void {
  const { party, issue, quoteId } = request;
  const label = names(ws, party, issue);
  const links = linksOf(ws, party, issue);
  if (!links.some((l) => l.quoteId === quoteId))
    throw new DomainError('not-found', `${quoteId} is not evidence of ${label}.`);
  ws.edit(`Unlink ${quoteId} from ${label}`, (tx) => {
    const state = stateOf(ws, party, issue) ?? empty;
    tx.remove('matrix_evidence', { party_id: party, issue_id: issue, quote_id: quoteId });
    const after = links.filter((l) => l.quoteId !== quoteId);
    record(tx, ctx, request, 'unlink', state, after, request.reason?.trim() ?? '');
  });
}

/** Sets the stale threshold (one undoable edit); false when unchanged. */
export function setStaleDays(ws: Workspace, days: number, current: number): boolean {
  if (days === current) return false;
  const value = String(days);
  ws.edit(`Set stale after ${days} days`, (tx) => {
    if (tx.get('matrix_settings', 'staleDays'))
      tx.update('matrix_settings', 'staleDays', { value });
    else tx.insert('matrix_settings', { key: 'staleDays', value });
  });
  return true;
}
