import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatrixSuggestion } from '../../../shared/matrix';
import { cleanUp, seedApp, seedsDir, type TestApp } from '../../compose-test-support';
import { ruUkLabels } from './test-set/ru-uk-labels';
import { describeScores, scoreRuns, type CellRun } from './test-set/score-suggestions';
import { seedGold } from './test-set/seed-gold';

/** The article's file name, from its id (`<folder hash>:<relative path>`). */
const fileOf = (s: MatrixSuggestion): string => s.articleId.slice(s.articleId.indexOf(':') + 1);

/** What the drawer shows for every cell of the default matrix (the default limit). */
async function suggestionsByCell(wb: TestApp): Promise<Map<string, MatrixSuggestion[]>> {
  const view = await wb.call('matrix:get');
  const out = new Map<string, MatrixSuggestion[]>();
  for (const party of view.parties)
    for (const issue of view.issues)
      out.set(
        `${party.id}/${issue.id}`,
        await wb.call('matrix:suggest', { party: party.id, issue: issue.id }),
      );
  return out;
}

describe('suggestion quality on the seeds (labelled gold set)', () => {
  let wb: TestApp;
  beforeAll(async () => {
    wb = await seedApp();
  });
  afterAll(cleanUp);

  it('names every gold passage by a piece of text found exactly once in its seed', () => {
    for (const [cell, passages] of Object.entries(seedGold))
      for (const { seed, text } of passages) {
        const file = readdirSync(seedsDir).find((name) => name.startsWith(seed));
        expect(file, `seed ${seed}`).toBeDefined();
        const body = readFileSync(join(seedsDir, file ?? ''), 'utf8');
        expect(body.split(text).length - 1, `${cell}: "${text}" in seed ${seed}`).toBe(1);
      }
    expect(Object.keys(seedGold)).toHaveLength(24);
  });

  it('ranks gold passages first no worse than measured', async () => {
    const byCell = await suggestionsByCell(wb);
    const runs: CellRun[] = [...byCell].map(([cell, shown]) => {
      const gold = seedGold[cell] ?? [];
      const isGold = (s: MatrixSuggestion, g: { seed: string; text: string }) =>
        fileOf(s).startsWith(g.seed) && s.text.includes(g.text);
      return {
        cell,
        shown: shown.map((s) => gold.some((g) => isGold(s, g))),
        gold: gold.length,
        goldFound: gold.filter((g) => shown.some((s) => isGold(s, g))).length,
      };
    });
    const scores = scoreRuns(runs);
    console.log(describeScores('suggestions on the seeds', scores));
    // Measured (79 gold passages in 13 cells): precision@5 32/44 = 0.727, recall 33/79 = 0.418
    // (27/44 = 0.614 and 32/79 before the speaker rule, the proposal and Ukrainian speech cues).
    // Recall is bounded by matching: most of the 46 missed name the regions only as "the four
    // regions" (no issue term) or name no party ("three of the sources").
    expect(scores.precisionAt5).toBeGreaterThanOrEqual(0.72);
    expect(scores.recall).toBeGreaterThanOrEqual(0.41);
  });
});

const corpora = resolve(seedsDir, '../../shared/corpora/ru-uk');
const hasCorpora = existsSync(corpora);
if (!hasCorpora)
  console.warn(`SKIPPED: suggestion quality on the ru/uk press needs ${corpora} (absent here)`);

describe.skipIf(!hasCorpora)('suggestion quality on the ru/uk press (labelled sample)', () => {
  it('ranks passages labelled relevant first no worse than measured', async () => {
    const wb = await seedApp();
    const [seeds] = await wb.call('corpus:list');
    for (const folder of ['factRuEval', 'brown-uk-press'])
      await wb.call('corpus:add', { path: join(corpora, folder) });
    if (seeds) await wb.call('corpus:remove', { path: seeds.path });
    await wb.idle();
    const byCell = await suggestionsByCell(wb);
    await cleanUp();

    const labels = new Map(
      ruUkLabels.map(([cell, file, start, sha, relevant]) => [
        `${cell}\u0000${file.slice(file.indexOf('/') + 1)}\u0000${start}`,
        { sha, relevant },
      ]),
    );
    const unlabelled: string[] = [];
    const runs: CellRun[] = [...byCell].map(([cell, shown]) => {
      const judged = shown.map((s) => {
        const label = labels.get(`${cell}\u0000${fileOf(s)}\u0000${s.start}`);
        const sha = createHash('sha256').update(s.text).digest('hex').slice(0, 10);
        if (label && label.sha !== sha)
          throw new Error(`${cell} ${fileOf(s)}@${s.start}: the sentence changed; label it again`);
        if (!label)
          unlabelled.push(`${cell} ${fileOf(s)}@${s.start} ${sha}: ${s.text.slice(0, 80)}`);
        return label?.relevant ?? false;
      });
      const gold = ruUkLabels.filter(([c, , , , relevant]) => c === cell && relevant).length;
      return { cell, shown: judged, gold, goldFound: judged.filter(Boolean).length };
    });
    const scores = scoreRuns(runs);
    console.log(
      describeScores(`suggestions on the ru/uk press (${ruUkLabels.length} labelled)`, scores) +
        (unlabelled.length
          ? `\n  unlabelled (counted irrelevant):\n  ${unlabelled.join('\n  ')}`
          : ''),
    );
    // Measured (13 relevant of 64 labelled, 6 cells): precision@5 10/23 = 0.435, recall 12/13
    // (9/23 = 0.391 before the speaker rule and the cues).
    expect(scores.precisionAt5).toBeGreaterThanOrEqual(0.43);
    expect(scores.recall).toBeGreaterThanOrEqual(0.92);
  }, 300_000);
});
