import { realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** `~` and `~/…` as a shell would read them: the analyst's home folder. Other paths pass unchanged. */
export function expandHome(path: string): string {
  const trimmed = path.trim();
  if (trimmed === '~') return homedir();
  if (trimmed.startsWith('~/') || trimmed.startsWith('~\\'))
    return join(homedir(), trimmed.slice(2));
  return path;
}

/** Absolute real path where the folder exists (the library keys folders by it), else just absolute. */
export async function canonicalPath(path: string): Promise<string> {
  const absolute = resolve(expandHome(path));
  return realpath(absolute).catch(() => absolute);
}
