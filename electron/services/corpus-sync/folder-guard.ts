import { homedir } from 'node:os';
import { isAbsolute, parse, relative, resolve, sep } from 'node:path';
import { walkFolder } from '../corpus/walk';

/** More candidate files than this and the analyst is asked before the folder is indexed. */
export const largeFolderFiles = 50_000;

/** Top-level folders of the operating system: never a corpus, and walking them takes minutes. */
const systemFolders = [
  '/bin',
  '/boot',
  '/dev',
  '/etc',
  '/lib',
  '/lib32',
  '/lib64',
  '/proc',
  '/run',
  '/sbin',
  '/sys',
  '/usr',
  '/var/lib',
  '/var/log',
  '/var/cache',
  '/System',
  '/Library',
  '/Applications',
  'C:\\Windows',
  'C:\\Program Files',
  'C:\\Program Files (x86)',
];

const isWithin = (base: string, path: string): boolean => {
  const rel = relative(base, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Why `folder` (absolute, real) cannot be a corpus folder, or null: a disk's root, a system folder
 * or anything inside one, the home folder itself, or Parley's own data folder.
 */
export function whyNotACorpusFolder(folder: string, dataDir: string): string | null {
  const path = resolve(folder);
  if (parse(path).root === path || path === sep)
    return `${path} is the root of a disk; choose the folder that holds your articles.`;
  const system = systemFolders.find((f) => isWithin(f, path));
  if (system) return `${path} is a system folder (${system}), not a folder of articles.`;
  if (path === resolve(homedir()))
    return `${path} is your whole home folder; choose the folder that holds your articles.`;
  if (isWithin(resolve(dataDir), path) || isWithin(path, resolve(dataDir)))
    return `${path} holds Parley’s own data (workspaces, index); choose a folder of articles.`;
  return null;
}

/** Counts the article files under `folder`, stopping once there are more than `limit`. */
export async function countCandidates(
  folder: string,
  limit: number = largeFolderFiles,
): Promise<{ count: number; more: boolean }> {
  const stop = new AbortController();
  let count = 0;
  try {
    for await (const entry of walkFolder(folder, { signal: stop.signal })) {
      if (entry.kind !== 'file') continue;
      count += 1;
      if (count > limit) {
        stop.abort();
        return { count: limit, more: true };
      }
    }
  } catch (error) {
    if (stop.signal.aborted) return { count: limit, more: true };
    throw error;
  }
  return { count, more: false };
}
