import type { VariantSet, VariantSetRequest, VariantTable } from '../../../shared/variants';
import { DomainError } from '../errors';
import { nameVariants, variantKey } from '../search/name-variants';
import type { Workspace } from '../workspace/workspace';

type VariantRow = { name: string; spellings: string; updated_at: string };

const MAX_SPELLINGS = 50;

function toSet(row: VariantRow): VariantSet | null {
  try {
    const spellings: unknown = JSON.parse(row.spellings);
    if (!Array.isArray(spellings) || !spellings.every((s) => typeof s === 'string')) return null;
    return { name: row.name, spellings, updatedAt: row.updated_at };
  } catch {
    return null;
  }
}

/** The open workspace's own variant sets, by name; none without a workspace. */
export function listAnalystVariants(ws: Workspace | null): VariantSet[] {
  if (!ws) return [];
  const rows = ws.db.prepare('SELECT * FROM analyst_variants ORDER BY name').all() as VariantRow[];
  return rows.map(toSet).filter((s): s is VariantSet => s !== null);
}

/** The shipped table and the workspace's sets, as `variants:list` answers. */
export function variantTable(ws: Workspace | null): VariantTable {
  return {
    builtIn: nameVariants.map((group) => [...group]),
    analyst: listAnalystVariants(ws),
  };
}

/**
 * A set's spellings as stored: trimmed, each one word, duplicates (by the search's own key)
 * dropped; or a DomainError saying what is wrong, so a bad set changes nothing.
 */
export function cleanVariantSet({ name, spellings }: VariantSetRequest): VariantSetRequest {
  const cleanName = name.trim();
  if (cleanName === '') throw new DomainError('invalid-input', 'A variant set needs a name.');
  const kept: string[] = [];
  for (const raw of spellings) {
    const spelling = raw.trim();
    if (spelling === '') throw new DomainError('invalid-input', 'A spelling cannot be empty.');
    if (/\s/.test(spelling))
      throw new DomainError(
        'invalid-input',
        `"${spelling}" is more than one word: a variant is one spelling of one word.`,
      );
    if (variantKey(spelling) === '')
      throw new DomainError('invalid-input', `"${spelling}" has no letters or digits.`);
    if (!kept.some((k) => variantKey(k) === variantKey(spelling))) kept.push(spelling);
  }
  if (kept.length < 2)
    throw new DomainError(
      'invalid-input',
      'A variant set needs at least two different spellings of the name.',
    );
  if (kept.length > MAX_SPELLINGS)
    throw new DomainError(
      'invalid-input',
      `A variant set holds at most ${MAX_SPELLINGS} spellings.`,
    );
  return { name: cleanName, spellings: kept };
}

/**
 * Stores the analyst's set `name` (replacing it) as one undoable edit ("Set spellings of Kyiv").
 * Answers whether anything changed.
 */
export function setVariantSet(ws: Workspace, request: VariantSetRequest): boolean {
  const { name, spellings } = cleanVariantSet(request);
  const current = listAnalystVariants(ws).find((s) => s.name === name);
  const stored = JSON.stringify(spellings);
  if (current && JSON.stringify(current.spellings) === stored) return false;
  const at = new Date().toISOString();
  ws.edit(`Set spellings of ${name}`, (tx) => {
    if (current) tx.update('analyst_variants', name, { spellings: stored, updated_at: at });
    else tx.insert('analyst_variants', { name, spellings: stored, updated_at: at });
  });
  return true;
}
