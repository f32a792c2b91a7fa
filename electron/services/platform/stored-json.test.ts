import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseStoredJson, requireStoredJson } from './stored-json';

const point = z.object({ x: z.number(), y: z.number() });

describe('parseStoredJson', () => {
  it('returns the value when the text is JSON of the shape', () => {
    expect(parseStoredJson(point, '{"x":1,"y":2}')).toEqual({ x: 1, y: 2 });
  });

  it('answers null for broken JSON and for JSON of another shape', () => {
    expect(parseStoredJson(point, '{"x":1,')).toBeNull();
    expect(parseStoredJson(point, '{"x":"1","y":2}')).toBeNull();
    expect(parseStoredJson(point, 'null')).toBeNull();
  });

  it('throws the caller’s error when a required value is damaged', () => {
    expect(() => requireStoredJson(point, '[]', () => new Error('damaged row'))).toThrow(
      'damaged row',
    );
  });
});
