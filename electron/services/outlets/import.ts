import type { NotebookImportResult } from '../../../shared/outlets';
import { DomainError } from '../errors';
import type { EditTx, Workspace } from '../workspace/workspace';
import type { Catalogue } from './catalogue';
import type { ParsedEntry } from './notebook-io';
import {
  cleanName,
  currentGrade,
  insertAlias,
  insertGrade,
  insertOutlet,
  insertRecord,
  nameKey,
  nextSeq,
  seqOf,
  setSeq,
  type StoredOutlet,
} from './repo';

export type ImportOptions = { label?: string; overwriteGrades?: boolean };

/**
 * Lays a parsed notebook or reference list over the workspace's as one undoable edit: new
 * outlets are added; existing ones (found by name or alias) gain aliases, empty details, new
 * record entries and grades — but keep a grade the analyst set unless `overwriteGrades`. A
 * conflict (an alias another kept outlet owns) refuses the whole file and changes nothing.
 */
export function importNotebook(
  ws: Workspace,
  catalogue: Catalogue,
  entries: readonly ParsedEntry[],
  { label, overwriteGrades = false }: ImportOptions,
): NotebookImportResult {
  const result: NotebookImportResult = { added: 0, updated: 0, gradesKept: 0, recordEntries: 0 };
  const at = new Date().toISOString();
  const title = label?.trim() || 'a notebook file';
  ws.edit(
    `Import ${entries.length} outlet${entries.length === 1 ? '' : 's'} from ${title}`,
    (tx) => {
      /** Outlet row ids by name key: the workspace's, then those this import makes. */
      const rows = new Map<
        string,
        { id: string; name: string; stored: StoredOutlet | undefined }
      >();
      const aliasOwner = new Map<string, string>();
      let recordSeq = seqOf(tx, 'outlet_record_seq');
      for (const entry of entries) {
        const found = catalogue.find(entry.name);
        const name = found?.name ?? cleanName(entry.name);
        const stored = catalogue.resolver.stored(name);
        let row = rows.get(nameKey(name));
        let changed = false;
        if (!row) {
          const id =
            stored?.id ??
            insertOutlet(tx, {
              name,
              source: found ? found.source : entry.source,
              kind: entry.kind,
              country: entry.country,
              domains: entry.domains,
              notes: entry.notes,
              at,
            });
          row = { id, name, stored };
          rows.set(nameKey(name), row);
          if (!found) result.added += 1;
          else changed = !stored;
        }
        if (stored) changed = fillDetails(tx, stored, entry) || changed;

        for (const alias of entry.aliases) {
          const key = nameKey(alias);
          if (
            key === nameKey(name) ||
            catalogue.resolver.aliasesOf(name).some((a) => nameKey(a) === key)
          )
            continue;
          const owner = catalogue.find(alias)?.name;
          const ownerKept = owner !== undefined && catalogue.resolver.stored(owner) !== undefined;
          const claimed = aliasOwner.get(key);
          if ((ownerKept && owner !== name) || (claimed !== undefined && claimed !== name))
            throw new DomainError(
              'conflict',
              `The file gives ${alias} to ${name}, but it already names ${claimed ?? owner}; nothing was imported.`,
            );
          if (claimed !== undefined || tx.get('outlet_aliases', key)) continue;
          aliasOwner.set(key, name);
          insertAlias(tx, row.id, alias);
          changed = true;
        }

        const grades = [...entry.gradeHistory].reverse().map((g) => ({
          ...g,
          by: label?.trim() || g.by || 'import',
        }));
        if (grades.length > 0) {
          if (!stored || stored.grades.length === 0) {
            for (const g of grades) insertGrade(tx, row.id, g);
            changed = true;
          } else if (currentGrade(stored) !== null && !overwriteGrades) {
            result.gradesKept += 1;
          } else {
            const newest = grades.at(-1);
            if (newest && newest.grade !== currentGrade(stored)?.grade) {
              // Laid over the analyst's history, it is set now: the history stays in order.
              insertGrade(tx, row.id, { ...newest, at });
              changed = true;
            }
          }
        }

        const known = new Set((stored?.record ?? []).map((r) => `${r.kind}|${r.date}|${r.text}`));
        const records = [...entry.record].sort((a, b) => seqNo(a.id) - seqNo(b.id));
        for (const r of records) {
          const sig = `${r.kind}|${r.date}|${r.text}`;
          if (known.has(sig)) continue;
          known.add(sig);
          const wanted = seqNo(r.id);
          const seq = wanted > recordSeq ? wanted : nextSeq(tx, 'outlet_record_seq', recordSeq);
          recordSeq = seq;
          setSeq(tx, 'outlet_record_seq', seq);
          insertRecord(tx, row.id, seq, {
            kind: r.kind,
            date: r.date,
            text: r.text,
            articleIds: r.articleIds,
            quoteIds: r.quoteIds,
            createdAt: r.createdAt ?? at,
          });
          result.recordEntries += 1;
          changed = true;
        }
        if (changed && found) result.updated += 1;
      }
    },
  );
  return result;
}

/** The number of an id such as R7; 0 for none. */
const seqNo = (id: string | undefined): number => (id ? Number(id.slice(1)) : 0);

/** Fills the details a kept outlet leaves empty from the file; answers whether any changed. */
function fillDetails(tx: EditTx, stored: StoredOutlet, entry: ParsedEntry): boolean {
  const domains = [...new Set([...stored.domains, ...entry.domains])];
  const patch = {
    kind: stored.kind === 'unknown' ? entry.kind : stored.kind,
    country: stored.country ?? entry.country,
    notes: stored.notes === '' ? entry.notes : stored.notes,
    domains: JSON.stringify(domains),
  };
  const same =
    patch.kind === stored.kind &&
    patch.country === stored.country &&
    patch.notes === stored.notes &&
    domains.length === stored.domains.length;
  if (same) return false;
  tx.update('outlets', stored.id, patch);
  return true;
}
