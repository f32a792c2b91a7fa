import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';

/** Absolute real path where the folder exists (the library keys folders by it), else just absolute. */
export async function canonicalPath(path: string): Promise<string> {
  const absolute = resolve(path);
  return realpath(absolute).catch(() => absolute);
}
