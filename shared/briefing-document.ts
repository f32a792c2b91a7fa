import type { OriginsSummary } from './origins';
import type { Quote } from './quote';
import {
  likelihoodLabels,
  type Briefing,
  type BriefingArticleLabel,
  type BriefingDocument,
  type BriefingMatrixTable,
  type BriefingOutletRow,
  type BriefingSection,
  type DocumentSection,
  type Footnote,
  type Inline,
  type Paragraph,
  type SourceEntry,
} from './briefing';

/** A quote as a briefing cites it; `reliability.pair` is the Admiralty pair when the outlets area filled it. */
/** A quote as a briefing cites it; its Admiralty pair comes from `reliability` when the outlets notebook filled it. */
export type CitableQuote = Quote;

/** The data a briefing cites: the workspace's quotes, origins, outlets and matrix (null: not available). */
export type BriefingData = {
  quotes: readonly CitableQuote[];
  origins: OriginsSummary | null;
  /** Article id → what to call it in the origins section. */
  articles?: Readonly<Record<string, BriefingArticleLabel>>;
  outlets: readonly BriefingOutletRow[] | null;
  matrix: BriefingMatrixTable | null;
};

/** `[Q3]` in analyst text: a citation of quote Q3. */
const citation = /\[(Q[1-9]\d{0,8})\]/g;

const countOf = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The briefing an analyst gets before composing one: every quote, the matrix, origins and outlets. */
export function defaultBriefing(title: string, asOf: string): Briefing {
  return {
    title,
    asOf,
    handling: null,
    bottomLine: '',
    judgments: [],
    sections: [
      { kind: 'matrix' },
      { kind: 'key-quotes', quoteIds: null },
      { kind: 'origins' },
      { kind: 'outlets' },
    ],
  };
}

/** How a quote's verification reads in a citation; lost and never-checked quotes are flagged. */
export function statusText(status: Quote['status']): { text: string; flagged: boolean } {
  switch (status) {
    case 'ok':
      return { text: 'verified in its file', flagged: false };
    case 'moved':
      return {
        text: 'verified; the passage moved in its file and was re-anchored',
        flagged: false,
      };
    case 'unchecked':
      return { text: 'UNVERIFIED — not yet checked against its file', flagged: true };
    case 'lost':
      return { text: 'LOST — not found in its file at last check', flagged: true };
  }
}

/**
 * Resolves a briefing against the data it cites: numbers citations as footnotes in reading
 * order, flags unknown ids, fills each chosen section and lists every cited article. Pure.
 */
export function buildBriefingDocument(briefing: Briefing, data: BriefingData): BriefingDocument {
  const byId = new Map(data.quotes.map((q) => [q.id, q]));
  const footnotes: Footnote[] = [];
  const numberOf = new Map<string, number>();
  const problems: string[] = [];
  const unknownSeen = new Set<string>();

  const cite = (quoteId: string, where: string): Inline => {
    const quote = byId.get(quoteId);
    if (!quote) {
      if (!unknownSeen.has(quoteId)) {
        unknownSeen.add(quoteId);
        problems.push(`[${quoteId}] in ${where} cites no quote of this workspace.`);
      }
      return { kind: 'unknown-cite', quoteId };
    }
    let footnote = numberOf.get(quoteId);
    if (footnote === undefined) {
      footnote = footnotes.length + 1;
      numberOf.set(quoteId, footnote);
      footnotes.push(footnoteOf(quote, footnote, data.origins));
      const status = statusText(quote.status);
      if (status.flagged) problems.push(`${quoteId} is cited but ${status.text}.`);
    }
    return { kind: 'cite', quoteId, footnote };
  };

  const paragraph = (raw: string, where: string): Paragraph => {
    const runs: Inline[] = [];
    let last = 0;
    for (const match of raw.matchAll(citation)) {
      if (match.index > last) runs.push({ kind: 'text', text: raw.slice(last, match.index) });
      runs.push(cite(match[1] as string, where));
      last = match.index + match[0].length;
    }
    if (last < raw.length) runs.push({ kind: 'text', text: raw.slice(last) });
    return runs;
  };
  const paragraphs = (raw: string, where: string): Paragraph[] =>
    raw
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
      .filter((p) => p.length > 0)
      .map((p) => paragraph(p, where));

  const bottomLine = paragraphs(briefing.bottomLine, 'the bottom line');
  const judgments = briefing.judgments.map((j, i) => {
    const where = `key judgment ${i + 1}`;
    const runs = paragraph(j.text.replace(/\s+/g, ' ').trim(), where);
    const inline = new Set(runs.flatMap((r) => (r.kind === 'text' ? [] : [r.quoteId])));
    for (const id of j.quoteIds.filter((q) => !inline.has(q))) {
      runs.push({ kind: 'text', text: ' ' }, cite(id, where));
    }
    const { label, band } = likelihoodLabels[j.likelihood];
    return { likelihood: label, band, paragraph: runs };
  });
  const sections = briefing.sections.map((s) =>
    resolveSection(s, data, { cite, paragraphs, quotes: data.quotes }),
  );
  return {
    title: briefing.title,
    asOf: briefing.asOf,
    handling: briefing.handling,
    bottomLine,
    judgments,
    sections,
    footnotes,
    sources: sourcesOf(footnotes.map((f) => byId.get(f.quoteId) as CitableQuote)),
    problems,
  };
}

type Resolvers = {
  cite: (quoteId: string, where: string) => Inline;
  paragraphs: (raw: string, where: string) => Paragraph[];
  quotes: readonly CitableQuote[];
};

function resolveSection(
  section: BriefingSection,
  data: BriefingData,
  { cite, paragraphs, quotes }: Resolvers,
): DocumentSection {
  switch (section.kind) {
    case 'matrix':
      return matrixSection(data.matrix, cite);
    case 'key-quotes': {
      const chosen =
        section.quoteIds === null ? quotes.map((q) => q.id) : [...new Set(section.quoteIds)];
      const byId = new Map(quotes.map((q) => [q.id, q]));
      const rows = chosen.map((id) => {
        const q = byId.get(id);
        const attribution = q
          ? [q.speaker, q.outlet ?? 'Unknown outlet', q.published?.slice(0, 10) ?? 'undated']
              .filter((part): part is string => Boolean(part))
              .join(', ')
          : 'unknown quote';
        return { quoteId: id, exact: q?.exact ?? '', attribution, cite: [cite(id, 'key quotes')] };
      });
      return {
        kind: 'key-quotes',
        heading: 'Key quotes',
        quotes: rows,
        note: rows.length === 0 ? 'No quotes pinned yet.' : null,
      };
    }
    case 'origins':
      return originsSection(data.origins, data.articles ?? {});
    case 'outlets':
      return {
        kind: 'outlets',
        heading: 'Outlets',
        rows: data.outlets ? [...data.outlets] : [],
        note:
          data.outlets === null
            ? 'Outlet grades are not available for this export.'
            : data.outlets.length === 0
              ? 'No outlets yet.'
              : null,
      };
    case 'text':
      return {
        kind: 'text',
        heading: section.heading.trim() || 'Notes',
        paragraphs: paragraphs(section.body, `the section "${section.heading}"`),
      };
  }
}

function matrixSection(
  matrix: BriefingMatrixTable | null,
  cite: Resolvers['cite'],
): DocumentSection {
  const heading = 'Position matrix';
  if (!matrix || matrix.parties.length === 0 || matrix.issues.length === 0) {
    return {
      kind: 'matrix',
      heading,
      table: null,
      note: matrix
        ? 'The matrix is empty.'
        : 'The position matrix is not available for this export.',
    };
  }
  const rows = matrix.parties.map((party, p) =>
    matrix.issues.map((issue, i) => {
      const cell = matrix.cells[p]?.[i] ?? null;
      if (!cell) return null;
      const where = `the matrix (${party} × ${issue.name})`;
      return {
        stance: cell.stance,
        summary: cell.summary?.trim() || null,
        cites: cell.quoteIds.map((id) => cite(id, where)),
      };
    }),
  );
  return {
    kind: 'matrix',
    heading,
    table: {
      asOf: matrix.asOf ?? null,
      parties: [...matrix.parties],
      issues: matrix.issues.map((i) => ({ name: i.name, proposition: i.proposition ?? null })),
      rows,
    },
    note: null,
  };
}

function originsSection(
  origins: OriginsSummary | null,
  articles: Readonly<Record<string, BriefingArticleLabel>>,
): DocumentSection {
  if (!origins) {
    return {
      kind: 'origins',
      heading: 'Origins',
      summary: '',
      groups: [],
      note: 'Origins are not available for this export.',
    };
  }
  return {
    kind: 'origins',
    heading: 'Origins',
    summary: `${countOf(origins.articles, 'article')} · ${countOf(origins.independentOrigins, 'independent origin')}`,
    groups: origins.groups.map((g) => ({
      heading: `${g.origin ?? ownReportingOf(g.articleIds, articles)} (${countOf(g.articleIds.length, 'article')})`,
      members: g.articleIds.map((id) => {
        const a = articles[id];
        if (!a) return id;
        const date = a.published?.slice(0, 10) ?? 'undated';
        return `${a.publisher ?? 'Unknown outlet'}, “${a.title}”, ${date} (${a.path})`;
      }),
    })),
    note: origins.articles === 0 ? 'No articles indexed.' : null,
  };
}

/** "Interfax-Ukraine, own reporting": a group that relays no one, named by its publishers. */
function ownReportingOf(
  ids: readonly string[],
  articles: Readonly<Record<string, BriefingArticleLabel>>,
): string {
  const publishers = [...new Set(ids.map((id) => articles[id]?.publisher ?? 'Unknown outlet'))];
  return `${publishers.join(', ')}, own reporting`;
}

function footnoteOf(quote: CitableQuote, number: number, origins: OriginsSummary | null): Footnote {
  const status = statusText(quote.status);
  const computed = origins?.origins[quote.articleId];
  return {
    number,
    quoteId: quote.id,
    exact: quote.exact,
    speaker: quote.speaker,
    publisher: quote.outlet,
    origin: computed ?? null,
    // null in the summary is own reporting; absent means origins were not computed for it.
    ownReporting: computed === null,
    published: quote.published,
    title: quote.title,
    path: quote.path,
    hash: quote.hash,
    pair: quote.reliability?.pair ?? `?${quote.grade ?? '?'}`,
    status: quote.status,
    statusText: status.text,
    flagged: status.flagged,
  };
}

function sourcesOf(quotes: readonly CitableQuote[]): SourceEntry[] {
  const byArticle = new Map<string, SourceEntry>();
  for (const q of quotes) {
    const key = `${q.articleId}\u0000${q.hash}`;
    const entry = byArticle.get(key);
    if (entry) entry.quoteIds.push(q.id);
    else
      byArticle.set(key, {
        outlet: q.outlet,
        published: q.published,
        title: q.title,
        path: q.path,
        hash: q.hash,
        quoteIds: [q.id],
      });
  }
  // Oldest first, undated last: the order a reader checks the record in.
  const day = (s: SourceEntry) => s.published ?? '\uffff';
  return [...byArticle.values()].sort(
    (a, b) => day(a).localeCompare(day(b)) || a.title.localeCompare(b.title),
  );
}
