import { describe, expect, it } from 'vitest';
import { describeError } from './error-message';

describe('describeError', () => {
  it.each([
    [new Error('disk full'), 'disk full'],
    [new TypeError('bad type'), 'bad type'],
    ['plain text thrown', 'plain text thrown'],
    [42, '42'],
    [null, 'null'],
  ])('describes %o as %s', (thrown, expected) => {
    expect(describeError(thrown)).toBe(expected);
  });
});
