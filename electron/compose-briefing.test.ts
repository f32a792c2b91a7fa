import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Briefing } from '../shared/briefing';
import type { BriefingExportProgress } from '../shared/briefings';
import { dispatch } from './services/handlers';
import {
  changes,
  cleanUp,
  compose,
  seedApp,
  seedsDir,
  tempDir,
  type TestApp,
} from './compose-test-support';
import { createSearchLibrary } from './services/search';

afterEach(cleanUp);

const draft = (overrides: Partial<Briefing> = {}): Briefing => ({
  title: 'Ceasefire talks',
  asOf: '2025-04-22',
  handling: 'For internal use only',
  bottomLine: 'Moscow keeps its terms [Q1]; <img src=x onerror=alert(1)> and [Q99].',
  judgments: [{ text: 'Talks stall [Q1].', likelihood: 'likely', quoteIds: [] }],
  sections: [{ kind: 'key-quotes', quoteIds: null }, { kind: 'origins' }],
  ...overrides,
});

/** Pins the first sentence of the Reuters seed (004) as Q1. */
const pinOne = async (wb: TestApp): Promise<string> => {
  const { origins } = await wb.call('origins:summary');
  const articleId = Object.keys(origins).find((k) => k.includes('004_'));
  if (!articleId) throw new Error('no seed 004');
  const { text } = await wb.call('article:get', { id: articleId });
  const passage = 'Russian officials have said';
  const start = text.indexOf(passage);
  return (await wb.call('quote:pin', { articleId, start, end: start + passage.length })).id;
};

describe('briefing channels', () => {
  it('creates, renames, edits and deletes briefings, each one undoable edit of the briefing area', async () => {
    const wb = await seedApp();
    const seen = changes(wb);
    const created = await wb.call('briefing:save', { name: ' Talks ', briefing: draft() });
    expect(created).toMatchObject({
      id: 'B1',
      name: 'Talks',
      briefing: { title: 'Ceasefire talks' },
    });
    expect(seen.at(-1)?.areas).toEqual(['briefing']);
    await wb.call('briefing:save', { name: 'Other', briefing: draft({ title: 'Other' }) });
    expect((await wb.call('briefing:list')).map((b) => b.name)).toEqual(['Other', 'Talks']);

    await wb.call('briefing:save', {
      id: 'B1',
      name: 'Talks, week 17',
      briefing: draft({ bottomLine: 'Changed.' }),
    });
    expect((await wb.call('briefing:get', { id: 'B1' })).briefing.bottomLine).toBe('Changed.');
    expect((await wb.call('workspace:undo'))?.label).toBe(
      'Rename briefing Talks to Talks, week 17',
    );
    expect(await wb.call('briefing:get', { id: 'B1' })).toMatchObject({
      name: 'Talks',
      briefing: { bottomLine: draft().bottomLine },
    });
    expect(seen.at(-1)?.areas).toEqual(['briefing']);

    expect((await wb.call('briefing:delete', { id: 'B1' })).map((b) => b.name)).toEqual(['Other']);
    expect((await wb.call('workspace:undo'))?.label).toBe('Delete briefing Talks');
    expect((await wb.call('briefing:list')).map((b) => b.name)).toEqual(['Other', 'Talks']);
  });

  it('saving the same briefing again records no edit', async () => {
    const wb = await seedApp();
    await wb.call('briefing:save', { name: 'Talks', briefing: draft() });
    await wb.call('briefing:save', { id: 'B1', name: 'Talks', briefing: draft() });
    expect((await wb.call('workspace:info')).undoLabel).toBe('New briefing Talks');
  });

  it.each([
    [{ name: 'x', briefing: draft({ title: '' }) }, 'invalid-input', /needs a title/],
    [{ name: 'x', briefing: draft({ asOf: '22 April' }) }, 'invalid-input', /date such as/],
    [{ name: '  ', briefing: draft() }, 'invalid-input', /needs a name/],
    [{ name: 'talks', briefing: draft() }, 'conflict', /already a briefing named "Talks"/],
    [{ id: 'B7', name: 'x', briefing: draft() }, 'not-found', /No briefing B7/],
  ])('refuses %o clearly and changes nothing', async (input, code, message) => {
    const wb = await seedApp();
    await wb.call('briefing:save', { name: 'Talks', briefing: draft() });
    const result = await dispatch(wb.handlers, 'briefing:save', input);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect((await wb.call('briefing:list')).map((b) => b.name)).toEqual(['Talks']);
    expect((await wb.call('workspace:info')).undoLabel).toBe('New briefing Talks');
  });

  it('previews a draft against the workspace: citations become footnotes, unknown ids are problems', async () => {
    const wb = await seedApp();
    const id = await pinOne(wb);
    expect(id).toBe('Q1');
    const doc = await wb.call('briefing:preview', { draft: draft() });
    expect(doc.footnotes.map((f) => [f.quoteId, f.exact])).toEqual([
      ['Q1', 'Russian officials have said'],
    ]);
    expect(doc.problems.join(' ')).toContain('[Q99]');
    const origins = doc.sections.find((s) => s.kind === 'origins');
    expect(origins?.kind === 'origins' && origins.summary).toMatch(
      /^5 articles · \d independent origins?$/,
    );
  });

  it('exports a stored briefing or, with no id, the default one, with a file name and progress', async () => {
    const wb = await seedApp();
    await pinOne(wb);
    const progress: BriefingExportProgress[] = [];
    wb.events.on('briefing:progress', (p) => progress.push(p));
    await wb.call('briefing:save', { name: 'Talks', briefing: draft() });
    const html = await wb.call('briefing:export', { id: 'B1', format: 'html' });
    expect(html.fileName).toBe('Ceasefire talks 2025-04-22.html');
    const text = Buffer.from(html.base64, 'base64').toString('utf8');
    expect(text).toContain('Russian officials have said');
    expect(text).not.toContain('<img');
    expect(progress.map((p) => p.phase)).toEqual(['collecting', 'rendering', 'done']);

    const pdf = await wb.call('briefing:export', { format: 'pdf' });
    expect(pdf.fileName).toMatch(/ — briefing \d{4}-\d{2}-\d{2}\.pdf$/);
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('save-export writes through the host dialog atomically, and a failed write leaves nothing', async () => {
    const dir = await tempDir();
    let target = join(dir, 'out.docx');
    const wb = await compose((o) => createSearchLibrary({ ...o, workers: 0 }), {
      dataDir: await tempDir(),
      corpora: [seedsDir],
      hostHooks: {
        pickFolder: () => Promise.resolve(null),
        pickExportFile: () => Promise.resolve(target),
      },
    });
    await wb.idle();
    expect(await wb.call('briefing:save-export', { format: 'docx' })).toBe(target);
    expect((await readFile(target)).subarray(0, 2).toString()).toBe('PK');

    // A directory where the file should go: the write fails and leaves no temporary file.
    target = join(dir, 'taken');
    await mkdir(target);
    const progress: BriefingExportProgress[] = [];
    wb.events.on('briefing:progress', (p) => progress.push(p));
    const failed = await dispatch(wb.handlers, 'briefing:save-export', { format: 'md' });
    expect(failed).toMatchObject({ ok: false });
    expect(progress.at(-1)?.phase).toBe('failed');
    expect((await readdir(dir)).sort()).toEqual(['out.docx', 'taken']);
  });

  it('refuses a bad id or format at the gate', async () => {
    const wb = await seedApp();
    expect(await dispatch(wb.handlers, 'briefing:export', { format: 'rtf' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    const badId = await dispatch(wb.handlers, 'briefing:get', { id: 'Q1' });
    expect(badId).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!badId.ok) expect(badId.error.message).toMatch(/looks like B2/);
  });
});

describe('what a briefing cites from the other areas', () => {
  it("carries the quotes' Admiralty pair, the graded outlets and the matrix as of the briefing date", async () => {
    const wb = await seedApp();
    const id = await pinOne(wb);
    await wb.call('quote:update', { id, grade: 2 });
    await wb.call('outlets:grade', { name: 'Reuters', grade: 'B', rationale: 'Wire of record.' });
    await wb.call('matrix:link', {
      party: 'russia',
      issue: 'crimea',
      quoteId: id,
      relation: 'supports',
    });
    await wb.call('matrix:set-cell', {
      party: 'russia',
      issue: 'crimea',
      stance: 'rejects',
      asOf: '2025-01-10',
    });
    const sections: Briefing['sections'] = [{ kind: 'outlets' }, { kind: 'matrix' }];

    const now = await wb.call('briefing:preview', {
      draft: draft({ asOf: '2025-04-22', sections }),
    });
    expect(now.footnotes.find((f) => f.quoteId === id)?.pair).toBe('B2');
    const outlets = now.sections.find((s) => s.kind === 'outlets');
    expect(
      outlets?.kind === 'outlets' && outlets.rows.find((r) => r.name === 'Reuters'),
    ).toMatchObject({
      grade: 'B',
      gradeLabel: 'Usually reliable',
    });
    const matrix = now.sections.find((s) => s.kind === 'matrix');
    const table = matrix?.kind === 'matrix' ? matrix.table : null;
    const russia = table?.parties.indexOf('Russia') ?? -1;
    const crimea = table?.issues.findIndex((i) => i.name === 'Crimea') ?? -1;
    expect(table?.rows[russia]?.[crimea]?.stance).toBe('rejects');

    // Before the analyst recorded the stance, the briefing's matrix holds no stance for the cell.
    const before = await wb.call('briefing:preview', {
      draft: draft({ asOf: '2024-12-01', sections }),
    });
    const earlier = before.sections.find((s) => s.kind === 'matrix');
    const earlierTable = earlier?.kind === 'matrix' ? earlier.table : null;
    expect(earlierTable?.rows[russia]?.[crimea] ?? null).toBeNull();
  });
});
