import { describe, expect, it } from 'vitest';
import { sharedPassages } from './shared-passages';

const a = {
  articleId: 'a',
  text: 'Officials said on Monday that the ceasefire line would be frozen along the front. Other news followed.',
};
const b = {
  articleId: 'b',
  text: 'Kyiv reacted. Officials said on Monday that the ceasefire line would be frozen, a source added.',
};
const c = { articleId: 'c', text: 'Nothing in common here but the word ceasefire and Monday.' };

describe('sharedPassages', () => {
  it('finds the longest run two articles carry word for word, with offsets in each', () => {
    const [passage, ...rest] = sharedPassages([a, b, c]);
    expect(rest).toEqual([]);
    expect(passage?.text).toBe('Officials said on Monday that the ceasefire line would be frozen');
    expect(passage?.words).toBe(11);
    for (const at of passage?.in ?? []) {
      const text = [a, b, c].find((x) => x.articleId === at.articleId)?.text ?? '';
      expect(text.slice(at.start, at.end)).toBe(passage?.text);
    }
    expect(passage?.in.map((x) => x.articleId).sort()).toEqual(['a', 'b']);
  });

  it('ignores case and punctuation but not a run shorter than the minimum', () => {
    const upper = { articleId: 'u', text: 'OFFICIALS SAID, ON MONDAY, THAT THE CEASEFIRE...' };
    expect(sharedPassages([a, upper])[0]?.words).toBe(7);
    expect(sharedPassages([a, upper], { minWords: 8 })).toEqual([]);
  });

  it('does not run a passage across a paragraph break', () => {
    const x = { articleId: 'x', text: 'one two three four\n\nfive six seven eight' };
    const y = { articleId: 'y', text: 'one two three four five six seven eight' };
    expect(sharedPassages([x, y], { minWords: 4 }).map((p) => p.text)).toEqual([
      'one two three four',
      'five six seven eight',
    ]);
  });
});
