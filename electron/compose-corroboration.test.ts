import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanUp,
  compose,
  folderWith,
  seedsDir,
  tempDir,
  type TestApp,
} from './compose-test-support';
import { createSearchLibrary } from './services/search';

afterEach(cleanUp);

const appOver = async (corpora?: string[]): Promise<TestApp> => {
  const wb = await compose((o) => createSearchLibrary({ ...o, workers: 0 }), {
    dataDir: await tempDir(),
    ...(corpora ? { corpora } : {}),
  });
  await wb.idle();
  return wb;
};

const idOf = async (wb: TestApp, prefix: string): Promise<string> => {
  const { origins } = await wb.call('origins:summary');
  const id = Object.keys(origins).find((key) => key.split('/').pop()?.includes(prefix));
  if (!id) throw new Error(`no article ${prefix} in ${Object.keys(origins).join(', ')}`);
  return id;
};

/** Pins `passage` of the article whose file name contains `prefix`; answers the quote id. */
const pin = async (wb: TestApp, prefix: string, passage: string): Promise<string> => {
  const articleId = await idOf(wb, prefix);
  const { text } = await wb.call('article:get', { id: articleId });
  const start = text.indexOf(passage);
  expect(start).toBeGreaterThanOrEqual(0);
  const quote = await wb.call('quote:pin', { articleId, start, end: start + passage.length });
  return quote.id;
};

const kyivPressure =
  'There is a lot of pressure on Kyiv right now to give up on things so Trump can claim victory';

describe('quote:corroboration over the seeds', () => {
  it('counts the FT relays that carry the Kyiv quotation as one independent origin', async () => {
    const wb = await appOver();
    const id = await pin(wb, '002_', kyivPressure);

    const c = await wb.call('quote:corroboration', { id });
    expect(c.articles[0]).toMatchObject({
      match: 'exact',
      similarity: 1,
      origin: 'Financial Times',
    });
    expect(c.articles[0]?.path).toMatch(/^002_/);
    // 001 words it "There is now a lot of pressure on Kiev to give up certain things…".
    expect(c.articles.find((a) => a.path.startsWith('001_'))?.match).toBe('near');
    expect(c.articles.every((a) => a.origin === 'Financial Times')).toBe(true);
    expect(c.articles.some((a) => a.path.startsWith('004_'))).toBe(false);
    expect(c.independentOrigins).toBe(1);
    expect(c.origins).toEqual(['Financial Times']);
    expect(c.quoteOrigin).toEqual({ kind: 'relay', outlet: 'Financial Times' });
  });

  it('refuses grade 1 with the reason, changes nothing and records no undo step', async () => {
    const wb = await appOver();
    const id = await pin(wb, '002_', kyivPressure);
    await wb.call('quote:update', { id, note: 'EU official', grade: 3 });
    const undoBefore = (await wb.call('workspace:info')).undoLabel;

    await expect(wb.call('quote:update', { id, grade: 1, note: 'confirmed?' })).rejects.toThrow(
      'Grade 1 (confirmed by other independent sources) needs at least 2 independent origins carrying this passage; it has 1 (Financial Times).',
    );
    const [quote] = await wb.call('quote:list');
    expect(quote).toMatchObject({ id, grade: 3, note: 'EU official' });
    expect((await wb.call('workspace:info')).undoLabel).toBe(undoBefore);

    // Other grades need no corroboration.
    expect((await wb.call('quote:update', { id, grade: 2 })).grade).toBe(2);
  });

  it('refuses to pin with grade 1 a passage only one origin carries', async () => {
    const wb = await appOver();
    const articleId = await idOf(wb, '002_');
    const { text } = await wb.call('article:get', { id: articleId });
    const start = text.indexOf(kyivPressure);
    await expect(
      wb.call('quote:pin', { articleId, start, end: start + kyivPressure.length, grade: 1 }),
    ).rejects.toThrow(/needs at least 2 independent origins/);
    expect(await wb.call('quote:list')).toEqual([]);
  });
});

describe('quote:corroboration across two origins', () => {
  const zelensky =
    'Ukraine will not recognize the occupation of Crimea. This is our territory, the territory of the Ukrainian people, there is nothing to discuss there.';

  /** An FT relay (seed 001) and the Reuters report (seed 004) that also carries Zelensky's words. */
  const twoOrigins = async (): Promise<string> => {
    const ft = await readFile(join(seedsDir, '001_ddacea61b1a97b41.txt'), 'utf8');
    const reuters = await readFile(join(seedsDir, '004_4d5fc55baaf930ef.txt'), 'utf8');
    return folderWith({
      '001_ft-relay.txt': ft,
      '004_reuters.txt': reuters.replace(
        'Background:\n',
        `Background:\n- On Crimea, Zelensky said: "${zelensky}"\n`,
      ),
    });
  };

  it('counts an FT relay and the Reuters report as two, and accepts grade 1', async () => {
    const wb = await appOver([await twoOrigins()]);
    expect((await wb.call('origins:summary')).independentOrigins).toBe(2);
    const id = await pin(wb, '001_', zelensky);

    const c = await wb.call('quote:corroboration', { id });
    expect(c.articles.map((a) => [a.path, a.match, a.origin])).toEqual([
      ['001_ft-relay.txt', 'exact', 'Financial Times'],
      ['004_reuters.txt', 'exact', 'Reuters'],
    ]);
    expect(c.independentOrigins).toBe(2);
    expect(c.origins).toEqual(['Financial Times', 'Reuters']);

    expect((await wb.call('quote:update', { id, grade: 1 })).grade).toBe(1);
    expect((await wb.call('workspace:info')).undoLabel).toBe(`Edit grade of ${id}`);
  });

  it('counts the two once the analyst merges them into one relay group', async () => {
    const wb = await appOver([await twoOrigins()]);
    const id = await pin(wb, '001_', zelensky);
    await wb.call('decision:make', {
      kind: 'merge',
      articleId: await idOf(wb, '004_'),
      withArticleId: await idOf(wb, '001_'),
    });

    expect((await wb.call('quote:corroboration', { id })).independentOrigins).toBe(1);
    await expect(wb.call('quote:update', { id, grade: 1 })).rejects.toThrow(/it has 1 /);
  });
});
