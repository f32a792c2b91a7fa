import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from './services/handlers';
import { cleanUp, seedApp, seedIdOf } from './compose-test-support';

afterEach(cleanUp);

describe('origins:article and origins:group over the seeds', () => {
  it("gives 000's attribution spans with offsets into its text, and its relay group", async () => {
    const wb = await seedApp();
    const summary = await wb.call('origins:summary');
    const id = seedIdOf(summary, '000');
    const view = await wb.call('origins:article', { id });
    const { text } = await wb.call('article:get', { id });
    expect(view.origin).toBe('Financial Times');
    expect(view.group).toHaveLength(4);
    expect(view.attributions.length).toBeGreaterThan(3);
    for (const a of view.attributions) expect(text.slice(a.start, a.end)).toBe(a.cue);
    expect(view.attributions.find((a) => a.kind === 'credit')?.outlet).toBe('AFP');
  });

  it("shows the analyst's origin beside the computed one", async () => {
    const wb = await seedApp();
    const id = seedIdOf(await wb.call('origins:summary'), '002');
    await wb.call('decision:make', { kind: 'set-origin', articleId: id, origin: null });
    const view = await wb.call('origins:article', { id });
    expect(view.origin).toBeNull();
    expect(view.computedOrigin).toBe('Financial Times');
    expect(view.group).toEqual([id]);
  });

  it('says why the FT relays are one group: their cues, shared passages and offsets', async () => {
    const wb = await seedApp();
    const summary = await wb.call('origins:summary');
    const evidence = await wb.call('origins:group', { articleId: seedIdOf(summary, '001') });
    expect(evidence.origin).toBe('Financial Times');
    expect(evidence.members).toHaveLength(4);
    expect(evidence.members.every((m) => m.cues.every((c) => c.outlet === 'Financial Times'))).toBe(
      true,
    );
    expect(evidence.reasons[0]).toMatch(/of 4 articles credit Financial Times/);
    expect(evidence.shared.length).toBeGreaterThan(0);
    for (const passage of evidence.shared)
      for (const at of passage.in) {
        const { text } = await wb.call('article:get', { id: at.articleId });
        expect(text.slice(at.start, at.end).toLowerCase().replace(/\W+/g, ' ')).toBe(
          passage.text.toLowerCase().replace(/\W+/g, ' '),
        );
      }
    const reuters = await wb.call('origins:group', { articleId: seedIdOf(summary, '004') });
    expect(reuters.members).toHaveLength(1);
    expect(reuters.reasons[0]).toMatch(/no other article relays the same report/);
  });

  it('answers an unknown article with a clear message', async () => {
    const wb = await seedApp();
    const result = await dispatch(wb.handlers, 'origins:article', { id: 'nope' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/No indexed article nope/);
  });
});
