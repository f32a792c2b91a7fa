import { describe, expect, it } from 'vitest';
import { wordSpans } from '../search/language';
import { defaultVariantIndex, variantKey } from '../search/name-variants';
import { actsAsAgent, findNames, namePatterns, speakerSide } from './passage-match';

const words = (sentence: string) =>
  wordSpans(sentence).map((w) => ({ word: w.word, key: variantKey(w.word) }));
const labels = (names: string[], sentence: string) =>
  findNames(words(sentence), namePatterns(names, defaultVariantIndex)).map((f) => f.label);

describe('finding party names and issue terms in a sentence', () => {
  const cases: { names: string[]; sentence: string; found: string[] }[] = [
    { names: ['Crimea'], sentence: 'The Crimean peninsula was annexed.', found: ['Crimea'] },
    { names: ['Крым'], sentence: 'Ситуация в Крыму остаётся сложной.', found: ['Крым'] },
    { names: ['Zelensky'], sentence: 'Зеленський заявив про це.', found: ['Зеленський'] },
    { names: ['US'], sentence: 'Let us use the US proposal.', found: ['US'] },
    { names: ['US'], sentence: 'Tell us what you think.', found: [] },
    { names: ['U.S.'], sentence: 'The U.S. has proposed its own ideas.', found: ['U.S.'] },
    {
      names: ['European Union'],
      sentence: 'The European Union said so.',
      found: ['European Union'],
    },
    { names: ['European Union'], sentence: 'The European officials said so.', found: [] },
    { names: ['NATO'], sentence: 'Natalia spoke to НАТО officials.', found: ['НАТО'] },
    { names: ['Kherson'], sentence: 'Бои под Херсоном продолжаются.', found: ['Херсон'] },
  ];
  it.each(cases)('$names in "$sentence"', ({ names, sentence, found }) => {
    expect(labels(names, sentence)).toEqual(found);
  });

  it('takes a name shortly before a stance or speech cue for the one acting', () => {
    const w = words('Zelensky on Tuesday categorically rejected any idea of recognising Crimea.');
    expect(actsAsAgent(w, [{ at: 0 }])).toBe(true);
    const far = words(
      'After the talks that went on for many long hours in the city, Zelensky left.',
    );
    expect(actsAsAgent(far, [{ at: 13 }])).toBe(false);
  });
});

describe('whose statement a sentence is', () => {
  const side = (sentence: string, ours: string[], theirs: string[]) => {
    const w = words(sentence);
    const find = (names: string[]) => findNames(w, namePatterns(names, defaultVariantIndex));
    return speakerSide(w, find(ours), find(theirs));
  };
  const russia = ['Russia', 'Putin', 'Russian officials', 'Путин', 'Росія'];
  const others = ['Ukraine', 'Zelensky', 'Washington', 'US', 'Україна', 'Зеленський'];
  const cases: { sentence: string; want: 'ours' | 'theirs' | null }[] = [
    {
      sentence: 'Zelensky said he has rejected any recognition of Russian sovereignty over Crimea.',
      want: 'theirs',
    },
    {
      sentence: 'In response, Washington allegedly offered the recognition of Crimea as Russian.',
      want: 'theirs',
    },
    { sentence: 'Russian officials have said that Ukraine must abandon NATO.', want: 'ours' },
    { sentence: 'One source said that Putin might give up his claims.', want: 'ours' },
    { sentence: 'О Донбассе вчера заявил Путин в интервью.', want: 'ours' },
    { sentence: 'Зеленський підкреслив, що Україна не визнає анексії Криму.', want: 'theirs' },
    { sentence: 'За словами Путіна, Росія не поверне Крим.', want: 'ours' },
    { sentence: 'Crimea and Russia were discussed at length.', want: null },
  ];
  it.each(cases)('"$sentence" is $want', ({ sentence, want }) => {
    expect(side(sentence, russia, others)).toBe(want);
  });
});
