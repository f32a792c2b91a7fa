import type { DatabaseSync } from 'node:sqlite';

/**
 * Ordered forward migrations: entry i takes a database from user_version i to i + 1.
 * Never edit a shipped step; append a new one.
 */
export const migrations: readonly string[] = [
  // v1: folders, quotes, edit history.
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
  CREATE TABLE corpus_folders (path TEXT PRIMARY KEY, added_at TEXT NOT NULL) STRICT;
  CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    article_id TEXT NOT NULL,
    folder TEXT NOT NULL,
    path TEXT NOT NULL,
    title TEXT NOT NULL,
    outlet TEXT,
    published TEXT,
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    hash TEXT NOT NULL,
    speaker TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT '',
    grade INTEGER CHECK (grade BETWEEN 1 AND 6),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX quotes_article ON quotes (article_id);
  CREATE TABLE edit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL,
    changes TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0,
    at TEXT NOT NULL
  ) STRICT;
  `,
  // v2: verification status and the history of re-anchoring.
  `
  ALTER TABLE quotes ADD COLUMN status TEXT NOT NULL DEFAULT 'unchecked';
  ALTER TABLE quotes ADD COLUMN status_reason TEXT;
  ALTER TABLE quotes ADD COLUMN closest TEXT;
  ALTER TABLE quotes ADD COLUMN checked_at TEXT;
  CREATE TABLE quote_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    quote_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL,
    at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX quote_events_quote ON quote_events (quote_id);
  `,
  // v3: the article's URL in a quote's snapshot, so a citation can name it.
  `
  ALTER TABLE quotes ADD COLUMN url TEXT;
  `,
  // v4: the analyst's corrections of article metadata, each beside the value it replaced.
  `
  CREATE TABLE article_corrections (
    article_id TEXT NOT NULL,
    field TEXT NOT NULL CHECK (field IN ('title', 'outlet', 'byline', 'published')),
    value TEXT,
    extracted TEXT,
    corrected_at TEXT NOT NULL,
    PRIMARY KEY (article_id, field)
  ) STRICT;
  `,
  // v5: the analyst's decisions on origins, per article, laid over the computed relay groups.
  `
  CREATE TABLE origin_decisions (
    article_id TEXT PRIMARY KEY,
    has_origin INTEGER NOT NULL DEFAULT 0 CHECK (has_origin IN (0, 1)),
    origin TEXT,
    group_label TEXT,
    confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1)),
    decided_at TEXT NOT NULL
  ) STRICT;
  `,
  // v6: the analyst's own name variant sets (JSON array of spellings), laid over the shipped table.
  `
  CREATE TABLE analyst_variants (
    name TEXT PRIMARY KEY,
    spellings TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  `,
  // The analyst's briefings: a unique name and the whole composed briefing as JSON (shared/briefing.ts).
  `
  CREATE TABLE briefings (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  `,
];

export const latestSchemaVersion = migrations.length;

/** The database's schema version (PRAGMA user_version). */
export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number } | undefined;
  return row?.user_version ?? 0;
}

/** Applies each pending step in its own transaction, up to `target` (default: latest). */
export function migrate(db: DatabaseSync, target = latestSchemaVersion): number {
  let version = schemaVersion(db);
  while (version < target) {
    const step = migrations[version];
    if (step === undefined) break;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(step);
      db.exec(`PRAGMA user_version = ${version + 1}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
    version += 1;
  }
  return version;
}
