import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from './services/handlers';
import { cleanUp, seedApp, tempDir, type TestApp } from './compose-test-support';

afterEach(cleanUp);

const ids = async (wb: TestApp, text: string): Promise<string[]> =>
  (await wb.call('search:query', { text, limit: 50 })).hits.map((h) => h.id).sort();

describe('variants:set', () => {
  it("adds the analyst's spelling to a shipped set, expands searches through it, and undo takes it away", async () => {
    const wb = await seedApp();
    const kyiv = await ids(wb, 'Kyiv');
    expect(kyiv.length).toBeGreaterThan(0);
    expect(await ids(wb, 'Kyjiw')).toEqual([]);
    expect((await wb.call('variants:list')).builtIn).toContainEqual(
      expect.arrayContaining(['Kyiv', 'Kiev']),
    );

    const table = await wb.call('variants:set', { name: 'Kyiv', spellings: ['Kyiv', ' Kyjiw '] });
    expect(table.analyst).toMatchObject([{ name: 'Kyiv', spellings: ['Kyiv', 'Kyjiw'] }]);
    expect(await ids(wb, 'Kyjiw')).toEqual(kyiv);
    // Through the shipped set too: the old spelling now finds the analyst's one, and says so.
    const viaKiev = await wb.call('search:query', { text: 'Kiev' });
    expect(viaKiev.notice).toContain('Kyjiw');
    // Quoted, the spelling stands alone.
    expect(await ids(wb, '"Kyjiw"')).toEqual([]);

    expect((await wb.call('workspace:undo'))?.label).toBe('Set spellings of Kyiv');
    expect((await wb.call('variants:list')).analyst).toEqual([]);
    expect(await ids(wb, 'Kyjiw')).toEqual([]);
    await wb.call('workspace:redo');
    expect(await ids(wb, 'Kyjiw')).toEqual(kyiv);
  });

  it('makes a new set of names the shipped table lacks', async () => {
    const wb = await seedApp();
    const putin = await ids(wb, 'Putin');
    expect(await ids(wb, 'Poutine')).toEqual([]);
    await wb.call('variants:set', { name: 'Poutine', spellings: ['Poutine', 'Putin'] });
    expect(await ids(wb, 'Poutine')).toEqual(putin);
  });

  it.each([
    [{ name: 'Kyiv', spellings: ['Kyjiw'] }, /at least two different spellings/],
    [{ name: 'Kyiv', spellings: ['Kyiv', 'KYIV'] }, /at least two different spellings/],
    [{ name: 'Kyiv', spellings: ['Kyiv', '  '] }, /A spelling cannot be empty/],
    [{ name: ' ', spellings: ['Kyiv', 'Kyjiw'] }, /needs a name/],
    [{ name: 'Kyiv', spellings: ['Kyiv', 'Kyjiw city'] }, /more than one word/],
  ])('refuses %o with a clear message and changes nothing', async (input, message) => {
    const wb = await seedApp();
    const result = await dispatch(wb.handlers, 'variants:set', input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message).toMatch(message);
    }
    expect((await wb.call('variants:list')).analyst).toEqual([]);
    expect((await wb.call('workspace:info')).undoLabel).toBeNull();
    expect(await ids(wb, 'Kyjiw')).toEqual([]);
  });

  it('switches variant sets with the workspace', async () => {
    const wb = await seedApp();
    await wb.call('variants:set', { name: 'Kyiv', spellings: ['Kyiv', 'Kyjiw'] });
    const folders = (await wb.call('corpus:list')).map((f) => f.path);
    await wb.call('workspace:new', { file: `${await tempDir()}/other.parley` });
    for (const path of folders) await wb.call('corpus:add', { path });
    await wb.idle();
    expect(await ids(wb, 'Kyjiw')).toEqual([]);
    const first = (await wb.call('workspace:recent'))[1]?.file ?? '';
    await wb.call('workspace:open', { file: first });
    await wb.idle();
    expect((await ids(wb, 'Kyjiw')).length).toBeGreaterThan(0);
  });
});
