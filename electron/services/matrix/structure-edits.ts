import type { MatrixEditRequest } from '../../../shared/matrix';
import { DomainError } from '../errors';
import type { EditTx, Workspace } from '../workspace/workspace';
import { listIssues, listParties } from './repo';

const MAX_NAMES = 100;
type Target = 'party' | 'issue';
const tableOf = (target: Target): string =>
  target === 'party' ? 'matrix_parties' : 'matrix_issues';

/** A row or column name, trimmed; a DomainError when empty. */
export function cleanName(raw: string, what: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name === '') throw new DomainError('invalid-input', `A ${what} needs a name.`);
  return name;
}

/** Aliases or search terms: trimmed, blanks refused, duplicates (ignoring case) dropped. */
export function cleanList(raw: readonly string[], what: string): string[] {
  const kept: string[] = [];
  for (const item of raw) {
    const value = item.trim().replace(/\s+/g, ' ');
    if (value === '') throw new DomainError('invalid-input', `An empty ${what} cannot be kept.`);
    if (!kept.some((k) => k.toLowerCase() === value.toLowerCase())) kept.push(value);
  }
  if (kept.length > MAX_NAMES)
    throw new DomainError('invalid-input', `At most ${MAX_NAMES} ${what}s are kept.`);
  return kept;
}

/** A new id from a name ("United States" → "united-states"), unique among `taken`. */
export function idFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'item';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

function rowsOf(ws: Workspace, target: Target): { id: string; name: string }[] {
  return target === 'party' ? listParties(ws) : listIssues(ws);
}

function find(ws: Workspace, target: Target, id: string): { id: string; name: string } {
  const row = rowsOf(ws, target).find((r) => r.id === id);
  if (!row) throw new DomainError('not-found', `No ${target} with id ${id}.`);
  return row;
}

function refuseTaken(ws: Workspace, target: Target, name: string, except?: string): void {
  const clash = rowsOf(ws, target).find(
    (r) => r.id !== except && r.name.toLowerCase() === name.toLowerCase(),
  );
  if (clash)
    throw new DomainError('conflict', `There is already a ${target} called ${clash.name}.`);
}

/** Rewrites positions 0…n-1 in the given order, logging only the rows that moved. */
function renumber(tx: EditTx, table: string, ids: readonly string[]): void {
  ids.forEach((id, position) => tx.update(table, id, { position }));
}

/**
 * Applies one change to the rows (parties) or columns (issues) as one undoable edit; removing one
 * takes its cells, links and history with it, and undo brings them back. Answers whether it changed anything.
 */
export function editStructure(ws: Workspace, request: MatrixEditRequest): boolean {
  const before = ws.lastEditId();
  switch (request.kind) {
    case 'add-party':
    case 'add-issue': {
      const target: Target = request.kind === 'add-party' ? 'party' : 'issue';
      const name = cleanName(request.name, target);
      refuseTaken(ws, target, name);
      const rows = rowsOf(ws, target);
      const id = idFor(name, new Set(rows.map((r) => r.id)));
      const row =
        request.kind === 'add-party'
          ? {
              id,
              name,
              aliases: JSON.stringify(cleanList(request.aliases ?? [], 'alias')),
              position: rows.length,
            }
          : {
              id,
              name,
              proposition: (request.proposition ?? '').trim(),
              terms: JSON.stringify(cleanList(request.terms ?? [name], 'search term')),
              position: rows.length,
            };
      ws.edit(`Add ${target} ${name}`, (tx) => tx.insert(tableOf(target), row));
      break;
    }
    case 'rename': {
      const row = find(ws, request.target, request.id);
      const name = cleanName(request.name, request.target);
      refuseTaken(ws, request.target, name, row.id);
      ws.edit(`Rename ${request.target} ${row.name} to ${name}`, (tx) =>
        tx.update(tableOf(request.target), row.id, { name }),
      );
      break;
    }
    case 'move': {
      const row = find(ws, request.target, request.id);
      const ids = rowsOf(ws, request.target)
        .map((r) => r.id)
        .filter((id) => id !== row.id);
      const to = Math.max(0, Math.min(request.to, ids.length));
      ids.splice(to, 0, row.id);
      ws.edit(`Move ${request.target} ${row.name}`, (tx) =>
        renumber(tx, tableOf(request.target), ids),
      );
      break;
    }
    case 'remove': {
      const row = find(ws, request.target, request.id);
      const rest = rowsOf(ws, request.target)
        .map((r) => r.id)
        .filter((id) => id !== row.id);
      ws.edit(`Remove ${request.target} ${row.name}`, (tx) => {
        tx.remove(tableOf(request.target), row.id);
        renumber(tx, tableOf(request.target), rest);
      });
      break;
    }
    case 'set-aliases': {
      const row = find(ws, 'party', request.id);
      const aliases = JSON.stringify(cleanList(request.aliases, 'alias'));
      ws.edit(`Set aliases of ${row.name}`, (tx) =>
        tx.update('matrix_parties', row.id, { aliases }),
      );
      break;
    }
    case 'set-terms': {
      const row = find(ws, 'issue', request.id);
      const terms = cleanList(request.terms, 'search term');
      if (terms.length === 0)
        throw new DomainError('invalid-input', 'An issue needs at least one search term.');
      ws.edit(`Set search terms of ${row.name}`, (tx) =>
        tx.update('matrix_issues', row.id, { terms: JSON.stringify(terms) }),
      );
      break;
    }
    case 'set-proposition': {
      const row = find(ws, 'issue', request.id);
      ws.edit(`Set proposition of ${row.name}`, (tx) =>
        tx.update('matrix_issues', row.id, { proposition: request.proposition.trim() }),
      );
      break;
    }
  }
  return ws.lastEditId() !== before;
}
