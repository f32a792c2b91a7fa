// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normalizeRanges, splitByRanges } from './text-ranges';

describe('normalizeRanges', () => {
  it.each([
    [
      'keeps separate ranges in order',
      [
        { start: 5, end: 7 },
        { start: 0, end: 2 },
      ],
      [
        { start: 0, end: 2 },
        { start: 5, end: 7 },
      ],
    ],
    [
      'merges overlapping ranges',
      [
        { start: 0, end: 4 },
        { start: 2, end: 6 },
      ],
      [{ start: 0, end: 6 }],
    ],
    [
      'merges touching ranges',
      [
        { start: 0, end: 3 },
        { start: 3, end: 5 },
      ],
      [{ start: 0, end: 5 }],
    ],
    ['clamps ranges past the end', [{ start: 8, end: 20 }], [{ start: 8, end: 10 }]],
    [
      'drops empty and reversed ranges',
      [
        { start: 4, end: 4 },
        { start: 6, end: 2 },
        { start: 12, end: 15 },
      ],
      [],
    ],
  ])('%s', (_name, input, expected) => {
    expect(normalizeRanges(input, 10)).toEqual(expected);
  });
});

describe('splitByRanges', () => {
  it('alternates plain text and numbered matches, losing no character', () => {
    const text = 'Crimea and the land bridge to Crimea';
    const segments = splitByRanges(text, [
      { start: 0, end: 6 },
      { start: 30, end: 36 },
    ]);
    expect(segments.map((s) => [s.text, s.hit])).toEqual([
      ['Crimea', 0],
      [' and the land bridge to ', null],
      ['Crimea', 1],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});
