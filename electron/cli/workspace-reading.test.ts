import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingDocument } from '../../shared/briefing';
import { buildBriefingDocument } from '../../shared/briefing-document';
import { cleanUp, seedIdOf, type TestApp } from '../compose-test-support';
import { briefingFixture } from '../services/briefing/briefing-test-support';
import { withWorkspaceReading } from './workspace-reading';

// The CLI reads a workspace file and its folders without the app; what it reads must be what the
// app shows: corrections, sidecars, grades, the matrix and the analyst's origin decisions.

let wb: TestApp;
let id: string;
let file: string;
beforeAll(async () => {
  ({ wb, id } = await briefingFixture());
  // The analyst decides 000 (an FT relay) and 004 (the Reuters relay) report one story: one origin.
  const summary = await wb.call('origins:summary');
  await wb.call('decision:make', {
    kind: 'merge',
    articleId: seedIdOf(summary, '000'),
    withArticleId: seedIdOf(summary, '004'),
  });
  file = (await wb.call('workspace:info')).file;
}, 60_000);
afterAll(cleanUp);

describe('the CLI’s reading of a workspace', () => {
  it('counts the matrix’s origins with the analyst’s decisions, as the app does', async () => {
    const cellOf = (view: { cells: { party: string; issue: string; origins: number }[] }) =>
      view.cells.find((c) => c.party === 'russia' && c.issue === 'donetsk');
    const app = cellOf(await wb.call('matrix:get'));
    // Q1 (000) and Q2 (004) were two origins until the merge.
    expect(app?.origins).toBe(1);
    const cli = await withWorkspaceReading(file, (reading) => reading.matrix(null));
    expect(cellOf(cli)).toEqual(app);
  });

  it('resolves a stored briefing to the very document the app previews', async () => {
    const app: BriefingDocument = await wb.call('briefing:preview', { id });
    const { briefing } = await wb.call('briefing:get', { id });
    const cli = await withWorkspaceReading(file, async (reading) =>
      buildBriefingDocument(briefing, await reading.briefingData(briefing.asOf)),
    );
    expect(cli).toEqual(app);
    expect(cli.footnotes[0]).toMatchObject({ quoteId: 'Q1', pair: 'B2' });
  });

  it('lists the notebook the app lists', async () => {
    const app = await wb.call('outlets:list');
    const cli = await withWorkspaceReading(file, (reading) => Promise.resolve(reading.outlets));
    expect(cli.map(({ record, ...outlet }) => (void record, outlet))).toEqual(app);
  });
});
