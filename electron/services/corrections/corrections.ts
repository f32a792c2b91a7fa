import type { ArticleMeta } from '../../../shared/article';
import {
  correctableFieldNames,
  correctableFields,
  isCalendarDay,
  type ArticleCorrection,
  type CorrectableField,
  type CorrectionRequest,
  type CorrectionValues,
} from '../../../shared/corrections';
import { DomainError } from '../errors';
import type { CorrectionsById } from '../search/correction-overlay';
import type { Workspace } from '../workspace/workspace';

type CorrectionRow = {
  article_id: string;
  field: string;
  value: string | null;
  extracted: string | null;
  corrected_at: string;
};

const isField = (name: string): name is CorrectableField =>
  (correctableFields as readonly string[]).includes(name);

function toCorrection(row: CorrectionRow): ArticleCorrection | null {
  if (!isField(row.field)) return null;
  return {
    articleId: row.article_id,
    field: row.field,
    value: row.value,
    extractedAtCorrection: row.extracted,
    correctedAt: row.corrected_at,
  };
}

/** Every correction in the workspace (or of one article), by article then field. */
export function listCorrections(ws: Workspace, articleId?: string): ArticleCorrection[] {
  const rows = (
    articleId === undefined
      ? ws.db.prepare('SELECT * FROM article_corrections ORDER BY article_id, field').all()
      : ws.db
          .prepare('SELECT * FROM article_corrections WHERE article_id = ? ORDER BY field')
          .all(articleId)
  ) as CorrectionRow[];
  return rows.map(toCorrection).filter((c): c is ArticleCorrection => c !== null);
}

/** The workspace's corrections as the search library lays them over its metadata; none without a workspace. */
export function correctionsById(ws: Workspace | null): CorrectionsById {
  const byId = new Map<string, CorrectionValues>();
  if (!ws) return byId;
  for (const c of listCorrections(ws)) {
    const values = byId.get(c.articleId) ?? {};
    values[c.field] = c.value;
    byId.set(c.articleId, values);
  }
  return byId;
}

/** The analyst's value for `field` as stored, or a DomainError saying what is wrong with it. */
export function cleanValue(field: CorrectableField, raw: string | null): string | null {
  const value = raw === null ? null : raw.trim().replace(/\s+/g, ' ');
  if (field === 'title') {
    if (!value) throw new DomainError('invalid-input', 'A title cannot be empty.');
    return value;
  }
  if (!value) return null;
  if (field === 'published' && !isCalendarDay(value)) {
    throw new DomainError(
      'invalid-input',
      `"${value}" is not a date: write the day as YYYY-MM-DD, e.g. 2025-04-22.`,
    );
  }
  return value;
}

function listOf(names: string[]): string {
  return names.length <= 1
    ? (names[0] ?? 'nothing')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Sets and clears corrections of one article as one undoable edit ("Correct date of 003.txt").
 * Every value is checked before anything is written, so a bad one changes nothing. Answers
 * whether anything changed.
 */
export function correctArticle(
  ws: Workspace,
  article: ArticleMeta,
  { set = {}, clear = [] }: Omit<CorrectionRequest, 'articleId'>,
): boolean {
  const values = new Map<CorrectableField, string | null>();
  for (const field of correctableFields) {
    const raw = set[field];
    if (raw === undefined) continue;
    if (clear.includes(field)) {
      throw new DomainError(
        'invalid-input',
        `The ${correctableFieldNames[field]} cannot be both set and cleared.`,
      );
    }
    values.set(field, cleanValue(field, raw));
  }
  const stored = new Map(listCorrections(ws, article.id).map((c) => [c.field, c]));
  const extractedOf = (field: CorrectableField): string | null =>
    article.corrected?.[field] ? article.corrected[field].extracted : article[field];

  const toSet = [...values].filter(([field, value]) => {
    const current = stored.get(field);
    return current ? current.value !== value : value !== extractedOf(field);
  });
  const toClear = clear.filter((field) => stored.has(field));
  if (toSet.length === 0 && toClear.length === 0) return false;

  const names = (fields: CorrectableField[]): string =>
    listOf(fields.map((f) => correctableFieldNames[f]));
  const label =
    toSet.length > 0
      ? `Correct ${names(toSet.map(([f]) => f))} of ${article.path}`
      : `Clear corrected ${names(toClear)} of ${article.path}`;
  const at = new Date().toISOString();
  ws.edit(label, (tx) => {
    for (const [field, value] of toSet) {
      const key = { article_id: article.id, field };
      if (stored.has(field)) tx.update('article_corrections', key, { value, corrected_at: at });
      else
        tx.insert('article_corrections', {
          ...key,
          value,
          extracted: extractedOf(field),
          corrected_at: at,
        });
    }
    for (const field of toClear)
      tx.remove('article_corrections', { article_id: article.id, field });
  });
  return true;
}
