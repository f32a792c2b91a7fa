import { performance } from 'node:perf_hooks';
import {
  type Briefing,
  type BriefingExportFormat,
  type BriefingMatrixTable,
} from '../../shared/briefing';
import { buildBriefingDocument, type BriefingData } from '../../shared/briefing-document';
import type { OriginsSummary } from '../../shared/origins';
import { makeQuote } from '../../shared/testing/quote-fixtures';
import { renderBriefing } from '../../electron/services/briefing';

/** Export of one briefing citing `quotes` quotes: build time and, per format, time and size. */
export type BriefingBench = {
  quotes: number;
  build_s: number;
  formats: Record<BriefingExportFormat, { seconds: number; bytes: number }>;
};

const latin =
  'Russian officials said the Kremlin could broadly agree to a ceasefire along the line of contact, but rules out giving up the four regions it claims';
const cyrillic =
  '«Это наши земли, территория украинского народа», — заявил Зеленский, отвергнув любую идею признания Крыма частью России';

/** A briefing whose every part cites: bottom line, judgments, a 4 × 6 matrix, every quote as a key quote and in a text section. */
export function benchInput(quotes: number): { briefing: Briefing; data: BriefingData } {
  const ids = Array.from({ length: quotes }, (_, i) => `Q${i + 1}`);
  const data: BriefingData = {
    quotes: ids.map((id, i) =>
      makeQuote({
        id,
        articleId: `k:a${i % 200}.txt`,
        path: `a${i % 200}.txt`,
        title: `Report ${i % 200}`,
        outlet: `Outlet ${i % 20}`,
        published: `2025-04-${String((i % 28) + 1).padStart(2, '0')}`,
        exact: `${i % 5 === 0 ? cyrillic : latin} (${id}).`,
        hash: (i % 200).toString(16).padStart(64, '0'),
        status: i % 50 === 0 ? 'lost' : 'ok',
        grade: 2,
      }),
    ),
    origins: originsOf(200),
    outlets: Array.from({ length: 20 }, (_, i) => ({
      name: `Outlet ${i}`,
      grade: 'BCDF'[i % 4] ?? null,
      kind: 'Newspaper',
      articles: 10,
    })),
    matrix: matrixOf(ids),
  };
  const briefing: Briefing = {
    title: 'Bench briefing — Крым',
    asOf: '2025-04-30',
    handling: 'For internal use only',
    bottomLine: ids
      .slice(0, 20)
      .map((id) => `A claim [${id}].`)
      .join(' '),
    judgments: [
      { text: 'A ceasefire holds [Q1].', likelihood: 'likely', quoteIds: ids.slice(0, 10) },
      { text: 'Crimea is recognised.', likelihood: 'very-unlikely', quoteIds: ids.slice(10, 20) },
    ],
    sections: [
      { kind: 'matrix' },
      { kind: 'key-quotes', quoteIds: null },
      { kind: 'origins' },
      { kind: 'outlets' },
      {
        kind: 'text',
        heading: 'Every quote',
        body: ids.map((id) => `Point [${id}].`).join('\n\n'),
      },
    ],
  };
  return { briefing, data };
}

function originsOf(articles: number): OriginsSummary {
  const ids = Array.from({ length: articles }, (_, i) => `k:a${i}.txt`);
  const groups = Array.from({ length: articles / 4 }, (_, g) => ({
    origin: `Outlet ${g % 20}`,
    articleIds: ids.slice(g * 4, g * 4 + 4),
  }));
  return {
    articles,
    independentOrigins: groups.length,
    groups,
    origins: Object.fromEntries(ids.map((id, i) => [id, `Outlet ${Math.floor(i / 4) % 20}`])),
  };
}

function matrixOf(ids: string[]): BriefingMatrixTable {
  const parties = ['Russia', 'Ukraine', 'United States', 'Europe'];
  const issues = ['Crimea', 'NATO membership', 'Donetsk', 'Luhansk', 'Zaporizhzhia', 'Kherson'];
  return {
    asOf: '2025-04-30',
    parties,
    issues: issues.map((name) => ({ name })),
    cells: parties.map((_, p) =>
      issues.map((_, i) => ({
        stance: 'resists',
        quoteIds: ids.slice((p * 6 + i) * 3, (p * 6 + i) * 3 + 3),
      })),
    ),
  };
}

/** Times building and rendering a briefing that cites `quotes` quotes, in every export format. */
export async function benchBriefingExport(quotes = 500): Promise<BriefingBench> {
  const { briefing, data } = benchInput(quotes);
  const start = performance.now();
  const doc = buildBriefingDocument(briefing, data);
  const build_s = (performance.now() - start) / 1000;
  const time = async (format: BriefingExportFormat) => {
    const started = performance.now();
    const bytes = await renderBriefing(doc, format);
    return { seconds: (performance.now() - started) / 1000, bytes: bytes.length };
  };
  // One after another, so no format's time includes another's work.
  const formats = {
    md: await time('md'),
    html: await time('html'),
    docx: await time('docx'),
    pdf: await time('pdf'),
  };
  return { quotes: doc.footnotes.length, build_s, formats };
}
