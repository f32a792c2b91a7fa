import { describe, expect, it } from 'vitest';
import { wordSpans } from '../search/language';
import { defaultVariantIndex, variantKey } from '../search/name-variants';
import { actsAsAgent, findNames, namePatterns } from './passage-match';

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
