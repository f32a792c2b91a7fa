import type { Article } from '../../../shared/article';
import type {
  CredibilityGrade,
  PinnedQuote,
  Quote,
  QuotePatch,
  QuoteStatus,
  Verification,
} from '../../../shared/quote';
import { z } from 'zod';
import { DomainError } from '../errors';
import { parseStoredJson } from '../platform/stored-json';
import type { Row, Workspace } from '../workspace/workspace';
import { makeAnchor, verifyQuote } from './anchor';

type QuoteRow = {
  id: string;
  seq: number;
  article_id: string;
  folder: string;
  path: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  start_offset: number;
  end_offset: number;
  hash: string;
  speaker: string | null;
  tags: string;
  note: string;
  grade: number | null;
  status: string;
  status_reason: string | null;
  closest: string | null;
  checked_at: string | null;
  /** Not a column: the time of the quote's last 'moved' event (see quoteSelect). */
  moved_at: string | null;
  created_at: string;
  updated_at: string;
};

const storedTags = z.array(z.string());
const storedClosest = z.object({
  text: z.string(),
  start: z.number(),
  end: z.number(),
  similarity: z.number(),
  diff: z.array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() })),
});

/** A re-anchoring or status change recorded for a quote. */
export type QuoteEvent = { quoteId: string; kind: string; detail: unknown; at: string };

function toQuote(row: QuoteRow): Quote {
  return {
    id: row.id,
    articleId: row.article_id,
    folder: row.folder,
    path: row.path,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    url: row.url,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    start: row.start_offset,
    end: row.end_offset,
    hash: row.hash,
    speaker: row.speaker,
    tags: parseStoredJson(storedTags, row.tags) ?? [],
    note: row.note,
    grade: row.grade as CredibilityGrade | null,
    status: row.status as QuoteStatus,
    statusReason: row.status_reason,
    // Closest is a display aid recomputed by the next check; a damaged one is simply not shown.
    closest: row.closest === null ? null : parseStoredJson(storedClosest, row.closest),
    checkedAt: row.checked_at,
    movedAt: row.moved_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Checks and normalises the editable fields; the message says which one is wrong. */
function cleanPatch(patch: QuotePatch): Row {
  const row: Row = {};
  if (patch.speaker !== undefined) {
    if (patch.speaker !== null && typeof patch.speaker !== 'string') {
      throw new DomainError('invalid-input', 'A speaker must be text.');
    }
    const speaker = patch.speaker?.trim() ?? '';
    row.speaker = speaker === '' ? null : speaker;
  }
  if (patch.tags !== undefined) {
    if (!Array.isArray(patch.tags) || patch.tags.some((t) => typeof t !== 'string')) {
      throw new DomainError('invalid-input', 'Tags must be a list of words.');
    }
    const tags = [...new Set(patch.tags.map((t) => t.trim()).filter((t) => t !== ''))];
    row.tags = JSON.stringify(tags);
  }
  if (patch.note !== undefined) {
    if (typeof patch.note !== 'string')
      throw new DomainError('invalid-input', 'A note must be text.');
    row.note = patch.note;
  }
  if (patch.grade !== undefined) {
    if (
      patch.grade !== null &&
      !(Number.isInteger(patch.grade) && patch.grade >= 1 && patch.grade <= 6)
    ) {
      throw new DomainError(
        'invalid-input',
        `A credibility grade runs from 1 to 6 (got ${String(patch.grade)}).`,
      );
    }
    row.grade = patch.grade;
  }
  return row;
}

const fieldNames: Record<string, string> = {
  speaker: 'speaker',
  tags: 'tags',
  note: 'note',
  grade: 'grade',
};

function editLabel(id: string, fields: string[]): string {
  const names = fields.map((f) => fieldNames[f] ?? f);
  const list =
    names.length <= 1
      ? (names[0] ?? 'nothing')
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `Edit ${list} of ${id}`;
}

/** Quotes with the time of their last move, which a later ok check must not hide. */
const quoteSelect = `SELECT q.*, (SELECT max(e.at) FROM quote_events e WHERE e.quote_id = q.id AND e.kind = 'moved') AS moved_at FROM quotes q`;

function readQuote(ws: Workspace, id: string): QuoteRow | undefined {
  return ws.db.prepare(`${quoteSelect} WHERE q.id = ?`).get(id) as QuoteRow | undefined;
}

/** One quote by id, or DomainError 'not-found'. */
export function getQuote(ws: Workspace, id: string): Quote {
  const row = readQuote(ws, id);
  if (!row) throw new DomainError('not-found', `There is no quote ${id} in this workspace.`);
  return toQuote(row);
}

/** Every quote, in pinning order. */
export function listQuotes(ws: Workspace): Quote[] {
  return (ws.db.prepare(`${quoteSelect} ORDER BY q.seq`).all() as QuoteRow[]).map(toQuote);
}

/**
 * Pins article.text[start, end) (surrounding whitespace trimmed) as an undoable edit; a passage
 * already pinned comes back with `existing: true` instead of a duplicate.
 */
export function pinQuote(
  ws: Workspace,
  article: Article,
  start: number,
  end: number,
  fields: QuotePatch = {},
): PinnedQuote {
  const anchor = makeAnchor(article.text, start, end);
  const extra = cleanPatch(fields);
  const sameArticle = (
    ws.db
      .prepare(`${quoteSelect} WHERE q.article_id = ? ORDER BY q.seq`)
      .all(article.id) as QuoteRow[]
  ).find(
    (q) =>
      (q.hash === article.hash && q.start_offset === anchor.start && q.end_offset === anchor.end) ||
      (q.exact.trim() === anchor.exact &&
        q.start_offset < anchor.end &&
        anchor.start < q.end_offset),
  );
  if (sameArticle) return { ...toQuote(sameArticle), existing: true };

  const seqRow = ws.db.prepare("SELECT value FROM meta WHERE key = 'quote_seq'").get() as
    { value: string } | undefined;
  const seq = Number(seqRow?.value ?? 0) + 1;
  const id = `Q${seq}`;
  const at = new Date().toISOString();
  ws.edit(`Pin ${id}`, (tx) => {
    // The counter is outside the undo log on purpose: an id is never handed out twice.
    tx.db
      .prepare(
        "INSERT INTO meta (key, value) VALUES ('quote_seq', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      )
      .run(String(seq));
    tx.insert('quotes', {
      id,
      seq,
      article_id: article.id,
      folder: article.folder,
      path: article.path,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      url: article.url,
      exact: anchor.exact,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      start_offset: anchor.start,
      end_offset: anchor.end,
      hash: article.hash,
      speaker: null,
      tags: '[]',
      note: '',
      grade: null,
      status: 'ok',
      checked_at: at,
      created_at: at,
      updated_at: at,
      ...extra,
    });
  });
  return { ...getQuote(ws, id), existing: false };
}

/** Changes speaker, tags, note or grade as one undoable edit ("Edit tags of Q3"). */
export function updateQuote(ws: Workspace, id: string, patch: QuotePatch): Quote {
  const current = readQuote(ws, id);
  if (!current) throw new DomainError('not-found', `There is no quote ${id} in this workspace.`);
  const row = cleanPatch(patch);
  const changed = Object.keys(row).filter((k) => row[k] !== current[k as keyof QuoteRow]);
  if (changed.length === 0) return toQuote(current);
  ws.edit(editLabel(id, changed), (tx) => {
    tx.update('quotes', id, { ...row, updated_at: new Date().toISOString() });
  });
  return getQuote(ws, id);
}

/** Deletes a quote as an undoable edit; undo brings it back with the same id. */
export function deleteQuote(ws: Workspace, id: string): Quote {
  const quote = getQuote(ws, id);
  ws.edit(`Delete ${id}`, (tx) => tx.remove('quotes', id));
  return quote;
}

/** The re-anchoring history of a quote, oldest first. */
export function quoteEvents(ws: Workspace, id: string): QuoteEvent[] {
  const rows = ws.db
    .prepare('SELECT quote_id, kind, detail, at FROM quote_events WHERE quote_id = ? ORDER BY id')
    .all(id) as { quote_id: string; kind: string; detail: string; at: string }[];
  return rows.map((r) => ({
    quoteId: r.quote_id,
    kind: r.kind,
    detail: parseStoredJson(z.unknown(), r.detail),
    at: r.at,
  }));
}

/** Thrown by a loader for a quote whose file Parley must not read; the quote is lost with this reason. */
export class SourceUnavailable extends Error {}

/**
 * Re-checks every quote (or those `only` picks) against its article as loaded now and stores the
 * outcome (not an undoable edit: it is derived from the files). Moves update the anchor and are
 * recorded in quote_events.
 */
export async function verifyAll(
  ws: Workspace,
  loadArticle: (id: string) => Promise<Article | null>,
  only?: (quote: Quote) => boolean,
): Promise<Verification[]> {
  const quotes = only ? listQuotes(ws).filter(only) : listQuotes(ws);
  const articles = new Map<string, Article | SourceUnavailable | null>();
  const results: Verification[] = [];
  for (const quote of quotes) {
    if (!articles.has(quote.articleId)) {
      let article: Article | SourceUnavailable | null;
      try {
        article = await loadArticle(quote.articleId);
      } catch (error) {
        article = error instanceof SourceUnavailable ? error : null;
      }
      articles.set(quote.articleId, article);
    }
    const article = articles.get(quote.articleId) ?? null;
    results.push(
      article instanceof SourceUnavailable
        ? { id: quote.id, status: 'lost', reason: article.message, closest: null }
        : verifyQuote(quote, article),
    );
  }
  if (ws.readOnly) return results;
  const at = new Date().toISOString();
  ws.transaction((db) => {
    const setStatus = db.prepare(
      'UPDATE quotes SET status = ?, status_reason = ?, closest = ?, checked_at = ? WHERE id = ?',
    );
    const setAnchor = db.prepare(
      'UPDATE quotes SET start_offset = ?, end_offset = ?, prefix = ?, suffix = ?, hash = ? WHERE id = ?',
    );
    const event = db.prepare(
      'INSERT INTO quote_events (quote_id, kind, detail, at) VALUES (?, ?, ?, ?)',
    );
    for (const [i, result] of results.entries()) {
      const quote = quotes[i];
      // A quote deleted while the files were loading has nothing left to update.
      if (!quote || !readQuote(ws, quote.id)) continue;
      setStatus.run(
        result.status,
        result.reason,
        result.closest ? JSON.stringify(result.closest) : null,
        at,
        quote.id,
      );
      if (result.moved) {
        const m = result.moved;
        setAnchor.run(m.start, m.end, m.prefix, m.suffix, m.hash, quote.id);
        const detail = { from: { start: quote.start, end: quote.end, hash: quote.hash }, to: m };
        event.run(quote.id, 'moved', JSON.stringify(detail), at);
      } else if (result.status === 'lost' && quote.status !== 'lost') {
        event.run(
          quote.id,
          'lost',
          JSON.stringify({ reason: result.reason, hash: quote.hash }),
          at,
        );
      } else if (result.status === 'ok' && quote.status === 'lost') {
        event.run(quote.id, 'found', JSON.stringify({ hash: quote.hash }), at);
      }
    }
  });
  return results;
}
