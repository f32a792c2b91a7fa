// What the briefing tests share: the seeds plus a Cyrillic article, three pinned quotes (one
// Cyrillic) and one quote whose passage is then deleted from its file, and a briefing citing them.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Briefing } from '../../../shared/briefing';
import type { Stance } from '../../../shared/matrix';
import { folderWith, seedApp, seedIdOf, type TestApp } from '../../compose-test-support';

export const putinOffer =
  'Russian President Vladimir Putin has offered to stop the war in Ukraine along the current frontline';
export const kremlinLine =
  'the Kremlin could broadly agree to a ceasefire along the line of contact';
export const zelenskyRu = '«Это наши земли, территория украинского народа», — заявил Зеленский.';
/** The outlet the analyst's correction gives the Russian article. */
export const zelenskyOutlet = 'Интерфакс-Украина';
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

/**
 * The app over the seeds and a Cyrillic folder, with Q1–Q3 verified and Q4 lost, fed by the real
 * areas: the Financial Times graded B in the notebook, Ukraine × Crimea "rejects" on the Cyrillic
 * Zelensky quote and Russia × Donetsk "open to" on Q1 and Q2 in the matrix, and `sampleBriefing`
 * stored as `id`.
 */
export async function briefingFixture(): Promise<{ wb: TestApp; id: string }> {
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
  // The seeds and the Russian article carry no date (and the latter no outlet): the analyst's
  // corrections supply them, so the matrix can be read as of the briefing's date.
  const correct = (articleId: string, set: { published: string; outlet?: string }) =>
    wb.call('article:correct', { articleId, set });
  await correct(seedIdOf(summary, '000'), { published: '2025-04-22' });
  await correct(seedIdOf(summary, '004'), { published: '2024-11-20' });
  await correct(idOf('zelensky.txt'), { published: '2025-04-22', outlet: zelenskyOutlet });
  expect(await pin(wb, seedIdOf(summary, '000'), putinOffer, 'Financial Times sources')).toBe('Q1');
  expect(await pin(wb, seedIdOf(summary, '004'), kremlinLine, 'Russian officials')).toBe('Q2');
  expect(await pin(wb, idOf('zelensky.txt'), zelenskyRu, 'Владимир Зеленский')).toBe('Q3');
  expect(await pin(wb, idOf('doomed.txt'), lostSentence, 'Kyiv')).toBe('Q4');
  await writeFile(join(extra, 'doomed.txt'), 'Заморозка\n\nПереговоры продолжатся.\n');
  await wb.call('quote:verify');
  expect((await wb.call('quote:list')).map((q) => [q.id, q.status])).toEqual([
    ['Q1', 'ok'],
    ['Q2', 'ok'],
    ['Q3', 'ok'],
    ['Q4', 'lost'],
  ]);
  await wb.call('outlets:grade', { name: 'Financial Times', grade: 'B', rationale: 'Corrects.' });
  const fill = async (party: string, issue: string, stance: Stance, quoteIds: string[]) => {
    for (const quoteId of quoteIds)
      await wb.call('matrix:link', { party, issue, quoteId, relation: 'supports' });
    await wb.call('matrix:set-cell', { party, issue, stance, reason: 'briefing fixture' });
  };
  await fill('ukraine', 'crimea', 'rejects', ['Q3']);
  await fill('russia', 'donetsk', 'open-to', ['Q1', 'Q2']);
  const stored = await wb.call('briefing:save', { name: 'Talks', briefing: sampleBriefing });
  return { wb, id: stored.id };
}

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
