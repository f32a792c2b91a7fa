import { z } from 'zod';

/** ICD 203 likelihood words, least to most likely; each judgment carries one. */
export const likelihoods = [
  'almost-no-chance',
  'very-unlikely',
  'unlikely',
  'roughly-even-chance',
  'likely',
  'very-likely',
  'almost-certain',
] as const;
export type Likelihood = (typeof likelihoods)[number];

/** The ICD 203 wording and its probability band, as a briefing prints them. */
export const likelihoodLabels: Record<Likelihood, { label: string; band: string }> = {
  'almost-no-chance': { label: 'Almost no chance', band: '1–5%' },
  'very-unlikely': { label: 'Very unlikely', band: '5–20%' },
  unlikely: { label: 'Unlikely', band: '20–45%' },
  'roughly-even-chance': { label: 'Roughly even chance', band: '45–55%' },
  likely: { label: 'Likely', band: '55–80%' },
  'very-likely': { label: 'Very likely', band: '80–95%' },
  'almost-certain': { label: 'Almost certain', band: '95–99%' },
};

const quoteId = z.string().regex(/^Q[1-9]\d{0,8}$/, 'a quote id looks like Q12');
const text = (max: number) => z.string().max(max);

export const keyJudgmentSchema = z.object({
  /** The judgment; `[Q3]` in it cites quote Q3. */
  text: text(5000),
  likelihood: z.enum(likelihoods),
  /** Quotes the judgment rests on, cited after its text. */
  quoteIds: z.array(quoteId).max(200),
});
export type KeyJudgment = z.infer<typeof keyJudgmentSchema>;

/** A section the analyst picks and orders; `key-quotes` with `quoteIds` null shows every quote. */
export const briefingSectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('matrix') }),
  z.object({ kind: z.literal('key-quotes'), quoteIds: z.array(quoteId).max(5000).nullable() }),
  z.object({ kind: z.literal('origins') }),
  z.object({ kind: z.literal('outlets') }),
  z.object({ kind: z.literal('text'), heading: text(300), body: text(50_000) }),
]);
export type BriefingSection = z.infer<typeof briefingSectionSchema>;
export type BriefingSectionKind = BriefingSection['kind'];

/** A briefing as the analyst composes it; storage keeps exactly this (parse it back with the schema). */
export const briefingSchema = z.object({
  title: text(300).min(1, 'a briefing needs a title'),
  /** The date the briefing speaks for (YYYY-MM-DD). */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date such as 2025-04-22'),
  /** A handling line ("For internal use only"), printed above the title. */
  handling: text(300).nullable(),
  /** Bottom line up front; `[Q3]` cites. */
  bottomLine: text(10_000),
  judgments: z.array(keyJudgmentSchema).max(50),
  sections: z.array(briefingSectionSchema).max(50),
});
export type Briefing = z.infer<typeof briefingSchema>;

/** One outlet as the outlets section lists it; the outlets area fills these. */
export type BriefingOutletRow = {
  name: string;
  /** Admiralty source-reliability grade (A–F), null when ungraded. */
  grade: string | null;
  /** The grade's doctrine wording ("Usually reliable"), when graded. */
  gradeLabel?: string | null;
  /** "Wire service", "State media", … */
  kind: string;
  articles: number;
};

/** One cell of the position matrix: a stance word and the quotes behind it. */
export type BriefingMatrixCell = {
  /** "insists", "open to", "ambiguous", "resists", "rejects", "no stated position", "unknown". */
  stance: string;
  summary?: string;
  quoteIds: string[];
};

/** The position matrix as of the briefing date: parties × issues; `cells[p][i]` for party p, issue i. */
export type BriefingMatrixTable = {
  asOf?: string | null;
  parties: string[];
  issues: { name: string; proposition?: string }[];
  cells: (BriefingMatrixCell | null)[][];
};

/** What the origins section needs to name an article of a relay group. */
export type BriefingArticleLabel = {
  title: string;
  publisher: string | null;
  published: string | null;
  path: string;
};

/** A piece of text in a resolved briefing: plain runs and citations numbered as footnotes. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'cite'; quoteId: string; footnote: number }
  /** `[Q99]` where Q99 is no quote of this workspace: kept visible, listed in `problems`. */
  | { kind: 'unknown-cite'; quoteId: string };

/** A paragraph: inline runs. */
export type Paragraph = Inline[];

/** One cited quote, with everything a reader needs to find it again. */
export type Footnote = {
  number: number;
  quoteId: string;
  exact: string;
  speaker: string | null;
  /** The outlet that printed the article. */
  publisher: string | null;
  /** The outlet whose report the article relays; null for own reporting or when origins are unknown. */
  origin: string | null;
  /** The article is its publisher's own reporting (origins computed and no relay found). */
  ownReporting: boolean;
  published: string | null;
  title: string;
  path: string;
  hash: string;
  /** Admiralty pair ("B2"), "?" for an ungraded side. */
  pair: string;
  status: 'ok' | 'moved' | 'unchecked' | 'lost';
  /** The status as a reader should see it: "verified", "LOST — not found in its file at last check". */
  statusText: string;
  /** Lost or never verified: renderers mark it. */
  flagged: boolean;
};

/** A section resolved against the data it shows. */
export type DocumentSection =
  | {
      kind: 'matrix';
      heading: string;
      table: {
        asOf: string | null;
        parties: string[];
        issues: { name: string; proposition: string | null }[];
        /** rows[p][i]: the stance word and its citations, null for an empty cell. */
        rows: ({ stance: string; summary: string | null; cites: Paragraph } | null)[][];
      } | null;
      /** Shown instead of the table when the matrix is empty or missing. */
      note: string | null;
    }
  | {
      kind: 'key-quotes';
      heading: string;
      quotes: { quoteId: string; exact: string; attribution: string; cite: Paragraph }[];
      note: string | null;
    }
  | {
      kind: 'origins';
      heading: string;
      /** "5 articles · 2 independent origins" */
      summary: string;
      groups: {
        /** "Financial Times (4 articles)" */
        heading: string;
        members: string[];
      }[];
      note: string | null;
    }
  | { kind: 'outlets'; heading: string; rows: BriefingOutletRow[]; note: string | null }
  | { kind: 'text'; heading: string; paragraphs: Paragraph[] };

/** One article cited by at least one quote, for the sources appendix. */
export type SourceEntry = {
  outlet: string | null;
  published: string | null;
  title: string;
  path: string;
  hash: string;
  quoteIds: string[];
};

/** A briefing resolved against its data: what every renderer draws, the same content in each format. */
export type BriefingDocument = {
  title: string;
  asOf: string;
  handling: string | null;
  bottomLine: Paragraph[];
  judgments: { likelihood: string; band: string; paragraph: Paragraph }[];
  sections: DocumentSection[];
  footnotes: Footnote[];
  sources: SourceEntry[];
  /** Problems a reader or the analyst should know: unknown citations, lost quotes. */
  problems: string[];
};

export type BriefingExportFormat = 'md' | 'html' | 'docx' | 'pdf';
export const briefingExportFormats: readonly BriefingExportFormat[] = ['md', 'html', 'docx', 'pdf'];
