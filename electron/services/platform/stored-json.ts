import type { z } from 'zod';

/**
 * Parses JSON that Parley stored itself (settings, caches, lock files, workspace columns) against
 * the shape it must have. Files on disk outlive versions and may be damaged or edited by hand, so
 * the answer is the value or null — never an unchecked cast.
 */
export function parseStoredJson<S extends z.ZodType>(schema: S, text: string): z.output<S> | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Like parseStoredJson, for values that must be there: throws `onBad()` when the text is not of the shape. */
export function requireStoredJson<S extends z.ZodType>(
  schema: S,
  text: string,
  onBad: () => Error,
): z.output<S> {
  const value = parseStoredJson(schema, text);
  if (value === null) throw onBad();
  return value;
}
