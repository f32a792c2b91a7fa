import { describe, expect, it } from 'vitest';
import { dateSpan, inDateRange } from './date-span';

describe('dateSpan', () => {
  it.each([
    ['2019', { first: '2019-01-01', last: '2019-12-31' }],
    ['2019-02', { first: '2019-02-01', last: '2019-02-28' }],
    ['2020-02', { first: '2020-02-01', last: '2020-02-29' }],
    ['2019-12', { first: '2019-12-01', last: '2019-12-31' }],
    ['2019-05-16', { first: '2019-05-16', last: '2019-05-16' }],
    ['2019-05-16T10:30:00Z', { first: '2019-05-16', last: '2019-05-16' }],
    ['', null],
    [null, null],
    ['May 2019', null],
  ])('takes %o as the days %o', (published, span) => {
    expect(dateSpan(published)).toEqual(span);
  });
});

describe('inDateRange', () => {
  const year = dateSpan('2019')!;
  it.each([
    ['2019-01-01', '2019-12-31', true],
    ['2019-06-01', '2019-06-30', true],
    ['2018-01-01', '2019-01-01', true],
    ['2019-12-31', null, true],
    [null, '2019-01-01', true],
    ['2020-01-01', null, false],
    [null, '2018-12-31', false],
    ['2018-01-01', '2018-12-31', false],
  ])('puts a year-only date in the range %s … %s: %s', (from, to, inside) => {
    expect(inDateRange(year, from, to)).toBe(inside);
  });
});
