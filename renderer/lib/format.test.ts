import { describe, expect, it } from 'vitest';
import { formatDate } from './format';

describe('formatDate', () => {
  it.each([
    ['2025-04-22', '22 Apr 2025'],
    ['2025-04-22T10:30:00Z', '22 Apr 2025'],
    // A sidecar may give only a year or a month: no day is made up.
    ['2018', '2018'],
    ['2018-05', 'May 2018'],
    [null, ''],
  ])('shows %s as %j', (iso, shown) => {
    expect(formatDate(iso)).toBe(shown);
  });
});
