import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OriginDecisionRequest } from '../shared/origin-decisions';
import { cleanUp, folderWith, seedApp, seedIdOf, seedsDir, tempDir } from './compose-test-support';

afterEach(cleanUp);

describe('decision:make over the seeds', () => {
  it.each<{
    kind: string;
    request: (id: (p: string) => string) => OriginDecisionRequest;
    origins: number;
  }>([
    { kind: 'confirm', request: (id) => ({ kind: 'confirm', articleId: id('000') }), origins: 2 },
    { kind: 'split', request: (id) => ({ kind: 'split', articleId: id('003') }), origins: 3 },
    {
      kind: 'merge',
      request: (id) => ({ kind: 'merge', articleId: id('004'), withArticleId: id('001') }),
      origins: 1,
    },
    {
      kind: 'set-origin',
      request: (id) => ({ kind: 'set-origin', articleId: id('002'), origin: null }),
      origins: 3,
    },
  ])('$kind is one undoable edit, and redo brings it back', async ({ request, origins }) => {
    const wb = await seedApp();
    const before = await wb.call('origins:summary');
    expect(before.independentOrigins).toBe(2);
    const decided = await wb.call(
      'decision:make',
      request((p) => seedIdOf(before, p)),
    );
    expect(decided.independentOrigins).toBe(origins);
    expect(decided.groups.some((g) => g.analyst !== undefined)).toBe(true);
    expect((await wb.call('origins:summary')).independentOrigins).toBe(origins);

    const undone = await wb.call('workspace:undo');
    expect(undone?.changed.every((c) => c.table === 'origin_decisions')).toBe(true);
    const restored = await wb.call('origins:summary');
    expect(restored.independentOrigins).toBe(2);
    expect(restored.groups.every((g) => g.analyst === undefined)).toBe(true);

    await wb.call('workspace:redo');
    expect((await wb.call('origins:summary')).independentOrigins).toBe(origins);
  });

  it('announces an origins change so the views refresh', async () => {
    const wb = await seedApp();
    const areas: string[][] = [];
    wb.events.on('workspace:changed', (change) => areas.push(change.areas));
    const summary = await wb.call('origins:summary');
    await wb.call('decision:make', { kind: 'split', articleId: seedIdOf(summary, '001') });
    expect(areas).toEqual([['origins']]);
  });

  it('keeps decisions when the workspace is reopened', async () => {
    const dataDir = await tempDir();
    const first = await seedApp(dataDir);
    const summary = await first.call('origins:summary');
    await first.call('decision:make', { kind: 'split', articleId: seedIdOf(summary, '003') });
    await first.close();

    const again = await seedApp(dataDir);
    const reopened = await again.call('origins:summary');
    expect(reopened.independentOrigins).toBe(3);
    expect(
      reopened.groups.find((g) => g.articleIds.length === 1 && g.origin === 'Financial Times')
        ?.analyst?.reason,
    ).toMatch(/Split out by the analyst/);
  });

  it('keeps a split when the corpus changes and origins are recomputed', async () => {
    const wb = await seedApp();
    const summary = await wb.call('origins:summary');
    const split = seedIdOf(summary, '001');
    await wb.call('decision:make', { kind: 'split', articleId: split });

    const seed004 = await readFile(join(seedsDir, '004_4d5fc55baaf930ef.txt'), 'utf8');
    const extra = await folderWith({ 'reprint.txt': seed004.replace(/Reuters/g, 'the agency') });
    await wb.call('corpus:add', { path: extra });
    await wb.idle();

    const after = await wb.call('origins:summary');
    expect(after.articles).toBe(6);
    // The reprint joins the Reuters group as computed; 001 stays out of the FT group.
    expect(after.independentOrigins).toBe(3);
    expect(after.groups.find((g) => g.origin === 'Reuters')?.articleIds).toHaveLength(2);
    expect(after.groups.find((g) => g.articleIds.includes(split))?.articleIds).toEqual([split]);
  });

  it('refuses a decision about an article it does not know, and changes nothing', async () => {
    const wb = await seedApp();
    await expect(
      wb.call('decision:make', { kind: 'split', articleId: 'nowhere:x.txt' }),
    ).rejects.toThrow(/No article with id nowhere:x.txt/);
    expect((await wb.call('workspace:info')).undoLabel).toBeNull();
  });
});
