// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isLongPassage, paragraphsOf, sentencesOf, stepUnit } from './text-units';

const TEXT =
  'Putin offered a freeze. Kyiv said no.\n\nThe FT cited five sources.\nCrimea stays Russian, Moscow says.';
const words = (units: { start: number; end: number }[]) =>
  units.map((u) => TEXT.slice(u.start, u.end));

describe('sentences and paragraphs of an article', () => {
  it('splits paragraphs on line breaks and sentences inside each paragraph', () => {
    expect(words(paragraphsOf(TEXT))).toEqual([
      'Putin offered a freeze. Kyiv said no.',
      'The FT cited five sources.',
      'Crimea stays Russian, Moscow says.',
    ]);
    expect(words(sentencesOf(TEXT, 'en'))).toEqual([
      'Putin offered a freeze.',
      'Kyiv said no.',
      'The FT cited five sources.',
      'Crimea stays Russian, Moscow says.',
    ]);
  });

  it('steps to the next and previous unit, starting at either end and stopping there', () => {
    const units = sentencesOf(TEXT, 'en');
    expect(stepUnit(units, null, 1)).toEqual(units[0]);
    expect(stepUnit(units, null, -1)).toEqual(units[3]);
    expect(stepUnit(units, units[0]?.start ?? 0, 1)).toEqual(units[1]);
    expect(stepUnit(units, units[1]?.start ?? 0, -1)).toEqual(units[0]);
    expect(stepUnit(units, units[3]?.start ?? 0, 1)).toEqual(units[3]);
    expect(stepUnit(units, 0, -1)).toEqual(units[0]);
    expect(stepUnit([], null, 1)).toBeNull();
  });

  it('calls a passage long past 1,200 characters or 3 paragraphs', () => {
    expect(isLongPassage(TEXT, { start: 0, end: TEXT.length })).toBe(false);
    const four = `${TEXT}\nA fourth paragraph.`;
    expect(isLongPassage(four, { start: 0, end: four.length })).toBe(true);
    const long = 'a'.repeat(1201);
    expect(isLongPassage(long, { start: 0, end: 1200 })).toBe(false);
    expect(isLongPassage(long, { start: 0, end: 1201 })).toBe(true);
  });
});
