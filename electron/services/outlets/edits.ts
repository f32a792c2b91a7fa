import type {
  GradeRequest,
  OutletEdit,
  OutletSource,
  TrackRecordRequest,
} from '../../../shared/outlets';
import { DomainError } from '../errors';
import type { EditTx, Workspace } from '../workspace/workspace';
import type { Catalogue } from './catalogue';
import {
  cleanName,
  currentGrade,
  insertAlias,
  insertGrade,
  insertOutlet,
  insertRecord,
  nameKey,
  nextSeq,
  rowsOf,
} from './repo';

/** Who an edit made in the app is recorded as (the workspace has no analyst name yet). */
export const analystName = 'analyst';

/** An outlet's row id, made (as a corpus or analyst outlet) when the analyst first touches it. */
function rowFor(tx: EditTx, catalogue: Catalogue, name: string, at: string): string {
  const stored = catalogue.resolver.stored(name);
  if (stored) return stored.id;
  const source: OutletSource = catalogue.find(name)?.source ?? 'analyst';
  return insertOutlet(tx, { name, source, at });
}

/** The catalogue's outlet `name` names (by its name or any alias), or not-found. */
function existing(catalogue: Catalogue, name: string): string {
  const outlet = catalogue.find(name);
  if (!outlet) throw new DomainError('not-found', `No outlet is called ${name}.`);
  return outlet.name;
}

/** Refuses `form` as a new name or alias of `owner` when it already names another outlet. */
function refuseTaken(catalogue: Catalogue, form: string, owner: string | null): void {
  const taken = catalogue.find(form);
  if (!taken || taken.name === owner) return;
  const how =
    nameKey(taken.name) === nameKey(form)
      ? `is already the outlet ${taken.name}`
      : `already names ${taken.name}`;
  throw new DomainError(
    'conflict',
    `${form} ${how}: merge the two outlets instead, or split the alias off first.`,
  );
}

/**
 * Applies one edit of the outlet list as one undoable edit; answers false when it changes
 * nothing. Every check runs before the first write, and a refusal changes nothing.
 */
export function editOutlets(ws: Workspace, catalogue: Catalogue, edit: OutletEdit): boolean {
  const at = new Date().toISOString();
  switch (edit.kind) {
    case 'add': {
      const name = cleanName(edit.name);
      refuseTaken(catalogue, name, null);
      ws.edit(`Add outlet ${name}`, (tx) =>
        insertOutlet(tx, {
          name,
          source: 'analyst',
          ...(edit.outletKind ? { kind: edit.outletKind } : {}),
          at,
        }),
      );
      return true;
    }
    case 'rename': {
      const name = existing(catalogue, edit.name);
      const to = cleanName(edit.to);
      if (to === name) return false;
      refuseTaken(catalogue, to, name);
      ws.edit(`Rename ${name} to ${to}`, (tx) => {
        const id = rowFor(tx, catalogue, name, at);
        const key = nameKey(to);
        if (tx.get('outlet_aliases', key)) tx.remove('outlet_aliases', key);
        tx.update('outlets', id, { name: to, name_key: key });
        // The old name stays an alias, so articles that print it still count for the outlet.
        if (key !== nameKey(name)) insertAlias(tx, id, name);
      });
      return true;
    }
    case 'merge': {
      const name = existing(catalogue, edit.name);
      const into = existing(catalogue, edit.into);
      if (name === into)
        throw new DomainError('invalid-input', `${edit.name} and ${edit.into} are one outlet.`);
      ws.edit(`Merge ${name} into ${into}`, (tx) => {
        const target = rowFor(tx, catalogue, into, at);
        const source = catalogue.resolver.stored(name);
        if (source) {
          const rows = rowsOf(tx, source.id);
          for (const key of rows.aliases) tx.update('outlet_aliases', key, { outlet_id: target });
          for (const id of rows.grades) tx.update('outlet_grades', { id }, { outlet_id: target });
          for (const id of rows.records) tx.update('outlet_records', id, { outlet_id: target });
          tx.remove('outlets', source.id);
        }
        insertAlias(tx, target, name);
      });
      return true;
    }
    case 'split': {
      const name = existing(catalogue, edit.name);
      const newName = cleanName(edit.newName);
      const aliases = catalogue.resolver.aliasesOf(name);
      const moving = edit.aliases.map((raw) => {
        const alias = aliases.find((a) => nameKey(a) === nameKey(raw));
        if (!alias) throw new DomainError('invalid-input', `${raw} is not an alias of ${name}.`);
        return alias;
      });
      if (!moving.some((a) => nameKey(a) === nameKey(newName)))
        refuseTaken(catalogue, newName, null);
      ws.edit(`Split ${moving.join(', ')} off ${name} as ${newName}`, (tx) => {
        const id = insertOutlet(tx, { name: newName, source: 'analyst', at });
        for (const alias of moving) {
          const key = nameKey(alias);
          const stored = tx.get('outlet_aliases', key);
          if (key === nameKey(newName)) {
            if (stored) tx.remove('outlet_aliases', key);
          } else if (stored) tx.update('outlet_aliases', key, { outlet_id: id });
          else insertAlias(tx, id, alias);
        }
      });
      return true;
    }
    case 'set-aliases':
      return setAliases(ws, catalogue, edit.name, edit.aliases, at);
    case 'set-details': {
      const name = existing(catalogue, edit.name);
      const patch: Record<string, string | null> = {};
      if (edit.outletKind !== undefined) patch.kind = edit.outletKind;
      if (edit.country !== undefined) patch.country = edit.country?.trim() || null;
      if (edit.domains !== undefined)
        patch.domains = JSON.stringify([
          ...new Set(edit.domains.map((d) => d.trim().toLowerCase()).filter(Boolean)),
        ]);
      if (edit.notes !== undefined) patch.notes = edit.notes;
      const stored = catalogue.resolver.stored(name);
      const changes = Object.entries(patch).some(([column, value]) => {
        if (!stored)
          return column === 'kind'
            ? value !== 'unknown'
            : value !== null && value !== '' && value !== '[]';
        const now: Record<string, string | null> = {
          kind: stored.kind,
          country: stored.country,
          domains: JSON.stringify(stored.domains),
          notes: stored.notes,
        };
        return now[column] !== value;
      });
      if (!changes) return false;
      ws.edit(`Describe ${name}`, (tx) =>
        tx.update('outlets', rowFor(tx, catalogue, name, at), patch),
      );
      return true;
    }
    case 'remove': {
      const name = existing(catalogue, edit.name);
      const stored = catalogue.resolver.stored(name);
      if (!stored || stored.source !== 'analyst')
        throw new DomainError(
          'invalid-input',
          `${name} comes from the corpus and cannot be removed; merge or rename it instead.`,
        );
      ws.edit(`Remove outlet ${name}`, (tx) => tx.remove('outlets', stored.id));
      return true;
    }
  }
}

function setAliases(
  ws: Workspace,
  catalogue: Catalogue,
  rawName: string,
  raw: readonly string[],
  at: string,
): boolean {
  const name = existing(catalogue, rawName);
  const wanted = new Map<string, string>();
  for (const alias of raw.map(cleanName)) {
    if (alias === '') throw new DomainError('invalid-input', 'An alias cannot be empty.');
    if (nameKey(alias) !== nameKey(name) && !wanted.has(nameKey(alias)))
      wanted.set(nameKey(alias), alias);
  }
  const shipped = catalogue.resolver.shippedAliasesOf(name);
  const dropped = shipped.find((a) => !wanted.has(nameKey(a)));
  if (dropped)
    throw new DomainError(
      'invalid-input',
      `${dropped} is a shipped alias of ${name}; split it off to make it an outlet of its own.`,
    );
  for (const alias of wanted.values()) refuseTaken(catalogue, alias, name);
  const own = catalogue.resolver.stored(name)?.aliases ?? [];
  const shippedKeys = new Set(shipped.map(nameKey));
  const adds = [...wanted].filter(
    ([key]) => !shippedKeys.has(key) && !own.some((a) => nameKey(a) === key),
  );
  const removes = own.filter((a) => !wanted.has(nameKey(a)));
  if (adds.length === 0 && removes.length === 0) return false;
  ws.edit(`Set aliases of ${name}`, (tx) => {
    const id = rowFor(tx, catalogue, name, at);
    for (const alias of removes) tx.remove('outlet_aliases', nameKey(alias));
    for (const [, alias] of adds) insertAlias(tx, id, alias);
  });
  return true;
}

/** Sets or withdraws an outlet's grade as one undoable edit; the old grade stays in the history. */
export function gradeOutlet(ws: Workspace, catalogue: Catalogue, request: GradeRequest): boolean {
  const name = existing(catalogue, request.name);
  const rationale = request.rationale.trim();
  const stored = catalogue.resolver.stored(name);
  const current = currentGrade(stored);
  if (request.grade === null && current === null) return false;
  if (current && current.grade === request.grade && current.rationale === rationale) return false;
  const label =
    request.grade === null ? `Withdraw the grade of ${name}` : `Grade ${name} ${request.grade}`;
  ws.edit(label, (tx) =>
    insertGrade(tx, rowFor(tx, catalogue, name, new Date().toISOString()), {
      grade: request.grade,
      rationale,
      by: analystName,
      at: new Date().toISOString(),
    }),
  );
  return true;
}

/** Adds a dated track-record entry (a new R id, never reused) as one undoable edit. */
export function addRecord(
  ws: Workspace,
  catalogue: Catalogue,
  request: TrackRecordRequest,
): string {
  const name = existing(catalogue, request.name);
  const at = new Date().toISOString();
  return ws.edit(`Add ${request.kind} to the record of ${name}`, (tx) =>
    insertRecord(tx, rowFor(tx, catalogue, name, at), nextSeq(tx, 'outlet_record_seq'), {
      kind: request.kind,
      date: request.date,
      text: request.text.trim(),
      articleIds: request.articleIds ?? [],
      quoteIds: request.quoteIds ?? [],
      createdAt: at,
    }),
  );
}

/** Removes a record entry of outlet `name` as one undoable edit. */
export function removeRecord(ws: Workspace, catalogue: Catalogue, name: string, id: string): void {
  const outlet = existing(catalogue, name);
  const stored = catalogue.resolver.stored(outlet);
  if (!stored?.record.some((r) => r.id === id))
    throw new DomainError('not-found', `${outlet} has no record entry ${id}.`);
  ws.edit(`Remove ${id} from the record of ${outlet}`, (tx) => tx.remove('outlet_records', id));
}
