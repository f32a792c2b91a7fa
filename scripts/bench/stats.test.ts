import { describe, expect, it } from 'vitest';
import { percentile, round } from './stats';

describe('percentile', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose

  it('gives the median and the 95th value of 1…100', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 100)).toBe(100);
  });

  it('picks a measured value rather than interpolating', () => {
    expect(percentile([1, 10], 50)).toBe(1);
    expect(percentile([1, 10], 95)).toBe(10);
    expect(percentile([7], 95)).toBe(7);
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses an empty list or a percentile out of range', () => {
    expect(() => percentile([], 50)).toThrow(/empty/);
    expect(() => percentile([1], 0)).toThrow(/range|\(0, 100\]/);
  });
});

describe('round', () => {
  it('rounds to the given decimals', () => {
    expect(round(1.23456, 2)).toBe(1.23);
    expect(round(0.0049, 2)).toBe(0);
  });
});
