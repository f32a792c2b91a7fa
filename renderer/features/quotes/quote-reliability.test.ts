// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeQuote } from '../../../shared/testing/quote-fixtures';
import { pairDescription, relayLine } from './quote-reliability';

const quote = makeQuote;

describe('a quote’s Admiralty pair in words', () => {
  it('names the origin outlet, its reliability and the quote’s credibility', () => {
    const relayed = quote({
      grade: 2,
      reliability: { outlet: 'Financial Times', publisher: 'Daily Relay', grade: 'B', pair: 'B2' },
    });
    expect(pairDescription(relayed)).toBe('Financial Times: usually reliable · probably true');
    expect(relayLine(relayed)).toBe('via Financial Times, published by Daily Relay');
  });

  it('says which side is not graded, and shows no relay for own reporting', () => {
    const own = quote({
      reliability: { outlet: 'Reuters', publisher: 'Reuters', grade: null, pair: '??' },
    });
    expect(pairDescription(own)).toBe('Reuters: source not graded · information not graded');
    expect(relayLine(own)).toBeNull();
    expect(pairDescription(quote({}))).toBeNull();
    const unknownPublisher = quote({
      reliability: { outlet: 'Financial Times', publisher: null, grade: null, pair: '??' },
    });
    expect(relayLine(unknownPublisher)).toBe('via Financial Times, publisher unknown');
  });
});
