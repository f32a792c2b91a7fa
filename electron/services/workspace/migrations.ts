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
  // v7: the outlet-reliability notebook: the analyst's outlets (corpus outlets get a row once
  // touched), their aliases (keyed case-insensitively), append-only grade history, track record.
  `
  CREATE TABLE outlets (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'unknown',
    country TEXT,
    domains TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL CHECK (source IN ('corpus', 'analyst')),
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE TABLE outlet_aliases (
    alias_key TEXT PRIMARY KEY,
    alias TEXT NOT NULL,
    outlet_id TEXT NOT NULL REFERENCES outlets (id) ON DELETE CASCADE
  ) STRICT;
  CREATE INDEX outlet_aliases_outlet ON outlet_aliases (outlet_id);
  CREATE TABLE outlet_grades (
    id INTEGER PRIMARY KEY,
    outlet_id TEXT NOT NULL REFERENCES outlets (id) ON DELETE CASCADE,
    grade TEXT CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
    rationale TEXT NOT NULL,
    graded_by TEXT NOT NULL,
    at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX outlet_grades_outlet ON outlet_grades (outlet_id);
  CREATE TABLE outlet_records (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    outlet_id TEXT NOT NULL REFERENCES outlets (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    day TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX outlet_records_outlet ON outlet_records (outlet_id);
  CREATE TABLE outlet_record_links (
    record_id TEXT NOT NULL REFERENCES outlet_records (id) ON DELETE CASCADE,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('article', 'quote')),
    target TEXT NOT NULL,
    PRIMARY KEY (record_id, target_kind, target)
  ) STRICT;
  `,
  // v8: the negotiation-position matrix — parties × issues, cells, evidence links to quotes,
  // the append-only cell history and the analyst's settings; seeded with the default rows and columns.
  `
  CREATE TABLE matrix_parties (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE matrix_issues (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    proposition TEXT NOT NULL DEFAULT '',
    terms TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE matrix_cells (
    party_id TEXT NOT NULL REFERENCES matrix_parties (id) ON DELETE CASCADE,
    issue_id TEXT NOT NULL REFERENCES matrix_issues (id) ON DELETE CASCADE,
    stance TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    as_of TEXT,
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT,
    PRIMARY KEY (party_id, issue_id)
  ) STRICT;
  CREATE TABLE matrix_evidence (
    party_id TEXT NOT NULL REFERENCES matrix_parties (id) ON DELETE CASCADE,
    issue_id TEXT NOT NULL REFERENCES matrix_issues (id) ON DELETE CASCADE,
    quote_id TEXT NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
    relation TEXT NOT NULL CHECK (relation IN ('supports', 'contradicts')),
    linked_at TEXT NOT NULL,
    PRIMARY KEY (party_id, issue_id, quote_id)
  ) STRICT;
  CREATE INDEX matrix_evidence_quote ON matrix_evidence (quote_id);
  CREATE TABLE matrix_history (
    id INTEGER PRIMARY KEY,
    party_id TEXT NOT NULL REFERENCES matrix_parties (id) ON DELETE CASCADE,
    issue_id TEXT NOT NULL REFERENCES matrix_issues (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('set', 'link', 'unlink')),
    at TEXT NOT NULL,
    effective TEXT NOT NULL,
    stance TEXT NOT NULL,
    summary TEXT NOT NULL,
    note TEXT NOT NULL,
    reason TEXT NOT NULL,
    evidence TEXT NOT NULL
  ) STRICT;
  CREATE INDEX matrix_history_cell ON matrix_history (party_id, issue_id, id);
  CREATE TABLE matrix_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
  INSERT INTO matrix_parties (id, name, aliases, position) VALUES
    ('russia', 'Russia', '["Kremlin", "Moscow", "Putin", "Peskov", "Lavrov", "Russian officials", "Россия", "Кремль", "Москва", "Путин", "Песков", "Лавров", "Росія", "Путін", "Пєсков"]', 0),
    ('ukraine', 'Ukraine', '["Kyiv", "Kiev", "Zelensky", "Zelenskyy", "Yermak", "Sybiha", "Ukrainian officials", "Украина", "Киев", "Зеленский", "Україна", "Київ", "Зеленський"]', 1),
    ('united-states', 'United States', '["US", "U.S.", "USA", "Washington", "White House", "Trump", "Witkoff", "Rubio", "US officials", "США", "Вашингтон", "Трамп", "Уиткофф", "Віткофф", "Рубио", "Рубіо"]', 2),
    ('europe', 'Europe', '["EU", "European Union", "Brussels", "Macron", "Starmer", "Merz", "European officials", "Евросоюз", "ЕС", "Європа", "ЄС", "Європейський союз", "Макрон", "Стармер"]', 3);
  INSERT INTO matrix_issues (id, name, proposition, terms, position) VALUES
    ('crimea', 'Crimea', 'Crimea is recognised as Russian', '["Crimea", "Crimean peninsula", "Crimean", "Крым", "Крим"]', 0),
    ('nato', 'NATO membership', 'Ukraine stays out of NATO', '["NATO", "НАТО", "alliance", "neutrality", "нейтралитет", "нейтралітет"]', 1),
    ('donetsk', 'Donetsk', 'Russia keeps all of Donetsk oblast', '["Donetsk", "Донецк", "Донецьк", "Donbas", "Donbass", "Донбасс", "Донбас"]', 2),
    ('luhansk', 'Luhansk', 'Russia keeps all of Luhansk oblast', '["Luhansk", "Lugansk", "Луганск", "Луганськ"]', 3),
    ('zaporizhzhia', 'Zaporizhzhia', 'Russia keeps all of Zaporizhzhia oblast', '["Zaporizhzhia", "Zaporizhia", "Zaporozhye", "Запорожье", "Запоріжжя"]', 4),
    ('kherson', 'Kherson', 'Russia keeps all of Kherson oblast', '["Kherson", "Херсон"]', 5);
  `,
  // v9: the analyst's briefings: a unique name and the whole composed briefing as JSON (shared/briefing.ts).
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
