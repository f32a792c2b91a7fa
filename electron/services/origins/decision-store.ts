import type { OriginDecisionRequest, StoredOriginDecision } from '../../../shared/origin-decisions';
import type { OriginsSummary } from '../../../shared/origins';
import { DomainError } from '../errors';
import type { Row, Workspace } from '../workspace/workspace';

type DecisionRow = {
  article_id: string;
  has_origin: number;
  origin: string | null;
  group_label: string | null;
  confirmed: number;
  decided_at: string;
};

const toDecision = (row: DecisionRow): StoredOriginDecision => ({
  articleId: row.article_id,
  origin: row.has_origin === 1 ? { value: row.origin } : null,
  group: row.group_label,
  confirmed: row.confirmed === 1,
  decidedAt: row.decided_at,
});

/** Every origin decision in the workspace, by article id; none without a workspace. */
export function listDecisions(ws: Workspace | null): StoredOriginDecision[] {
  if (!ws) return [];
  const rows = ws.db
    .prepare('SELECT * FROM origin_decisions ORDER BY article_id')
    .all() as DecisionRow[];
  return rows.map(toDecision);
}

/** A short name for an article in an undo label: its file name. */
const nameOf = (id: string): string => id.slice(id.lastIndexOf('/') + 1).replace(/^[^:]*:/, '');

/** What a request writes: each article's new decision, and the label of the undo step. */
type DecisionEdit = { label: string; rows: Map<string, Partial<StoredOriginDecision>> };

/**
 * The rows a request writes, given the summary as currently decided; refuses (DomainError
 * 'not-found' / 'invalid-input') a request that names an unknown article or changes nothing.
 */
export function planDecision(
  decided: OriginsSummary,
  request: OriginDecisionRequest,
): DecisionEdit {
  const groupOf = (id: string): string[] => {
    if (!Object.hasOwn(decided.origins, id))
      throw new DomainError('not-found', `No article with id ${id} has an origin to decide on.`);
    return decided.groups.find((g) => g.articleIds.includes(id))?.articleIds ?? [id];
  };
  const rows = new Map<string, Partial<StoredOriginDecision>>();
  const { articleId } = request;
  const name = nameOf(articleId);
  switch (request.kind) {
    case 'confirm': {
      const members = groupOf(articleId);
      for (const id of members) rows.set(id, { group: `confirm:${articleId}`, confirmed: true });
      return { label: `Confirm the origin group of ${name}`, rows };
    }
    case 'split': {
      if (groupOf(articleId).length < 2)
        throw new DomainError('invalid-input', `${name} is already alone in its group.`);
      rows.set(articleId, { group: `split:${articleId}`, confirmed: false });
      return { label: `Split ${name} out of its origin group`, rows };
    }
    case 'merge': {
      const first = groupOf(articleId);
      const second = groupOf(request.withArticleId);
      if (first === second || first.includes(request.withArticleId))
        throw new DomainError(
          'invalid-input',
          `${name} and ${nameOf(request.withArticleId)} are already in one group.`,
        );
      const label = `merge:${articleId}:${request.withArticleId}`;
      for (const id of [...first, ...second]) rows.set(id, { group: label });
      return {
        label: `Merge the origin groups of ${name} and ${nameOf(request.withArticleId)}`,
        rows,
      };
    }
    case 'set-origin': {
      groupOf(articleId);
      const origin = request.origin === null ? null : request.origin.trim() || null;
      rows.set(articleId, { origin: { value: origin } });
      return {
        label: `Set the origin of ${name} to ${origin ?? 'own reporting'}`,
        rows,
      };
    }
  }
}

/** Writes a planned decision as one undoable edit (one row per article, created or updated). */
export function saveDecision(ws: Workspace, edit: DecisionEdit, at: string): void {
  ws.edit(edit.label, (tx) => {
    for (const [articleId, change] of edit.rows) {
      const row: Row = { decided_at: at };
      if (change.origin !== undefined) {
        row.has_origin = change.origin === null ? 0 : 1;
        row.origin = change.origin?.value ?? null;
      }
      if (change.group !== undefined) row.group_label = change.group;
      if (change.confirmed !== undefined) row.confirmed = change.confirmed ? 1 : 0;
      if (tx.get('origin_decisions', articleId)) tx.update('origin_decisions', articleId, row);
      else tx.insert('origin_decisions', { article_id: articleId, ...row });
    }
  });
}
