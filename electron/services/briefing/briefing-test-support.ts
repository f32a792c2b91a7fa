// What the briefing tests share: the seeds plus a Cyrillic article, three pinned quotes (one
// Cyrillic) and one quote whose passage is then deleted from its file, and a briefing citing them.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type {
  Briefing,
  BriefingArticleLabel,
  BriefingMatrixTable,
  BriefingOutletRow,
} from '../../../shared/briefing';
import type { BriefingData } from '../../../shared/briefing-document';
import { folderWith, seedApp, seedIdOf, type TestApp } from '../../compose-test-support';

export const putinOffer =
  'Russian President Vladimir Putin has offered to stop the war in Ukraine along the current frontline';
export const kremlinLine =
  'the Kremlin could broadly agree to a ceasefire along the line of contact';
export const zelenskyRu = '«Это наши земли, территория украинского народа», — заявил Зеленский.';
const lostSentence = 'Киев отверг предложение о заморозке конфликта.';

const cyrillicArticle = `Зеленский отверг признание Крыма российским

Президент Украины Владимир Зеленский во вторник отверг любую идею признания Крыма частью России. ${zelenskyRu} Он добавил, что такие переговоры играют на руку Кремлю.
`;
const doomedArticle = `Заморозка

${lostSentence} Переговоры продолжатся.
`;

/** Pins `sentence` of `articleId` and returns its quote id. */
async function pin(wb: TestApp, articleId: string, sentence: string, speaker: string) {
  const text = (await wb.call('article:get', { id: articleId })).text;
  const start = text.indexOf(sentence);
  expect(start, `"${sentence}" in ${articleId}`).toBeGreaterThanOrEqual(0);
  const quote = await wb.call('quote:pin', {
    articleId,
    start,
    end: start + sentence.length,
    speaker,
    grade: 2,
  });
  return quote.id;
}

/** The app over the seeds and a Cyrillic folder, with Q1–Q3 verified and Q4 lost. */
export async function briefingFixture(): Promise<{ wb: TestApp; data: BriefingData }> {
  const wb = await seedApp();
  const extra = await folderWith({ 'zelensky.txt': cyrillicArticle, 'doomed.txt': doomedArticle });
  await wb.call('corpus:add', { path: extra });
  await wb.idle();
  const summary = await wb.call('origins:summary');
  const idOf = (name: string) => {
    const id = Object.keys(summary.origins).find((key) => key.endsWith(`:${name}`));
    if (!id) throw new Error(`no article ${name}`);
    return id;
  };
  expect(await pin(wb, seedIdOf(summary, '000'), putinOffer, 'Financial Times sources')).toBe('Q1');
  expect(await pin(wb, seedIdOf(summary, '004'), kremlinLine, 'Russian officials')).toBe('Q2');
  expect(await pin(wb, idOf('zelensky.txt'), zelenskyRu, 'Владимир Зеленский')).toBe('Q3');
  expect(await pin(wb, idOf('doomed.txt'), lostSentence, 'Kyiv')).toBe('Q4');
  await writeFile(join(extra, 'doomed.txt'), 'Заморозка\n\nПереговоры продолжатся.\n');
  await wb.call('quote:verify');
  const quotes = await wb.call('quote:list');
  expect(quotes.map((q) => [q.id, q.status])).toEqual([
    ['Q1', 'ok'],
    ['Q2', 'ok'],
    ['Q3', 'ok'],
    ['Q4', 'lost'],
  ]);
  const articles: Record<string, BriefingArticleLabel> = {};
  for (const id of Object.keys(summary.origins)) {
    const a = await wb.call('article:get', { id });
    articles[id] = { title: a.title, publisher: a.outlet, published: a.published, path: a.path };
  }
  return { wb, data: { quotes, origins: summary, articles, outlets, matrix } };
}

const outlets: BriefingOutletRow[] = [
  {
    name: 'Financial Times',
    grade: 'B',
    gradeLabel: 'Usually reliable',
    kind: 'Newspaper',
    articles: 4,
  },
  { name: 'Reuters', grade: null, kind: 'Wire service', articles: 1 },
];

const matrix: BriefingMatrixTable = {
  asOf: '2025-04-22',
  parties: ['Russia', 'Ukraine'],
  issues: [
    { name: 'Crimea', proposition: 'Crimea is recognised as Russian' },
    { name: 'Frontline', proposition: 'The war freezes on the current line' },
  ],
  cells: [
    [null, { stance: 'open to', quoteIds: ['Q1', 'Q2'] }],
    [{ stance: 'rejects', quoteIds: ['Q3'] }, null],
  ],
};

/** Analyst text that would run script if it were pasted into HTML unescaped. */
export const hostile = '<img src=x onerror=alert(1)> and </style><script>alert(2)</script>';

/** The briefing the done-when of #13 asks for: bottom line, two judgments, matrix, three quotes, origins, outlets. */
export const sampleBriefing: Briefing = {
  title: 'Ukraine talks: where the parties stand — Крым',
  asOf: '2025-04-23',
  handling: 'For internal use only',
  bottomLine:
    'Moscow offers to freeze the war on the current line [Q1]; Kyiv refuses to give up Crimea [Q3].\n\nThe two reports are two origins, not five confirmations.',
  judgments: [
    {
      text: 'Russia will accept a ceasefire along the line of contact [Q2].',
      likelihood: 'likely',
      quoteIds: ['Q1'],
    },
    {
      text: 'Ukraine will recognise Crimea as Russian.',
      likelihood: 'very-unlikely',
      quoteIds: ['Q3'],
    },
  ],
  sections: [
    { kind: 'matrix' },
    { kind: 'key-quotes', quoteIds: ['Q1', 'Q2', 'Q3'] },
    { kind: 'origins' },
    { kind: 'outlets' },
    {
      kind: 'text',
      heading: 'Caveats',
      body: `Kyiv's refusal of a freeze was reported and is now gone from its file [Q4]. A typo cites [Q99]. ${hostile}`,
    },
  ],
};

/** Whether a command-line tool is on PATH; tests that need it skip loudly when it is not. */
export function hasTool(name: string): boolean {
  return spawnSync(name, ['-v'], { encoding: 'utf8' }).error === undefined;
}

export const squash = (text: string): string => text.replace(/\s+/g, ' ');
