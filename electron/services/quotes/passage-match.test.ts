import { describe, expect, it } from 'vitest';
import {
  containsWords,
  matchPassage,
  matchWords,
  nearThreshold,
  passageSimilarity,
  preparePassage,
} from './passage-match';

const article = (middle: string) =>
  `Talks resumed in London on Wednesday.\n\n${middle}\n\nThe Kremlin did not comment on the report.`;

describe('matchWords', () => {
  it('sets aside case, quotation marks, dashes, apostrophes and spacing', () => {
    expect(matchWords('“Trump’s  envoy” – didn’t:\nNO')).toEqual(['trump', 'envoy', 'didnt', 'no']);
    expect(matchWords("Trump's envoy - didn't no")).toEqual(['trump', 'envoy', 'didnt', 'no']);
  });

  it('folds the Kiev and Kyiv spellings into one', () => {
    expect(matchWords('Kiev')).toEqual(matchWords('Kyiv'));
    expect(matchWords('Kiev’s control')).toEqual(['kyiv', 'control']);
  });

  it('takes words that name object properties for plain words', () => {
    expect(matchWords('The constructor of toString')).toEqual([
      'the',
      'constructor',
      'of',
      'tostring',
    ]);
    const q = preparePassage('the constructor of the plant said hasOwnProperty');
    expect(matchPassage(q, 'Today the constructor of the plant said hasOwnProperty.')?.match).toBe(
      'exact',
    );
  });
});

describe('matchPassage', () => {
  const quote =
    'There is a lot of pressure on Kyiv right now to give up on things so Trump can claim victory';

  it('finds the passage word for word despite typography and case', () => {
    const text = article(
      '“THERE is a lot of pressure on Kyiv — right now — to give up on things, so Trump can claim victory,” one official said.',
    );
    expect(matchPassage(preparePassage(quote), text)).toEqual({ match: 'exact', similarity: 1 });
  });

  it('finds a reworded version of it as near, with its likeness', () => {
    const text = article(
      '"There is now a lot of pressure on Kiev to give up certain things so that Trump can declare victory," said one European official.',
    );
    const result = matchPassage(preparePassage(quote), text);
    expect(result?.match).toBe('near');
    expect(result?.similarity).toBeGreaterThanOrEqual(nearThreshold);
    expect(result?.similarity).toBeLessThan(1);
  });

  it('does not take a decoy that shares only a few words for the passage', () => {
    const text = article(
      'There is no pressure on Trump to claim anything right now, a spokesman in Washington said of the polls.',
    );
    expect(matchPassage(preparePassage(quote), text)).toBeNull();
    expect(passageSimilarity(preparePassage(quote), text)).toBeLessThan(nearThreshold);
  });

  it('does not match an article that has the words scattered far apart', () => {
    const text = [
      'There is a new plan.',
      'A lot of officials met.',
      'The pressure on markets eased.',
      'Kyiv was quiet right now.',
      'Voters give up on things.',
      'So Trump can golf.',
      'Nobody will claim victory.',
    ].join(' Unrelated filler words about weather, football scores and the price of bread. ');
    expect(matchPassage(preparePassage(quote), text)).toBeNull();
  });

  it('matches a short quote inside a long sentence exactly, and nothing for an empty quote', () => {
    const text = article(
      'All those Russian officials claimed that the future of Crimea itself is not up for discussion.',
    );
    expect(
      matchPassage(preparePassage('Crimea itself is not up for discussion'), text)?.match,
    ).toBe('exact');
    expect(matchPassage(preparePassage('—'), text)).toBeNull();
  });

  it('finds a longer passage that relays changed in a word or two', () => {
    const original =
      'The Russian president told Steve Witkoff, Trump’s special envoy, during a meeting in St Petersburg earlier this month that Moscow could relinquish its claims to areas of four partly occupied Ukrainian regions that remain under Kyiv’s control.';
    const relayed = article(
      "Putin said during a meeting with Steve Witkoff, Trump's special envoy, earlier this month in St. Petersburg that Moscow could give up its claims to territories in four partially occupied Ukrainian regions that remain under Kiev's control, three people confirmed.",
    );
    expect(matchPassage(preparePassage(original), relayed)?.match).toBe('near');
  });
});

describe('figures', () => {
  it('takes one figure in place of another for another claim, not a rewording', () => {
    const quote = preparePassage(
      'The bank revised its estimate of the market shortage up to 300 mln stg from 250 mln',
    );
    const sameDay = article(
      'The Bank of England revised its estimate of the market shortage up to 300 mln stg from 250 mln earlier.',
    );
    const nextDay = article(
      'The bank revised its estimate of the market shortage up to 450 mln stg from 400 mln.',
    );
    expect(matchPassage(quote, sameDay)?.match).toBe('near');
    expect(matchPassage(quote, nextDay)).toBeNull();
  });
});

describe('containsWords', () => {
  it('needs the words in a row and whole', () => {
    expect(containsWords(['a', 'bc', 'd'], ['bc', 'd'])).toBe(true);
    expect(containsWords(['a', 'bcd'], ['bc'])).toBe(false);
    expect(containsWords(['a', 'x', 'b'], ['a', 'b'])).toBe(false);
    expect(containsWords(['a'], [])).toBe(false);
  });
});
