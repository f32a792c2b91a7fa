/** A party's stance towards an issue's proposition, on one scale, plus "no stated position" and "unknown". */
export const stances = [
  'insists',
  'open-to',
  'ambiguous',
  'resists',
  'rejects',
  'no-position',
  'unknown',
] as const;
export type Stance = (typeof stances)[number];

/** How the grid and exports write each stance. */
export const stanceLabels: Record<Stance, string> = {
  insists: 'insists',
  'open-to': 'open to',
  ambiguous: 'ambiguous',
  resists: 'resists',
  rejects: 'rejects',
  'no-position': 'no stated position',
  unknown: 'unknown',
};

/** Whether a quote backs the cell's stance or speaks against it. */
export const evidenceRelations = ['supports', 'contradicts'] as const;
export type EvidenceRelation = (typeof evidenceRelations)[number];

/** Warnings derived on every read, never stored. */
export const matrixFlags = [
  'no-evidence',
  'single-origin',
  'anonymous-only',
  'conflicting',
  'stale',
] as const;
export type MatrixFlag = (typeof matrixFlags)[number];

/** A flag's text for screen readers, tooltips and exports. */
export const flagLabels: Record<MatrixFlag, string> = {
  'no-evidence': 'no evidence',
  'single-origin': 'single independent origin',
  'anonymous-only': 'anonymous sources only',
  conflicting: 'conflicting evidence',
  stale: 'stale',
};

/** A row of the matrix: a party with the other names it goes by (used for suggestions). */
export type MatrixParty = { id: string; name: string; aliases: string[]; order: number };

/** A column of the matrix: an issue, the proposition a stance is taken towards, its search terms. */
export type MatrixIssue = {
  id: string;
  name: string;
  proposition: string;
  terms: string[];
  order: number;
};

/** A quote linked to a cell, with what the flags and the drawer need to show it. */
export type CellEvidence = {
  quoteId: string;
  relation: EvidenceRelation;
  /** The quote's article date as corrected (the analyst's correction wins over the file); null when unknown. */
  date: string | null;
  exact: string;
  articleId: string;
  outlet: string | null;
  title: string;
  /** The independent origin the article's relay group traces to ("Financial Times", "Reuters (own reporting)"). */
  origin: string;
  /** True when every attribution near the passage credits anonymous sources. */
  anonymous: boolean;
  linkedAt: string;
};

/** One cell as it reads on the date asked (or now). */
export type MatrixCell = {
  party: string;
  issue: string;
  stance: Stance;
  summary: string;
  /** The analyst's date when set, else the newest evidence date; null with neither. */
  asOf: string | null;
  /** True when `asOf` is the analyst's own date rather than the evidence's. */
  asOfSet: boolean;
  note: string;
  evidence: CellEvidence[];
  /** Independent origins among the evidence. */
  origins: number;
  flags: MatrixFlag[];
  /** When the cell was last set (null: never set, only linked or empty). */
  updatedAt: string | null;
};

/** One append-only history entry of a cell: a change with its date, reason and evidence. */
export type MatrixHistoryEntry = {
  id: number;
  kind: 'set' | 'link' | 'unlink';
  /** When it was recorded. */
  at: string;
  /** The date it takes effect: the cell's as-of date at the time (as-of views read entries up to it). */
  effective: string;
  stance: Stance;
  summary: string;
  note: string;
  reason: string;
  /** The cell's evidence right after the change. */
  evidence: { quoteId: string; relation: EvidenceRelation }[];
};

/** `matrix:get`: the whole grid, every party × issue pair, on `asOf` (null: now). */
export type MatrixView = {
  asOf: string | null;
  staleDays: number;
  parties: MatrixParty[];
  issues: MatrixIssue[];
  cells: MatrixCell[];
};

/** `matrix:cell`: a cell with its timeline, oldest first. */
export type MatrixCellDetail = MatrixCell & { history: MatrixHistoryEntry[] };

/** `matrix:edit`: one change to the rows or columns, each one undoable edit. */
export type MatrixEditRequest =
  | { kind: 'add-party'; name: string; aliases?: string[] }
  | { kind: 'add-issue'; name: string; proposition?: string; terms?: string[] }
  | { kind: 'rename'; target: 'party' | 'issue'; id: string; name: string }
  | { kind: 'move'; target: 'party' | 'issue'; id: string; to: number }
  | { kind: 'remove'; target: 'party' | 'issue'; id: string }
  | { kind: 'set-aliases'; id: string; aliases: string[] }
  | { kind: 'set-terms'; id: string; terms: string[] }
  | { kind: 'set-proposition'; id: string; proposition: string };

/** `matrix:set-cell`: the fields to change (absent ones stay), and why; appends a history entry. */
export type MatrixSetCellRequest = {
  party: string;
  issue: string;
  stance?: Stance;
  summary?: string;
  /** The analyst's as-of date (YYYY-MM-DD); null goes back to the newest evidence date. */
  asOf?: string | null;
  note?: string;
  reason?: string;
};

/** `matrix:link`: a quote as evidence of a cell (relinking changes the relation). */
export type MatrixLinkRequest = {
  party: string;
  issue: string;
  quoteId: string;
  relation: EvidenceRelation;
  reason?: string;
};

/** `matrix:unlink`: drop a quote from a cell's evidence. */
export type MatrixUnlinkRequest = {
  party: string;
  issue: string;
  quoteId: string;
  reason?: string;
};

/** A candidate passage for a cell: one sentence where the party and the issue meet. */
export type MatrixSuggestion = {
  articleId: string;
  title: string;
  outlet: string | null;
  published: string | null;
  /** The sentence's offsets into the article's text, ready for `quote:pin`. */
  start: number;
  end: number;
  text: string;
  score: number;
  /** The party and issue words it matched and the stance cue, if any ("Zelensky", "Crimea", "rejected"). */
  matched: string[];
  /** The quote already pinned on exactly this passage, if any. */
  quoteId: string | null;
};

/** The analyst's matrix settings. */
export type MatrixSettings = { staleDays: number };

/** The default threshold for "stale": newest evidence older than this many days before the as-of date. */
export const defaultStaleDays = 90;

export type MatrixExportFormat = 'csv' | 'json';

/** The file name an export of the matrix is offered under: "parley-matrix-as-of-2024-12-01.csv". */
export const matrixExportFileName = (asOf: string | null, format: MatrixExportFormat): string =>
  `parley-matrix${asOf ? `-as-of-${asOf}` : ''}.${format}`;

/** The matrix as a table: one row per party, one column per issue, stance words and evidence ids. */
export type MatrixTable = {
  asOf: string | null;
  columns: { id: string; name: string; proposition: string }[];
  rows: {
    id: string;
    name: string;
    cells: {
      stance: Stance;
      label: string;
      asOf: string | null;
      quoteIds: string[];
      flags: MatrixFlag[];
    }[];
  }[];
};
