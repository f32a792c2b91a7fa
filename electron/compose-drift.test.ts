import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, compose, tempDir } from './compose-test-support';
import { dispatch } from './services/handlers';
import { createSearchLibrary } from './services/search';

afterEach(cleanUp);

const wordings: Record<string, string> = {
  '001_ddacea61b1a97b41.txt':
    'There is now a lot of pressure on Kiev to give up certain things so that Trump can declare victory',
  '002_ab63c80d0dc298f2.txt':
    'There is a lot of pressure on Kyiv right now to give up on things so Trump can claim victory',
  '003_e738584affd771fc.txt':
    'There is significant pressure on Kyiv to make concessions so that Trump can declare success',
};

describe('origins:drift', () => {
  it('shows the three wordings of the European official in the FT group, where each article has them', async () => {
    const wb = await compose((o) => createSearchLibrary({ ...o, workers: 0 }), {
      dataDir: await tempDir(),
    });
    await wb.idle();
    const summary = await wb.call('origins:summary');
    const ft = summary.groups.find((g) => g.origin === 'Financial Times');
    expect(ft?.articleIds).toHaveLength(4);

    const drift = await wb.call('origins:drift', { articleIds: ft?.articleIds ?? [] });
    const pressure = drift.find((d) => d.variants.some((v) => v.text.includes('pressure on')));
    expect(pressure?.wordings).toBe(3);
    const variants = pressure?.variants ?? [];
    expect(Object.fromEntries(variants.map((v) => [v.path, v.text]))).toEqual(wordings);
    for (const v of variants) {
      const article = await wb.call('article:get', { id: v.articleId });
      expect(article.text.slice(v.start, v.end)).toBe(v.text);
      expect(v.title).toBe(article.title);
    }
    // No other cluster takes in a wording of that statement.
    const elsewhere = drift.filter((d) => d !== pressure).flatMap((d) => d.variants);
    expect(elsewhere.filter((v) => v.text.includes('pressure on'))).toEqual([]);
    // 000's “peace in a week” is too thin to compare: it would join 001's Remchukov quotation by
    // the stem of "peacekeeping".
    expect(elsewhere.map((v) => v.text)).not.toContain('peace in a week');
    expect(drift).toHaveLength(2);
  });

  it('answers a clear error for an unknown article and for no articles at all', async () => {
    const wb = await compose((o) => createSearchLibrary({ ...o, workers: 0 }), {
      dataDir: await tempDir(),
    });
    await wb.idle();
    const { groups } = await wb.call('origins:summary');
    const known = groups[0]?.articleIds[0] ?? '';
    expect(
      await dispatch(wb.handlers, 'origins:drift', { articleIds: [known, 'k:gone.txt'] }),
    ).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'No indexed article k:gone.txt: quote drift compares indexed articles only.',
      },
    });
    expect(await dispatch(wb.handlers, 'origins:drift', { articleIds: [] })).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Invalid input for origins:drift: articleIds: name the articles of a relay group',
      },
    });
  });
});
