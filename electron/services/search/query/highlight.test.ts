import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createHighlighter, makeSnippet, matchRanges } from './highlight';
import { parseQuery } from './parse-query';
import { wordMatcher } from './terms';
import { wordSpans } from '../language';

const seed004 = readFileSync(
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../../seeds/004_4d5fc55baaf930ef.txt'),
  'utf8',
);

const marked = (text: string, query: string): string[] =>
  matchRanges(text, parseQuery(query)).map((r) => text.slice(r.start, r.end));

describe('matchRanges', () => {
  it('highlights stemmed variants of a query word', () => {
    const text =
      'Negotiations stalled; negotiators will negotiate again, said the negotiating team.';
    // Porter stems "negotiators" to the same term as "negotiate", so the index finds it too.
    expect(marked(text, 'negotiate')).toEqual([
      'Negotiations',
      'negotiators',
      'negotiate',
      'negotiating',
    ]);
  });

  it('highlights prefixes and fuzzy spellings', () => {
    const text = 'Zelenskyy met Zelensky; Zaporizhia and Zaporizhzhia are one region.';
    expect(marked(text, 'Zaporiz*')).toEqual(['Zaporizhia', 'Zaporizhzhia']);
    expect(marked(text, 'Zelensky~1')).toEqual(['Zelenskyy', 'Zelensky']);
    expect(marked(text, 'Zelensky')).toEqual(['Zelensky']);
  });

  it('highlights a whole phrase, and only where its words are adjacent', () => {
    const text = 'A land bridge to Crimea. The bridge over land is another thing.';
    expect(marked(text, '"land bridge"')).toEqual(['land bridge']);
  });

  it('tells "Easter truce" from "Eastern truce"', () => {
    const text = 'The Easter truce held; the Eastern truce did not.';
    expect(marked(text, '"Easter truce"')).toEqual(['Easter truce']);
  });

  it('merges overlapping matches into one range', () => {
    const text = 'The land bridge matters.';
    expect(marked(text, '"land bridge" bridge land')).toEqual(['land bridge']);
  });

  it('does not highlight excluded words or phrases', () => {
    const text = 'Reuters reports Putin spoke of a land bridge.';
    expect(marked(text, 'Putin -Reuters -"land bridge"')).toEqual(['Putin']);
  });

  it('highlights Russian word forms and exact Ukrainian words in Cyrillic text', () => {
    const ru = 'Переговоры зашли в тупик, и переговорами никто не занимается.';
    expect(marked(ru, 'переговоров')).toEqual(['Переговоры', 'переговорами']);
    const uk = 'Пам’ять живе, війна триває.';
    expect(marked(uk, "пам'ять")).toEqual(['Пам’ять']);
    expect(marked(uk, '"війна триває"')).toEqual(['війна триває']);
  });

  it('skips clauses scoped to another field when told which field the text is', () => {
    const query = parseQuery('title:Putin Crimea');
    const text = 'Putin on Crimea';
    const words = (field?: 'title' | 'body') =>
      matchRanges(text, query, field).map((r) => text.slice(r.start, r.end));
    expect(words('body')).toEqual(['Crimea']);
    expect(words('title')).toEqual(['Putin', 'Crimea']);
    expect(words()).toEqual(['Putin', 'Crimea']);
  });

  it('returns sorted, non-overlapping ranges', () => {
    const ranges = matchRanges(seed004, parseQuery('Putin Trump "land bridge" Crimea* ceasefire'));
    expect(ranges.length).toBeGreaterThan(5);
    for (let i = 1; i < ranges.length; i++) {
      expect(ranges[i]!.start).toBeGreaterThan(ranges[i - 1]!.end);
    }
  });
});

describe('makeSnippet', () => {
  it('centres on the densest cluster of matches and re-bases the highlights', () => {
    const ranges = matchRanges(seed004, parseQuery('"land bridge" Crimea'));
    const { snippet, highlights } = makeSnippet(seed004, ranges);
    expect(snippet.length).toBeLessThanOrEqual(242);
    expect(snippet).toContain('land bridge');
    expect(highlights.map((h) => snippet.slice(h.start, h.end))).toContain('land bridge');
    for (const h of highlights)
      expect(snippet.slice(h.start, h.end)).toMatch(/^(land bridge|Crimea)$/i);
  });

  it('cuts at word boundaries and marks the cuts with an ellipsis', () => {
    const text = `${'alpha beta gamma '.repeat(40)}Crimea ${'delta epsilon zeta '.repeat(40)}`;
    const { snippet, highlights } = makeSnippet(text, matchRanges(text, parseQuery('Crimea')), 100);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(102);
    const inner = snippet.slice(1, -1);
    const words = new Set(['alpha', 'beta', 'gamma', 'Crimea', 'delta', 'epsilon', 'zeta']);
    for (const word of inner.split(' ')) expect(words.has(word)).toBe(true);
    expect(highlights).toHaveLength(1);
    expect(snippet.slice(highlights[0]!.start, highlights[0]!.end)).toBe('Crimea');
  });

  it('collapses line breaks and runs of spaces without losing highlight positions', () => {
    const text = 'Title\n\n   The   Kremlin\n said\tno.';
    const { snippet, highlights } = makeSnippet(text, matchRanges(text, parseQuery('Kremlin no')));
    expect(snippet).toBe('Title The Kremlin said no.');
    expect(highlights.map((h) => snippet.slice(h.start, h.end))).toEqual(['Kremlin']);
  });

  it('starts at the beginning of the text when nothing matched', () => {
    const { snippet, highlights } = makeSnippet(seed004, []);
    expect(seed004.replace(/\s+/g, ' ').startsWith(snippet.replace(/…$/, ''))).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(highlights).toEqual([]);
  });

  it('returns a short text whole', () => {
    const text = 'Putin offers a freeze.';
    const { snippet, highlights } = makeSnippet(text, matchRanges(text, parseQuery('freezing')));
    expect(snippet).toBe(text);
    expect(highlights.map((h) => snippet.slice(h.start, h.end))).toEqual(['freeze']);
  });

  it('ignores ranges outside the text', () => {
    const { snippet, highlights } = makeSnippet('short', [
      { start: 3, end: 99 },
      { start: -4, end: 2 },
    ]);
    expect(snippet).toBe('short');
    expect(highlights).toEqual([]);
  });
});

describe('createHighlighter', () => {
  it('marks in each of many texts exactly the words that text has, whatever came before', () => {
    const highlight = createHighlighter(parseQuery('peace negoti* Kremlin'));
    const texts = [
      'Peace talks: the Kremlin said negotiations would go on.',
      'PEACE, peacekeepers and the kremlin; negotiating peace.',
      seed004,
      'No match here at all.',
      'Kremlin',
    ];
    const marks = (text: string) => highlight(text).map((r) => text.slice(r.start, r.end));
    expect(marks(texts[0]!)).toEqual(['Peace', 'Kremlin', 'negotiations']);
    // "peacekeepers" was never seen before and is not "peace"; "PEACE" is, in any case.
    expect(marks(texts[1]!)).toEqual(['PEACE', 'kremlin', 'negotiating', 'peace']);
    for (const text of texts)
      expect(highlight(text), text).toEqual(matchRanges(text, parseQuery('peace negoti* Kremlin')));
  });
});

describe('highlighting skips words by their first letter only when they cannot match', () => {
  it('marks exactly the words the terms match, stemmed or not, in English and Cyrillic', () => {
    const text = `${seed004}\nYen youth Yes yields year-end Y2K 1987 U.S. Bank's BANKS Kyiv Київ Крым кремлёвский`;
    const queries = [
      'yen youth',
      'year*',
      'u.s',
      'US',
      '1987',
      'Kyiv',
      'Крым',
      'кремл*',
      'banks',
      'negoti*',
      'yield~1',
    ];
    for (const query of queries) {
      const parsed = parseQuery(query);
      const matchers = parsed.terms.map(wordMatcher);
      const want = wordSpans(text)
        .filter((span) => matchers.some((matches) => matches(span.word)))
        .map((span) => ({ start: span.start, end: span.end }));
      expect(createHighlighter(parsed)(text), query).toEqual(want);
    }
  });
});
