import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from './services/handlers';
import { cleanUp, seedApp, tempDir, type TestApp } from './compose-test-support';

afterEach(cleanUp);

/** Seed 003 as search lists it. */
const find003 = async (wb: TestApp) => {
  const hit = (await wb.call('search:query', { text: 'Putin', limit: 50 })).hits.find((h) =>
    h.path.startsWith('003_'),
  );
  if (!hit) throw new Error('seed 003 not found');
  return hit;
};

describe('article:correct', () => {
  it('shows the corrected date and publisher in hits, filters, facets, the reader and new quotes; undo restores what was extracted', async () => {
    const wb = await seedApp();
    const extracted = await find003(wb);
    expect(extracted.published).not.toBe('2025-04-22');

    const meta = await wb.call('article:correct', {
      articleId: extracted.id,
      set: { published: '2025-04-22', outlet: 'London News Net' },
    });
    expect(meta.published).toBe('2025-04-22');
    expect(meta.outlet).toBe('London News Net');
    expect(meta.corrected?.published).toEqual({ extracted: extracted.published });
    expect(meta.corrected?.outlet).toEqual({ extracted: extracted.outlet });

    expect(await find003(wb)).toMatchObject({ published: '2025-04-22', outlet: 'London News Net' });
    const facets = await wb.call('corpus:facets');
    expect(facets.outlets).toContainEqual({ name: 'London News Net', count: 1 });
    const byOutlet = await wb.call('search:query', { text: 'Putin', outlets: ['London News Net'] });
    expect(byOutlet.hits.map((h) => h.id)).toEqual([extracted.id]);
    const onTheDay = await wb.call('search:query', {
      text: 'Putin',
      from: '2025-04-22',
      to: '2025-04-22',
    });
    expect(onTheDay.hits.map((h) => h.id)).toContain(extracted.id);

    const article = await wb.call('article:get', { id: extracted.id });
    expect(article).toMatchObject({ published: '2025-04-22', outlet: 'London News Net' });
    const start = article.text.indexOf('Putin');
    const quote = await wb.call('quote:pin', { articleId: extracted.id, start, end: start + 25 });
    expect(quote).toMatchObject({ published: '2025-04-22', outlet: 'London News Net' });
    expect(await wb.call('quote:citation', { id: quote.id })).toContain('London News Net');

    expect((await wb.call('workspace:undo'))?.label).toBe(`Pin ${quote.id}`);
    const undone = await wb.call('workspace:undo');
    expect(undone?.label).toBe(`Correct publisher and date of ${extracted.path}`);
    expect(await find003(wb)).toMatchObject({
      published: extracted.published,
      outlet: extracted.outlet,
    });
    expect((await wb.call('article:get', { id: extracted.id })).corrected).toBeUndefined();
    expect((await wb.call('corpus:facets')).outlets.map((o) => o.name)).not.toContain(
      'London News Net',
    );
  });

  it('keeps the extracted value beside the correction, and clearing it goes back to that value', async () => {
    const wb = await seedApp();
    const hit = await find003(wb);
    await wb.call('article:correct', {
      articleId: hit.id,
      set: { title: 'Putin offers a freeze' },
    });
    await wb.call('article:correct', {
      articleId: hit.id,
      set: { title: 'Putin offers a ceasefire' },
    });
    expect(await wb.call('article:corrections', { articleId: hit.id })).toMatchObject([
      { field: 'title', value: 'Putin offers a ceasefire', extractedAtCorrection: hit.title },
    ]);
    const cleared = await wb.call('article:correct', { articleId: hit.id, clear: ['title'] });
    expect(cleared.title).toBe(hit.title);
    expect(await wb.call('article:corrections', { articleId: hit.id })).toEqual([]);
    expect((await wb.call('workspace:info')).undoLabel).toBe(
      `Clear corrected title of ${hit.path}`,
    );
  });

  it.each([
    [{ published: '22/04/2025' }, /a date is written YYYY-MM-DD/],
    [{ published: '2025-02-30' }, /a date is written YYYY-MM-DD/],
    [{ title: '   ' }, /A title cannot be empty/],
  ])('refuses %o with a clear message and changes nothing', async (set, message) => {
    const wb = await seedApp();
    const hit = await find003(wb);
    const result = await dispatch(wb.handlers, 'article:correct', { articleId: hit.id, set });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(await wb.call('article:corrections')).toEqual([]);
    expect(await find003(wb)).toMatchObject({ published: hit.published, title: hit.title });
    expect((await wb.call('workspace:info')).undoLabel).toBeNull();
  });

  it('switches corrections with the workspace', async () => {
    const wb = await seedApp();
    const hit = await find003(wb);
    const fileByline = (await wb.call('article:get', { id: hit.id })).byline;
    await wb.call('article:correct', { articleId: hit.id, set: { byline: 'Jane Doe' } });
    const folders = (await wb.call('corpus:list')).map((f) => f.path);
    await wb.call('workspace:new', { file: `${await tempDir()}/other.parley` });
    for (const path of folders) await wb.call('corpus:add', { path });
    await wb.idle();
    expect((await wb.call('article:get', { id: hit.id })).byline).toBe(fileByline);
    const first = (await wb.call('workspace:recent'))[1]?.file ?? '';
    await wb.call('workspace:open', { file: first });
    await wb.idle();
    expect((await wb.call('article:get', { id: hit.id })).byline).toBe('Jane Doe');
  });
});
