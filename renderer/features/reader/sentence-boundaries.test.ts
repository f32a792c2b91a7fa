// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  BOUNDARY_PASSAGES,
  passageOf,
  scoreSplitter,
  type BoundaryLang,
} from './sentence-boundaries';
import { sentencesOf } from './text-units';

// Measured on this set with the platform's Intl.Segmenter (ICU 78): no boundary missed; the
// false splits come after initials, titles and list numbers ("V. Putin", "Mr. Blinken", "1. A").
const FLOOR: Record<BoundaryLang, { falseSplits: number; missed: number }> = {
  en: { falseSplits: 9, missed: 0 },
  ru: { falseSplits: 5, missed: 0 },
  uk: { falseSplits: 4, missed: 0 },
};

const readerStarts = (text: string, lang: BoundaryLang) =>
  sentencesOf(text, lang).map((u) => u.start);

function naiveStarts(text: string): number[] {
  return [...text.matchAll(/[^\n]+/g)].flatMap((line) => [
    line.index,
    ...[...line[0].matchAll(/\. /g)].map((m) => line.index + m.index + 2),
  ]);
}

function meetsFloor(scores: ReturnType<typeof scoreSplitter>): boolean {
  return (Object.keys(FLOOR) as BoundaryLang[]).every(
    (lang) =>
      scores[lang].falsePositives <= FLOOR[lang].falseSplits &&
      scores[lang].falseNegatives <= FLOOR[lang].missed,
  );
}

describe('sentence boundaries of news text', () => {
  it('builds each passage with a boundary at every sentence start but the first', () => {
    const { text, boundaries } = passageOf({
      lang: 'en',
      sentences: ['Headline\n', 'Mr. Smith spoke.', 'He left.'],
    });
    expect(text).toBe('Headline\nMr. Smith spoke. He left.');
    expect(boundaries).toEqual([9, 26]);
    expect(BOUNDARY_PASSAGES.length).toBeGreaterThanOrEqual(40);
  });

  it('keeps the reader splitter no worse than measured in English, Russian and Ukrainian', () => {
    const scores = scoreSplitter(readerStarts);
    for (const lang of Object.keys(FLOOR) as BoundaryLang[]) {
      expect(scores[lang].falsePositives, lang).toBeLessThanOrEqual(FLOOR[lang].falseSplits);
      expect(scores[lang].falseNegatives, lang).toBeLessThanOrEqual(FLOOR[lang].missed);
    }
    expect(scores.en.precision).toBeGreaterThan(0.67);
  });

  it('would fail the floor with a naive split on ". "', () => {
    expect(meetsFloor(scoreSplitter(readerStarts))).toBe(true);
    expect(meetsFloor(scoreSplitter(naiveStarts))).toBe(false);
  });
});
