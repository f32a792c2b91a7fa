import { describe, expect, it } from 'vitest';
import { clusterQuotations, findQuoteDrift, type DriftArticle } from './quote-drift';

const seedWordings = [
  'There is a lot of pressure on Kyiv right now to give up on things so Trump can claim victory',
  'There is now a lot of pressure on Kiev to give up certain things so that Trump can declare victory',
  'There is significant pressure on Kyiv to make concessions so that Trump can declare success',
];
const unrelated = 'There are signals, ideas, discussions, but this is not an official proposal';

const article = (id: string, text: string): DriftArticle => ({
  id,
  path: `${id}.txt`,
  title: `Title ${id}`,
  outlet: null,
  text,
});

describe('clustering quotations that render one statement', () => {
  it('puts the three seed wordings together and leaves an unrelated quotation out', () => {
    const quoted = [
      ...seedWordings.map((text, i) => ({ article: `a${i}`, text })),
      { article: 'a0', text: unrelated },
      { article: 'a2', text: 'Ukraine will not recognise the occupation of Crimea, Zelensky said' },
    ];
    expect(clusterQuotations(quoted)).toEqual([[0, 1, 2]]);
  });

  it('never joins quotations of one article by themselves', () => {
    const quoted = seedWordings.map((text) => ({ article: 'same', text }));
    expect(clusterQuotations(quoted)).toEqual([]);
  });
});

describe('quote drift in a relay group', () => {
  it('lists each wording with its offsets and a word diff from the reference', () => {
    const articles = seedWordings.map((w, i) =>
      article(`a${i}`, `Intro ${i}.\n“${w},” one official said. "${unrelated}," Zelensky said.`),
    );
    const [drift, ...rest] = findQuoteDrift(articles);
    expect(rest).toEqual([]);
    expect(drift?.wordings).toBe(3);
    const variants = drift?.variants ?? [];
    expect(variants.map((v) => v.text).sort()).toEqual([...seedWordings].sort());
    for (const v of variants) {
      const text = articles.find((a) => a.id === v.articleId)?.text ?? '';
      expect(text.slice(v.start, v.end)).toBe(v.text);
      // The diff rebuilds the reference from its `same` and `removed` parts, the variant from `same` and `added`.
      const from = v.diff
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join('');
      const to = v.diff
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join('');
      expect(from).toBe(variants[0]?.text);
      expect(to).toBe(v.text);
    }
    expect(variants[0]?.diff.every((p) => p.kind === 'same')).toBe(true);
    // The reference is the wording most like the others: 001's, between the other two.
    expect(variants[0]?.articleId).toBe('a1');
    expect(variants[2]?.diff).toContainEqual({ kind: 'added', text: 'success' });
  });

  it('finds no drift where every article quotes the same words', () => {
    const articles = ['a', 'b', 'c'].map((id) =>
      article(id, `“${seedWordings[0]!},” an official said. «${unrelated}».`),
    );
    expect(findQuoteDrift(articles)).toEqual([]);
  });

  it('finds drift when two of three articles agree and one differs', () => {
    const articles = [seedWordings[0]!, seedWordings[0]!, seedWordings[1]!].map((w, i) =>
      article(`a${i}`, `“${w}.”`),
    );
    const drift = findQuoteDrift(articles);
    expect(drift.map((d) => [d.wordings, d.variants.length])).toEqual([[2, 3]]);
  });

  it('ignores quotations too short to compare', () => {
    const articles = [
      article('a', 'It was a “truce” they said.'),
      article('b', 'It was a “truce, really”.'),
    ];
    expect(findQuoteDrift(articles)).toEqual([]);
  });
});
