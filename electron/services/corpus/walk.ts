import { lstatSync, type Dirent, type Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../errors';
import { defaultMaxFileBytes, isHiddenName, whyNotAnArticle } from './article-candidate';

export type WalkOptions = {
  maxFileBytes?: number /* default 20 MiB */;
  signal?: AbortSignal;
  /**
   * Walks just this path of the folder (posix, relative): what a walk of the whole folder would
   * yield at or under it, by the same rules (hidden names, symlinks leaving the folder, depth) —
   * nothing when it does not exist, the one entry when it is a file. Duplicates are recognised
   * within it only.
   */
  subfolder?: string;
};
export type FoundFile = {
  absPath: string;
  relPath: string /* posix */;
  size: number;
  mtimeMs: number;
};
export type WalkEntry =
  ({ kind: 'file' } & FoundFile) | { kind: 'skipped'; relPath: string; reason: string };

export { defaultMaxFileBytes, formatBytes } from './article-candidate';
// Deeper trees are almost certainly generated or looping through something realpath cannot see.
const maxDepth = 64;

const lstatBatch = 128;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

type Directory = {
  abs: string;
  rel: string;
  real: string;
  depth: number;
  ancestors: readonly string[];
};

/** Walks a folder recursively, yielding article files and every skipped path with its reason. Throws DomainError('not-found'|'unreadable') if the root itself is missing/unreadable/not a directory. */
export async function* walkFolder(
  root: string,
  options: WalkOptions = {},
): AsyncGenerator<WalkEntry> {
  const maxFileBytes = options.maxFileBytes ?? defaultMaxFileBytes;
  const realRoot = await resolveRoot(root);
  const seenFiles = new Map<string, string>();
  const seenDirs = new Map<string, string>([[realRoot, '']]);
  const top: Directory = {
    abs: realRoot,
    rel: '',
    real: realRoot,
    depth: 0,
    ancestors: [realRoot],
  };
  const visit = (abs: string, rel: string, name: string, dir: Directory): Promise<Classified> =>
    classify(abs, rel, name, dir, realRoot, maxFileBytes, seenFiles, seenDirs);
  let start = top;
  if (options.subfolder !== undefined) {
    const reached = await descend(top, options.subfolder, visit);
    if (reached === null) return;
    if (reached.kind === 'entry') {
      yield reached.entry;
      return;
    }
    start = reached.dir;
  }
  const stack: Directory[] = [start];

  while (stack.length > 0) {
    options.signal?.throwIfAborted();
    const dir = stack.pop() as Directory;
    let entries: Dirent[];
    try {
      entries = await readdir(dir.abs, { withFileTypes: true });
    } catch (error) {
      if (dir === top)
        throw new DomainError('unreadable', `Cannot read the folder ${root}: ${codeOf(error)}`);
      yield { kind: 'skipped', relPath: dir.rel, reason: `unreadable folder (${codeOf(error)})` };
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: Directory[] = [];
    for (const [i, entry] of entries.entries()) {
      options.signal?.throwIfAborted();
      // lstat is called synchronously (an async call costs several times the syscall itself, and a
      // scan of a cached folder is little else); the event loop gets a turn every so often.
      if (i > 0 && i % lstatBatch === 0) await yieldToEventLoop();
      const rel = dir.rel === '' ? entry.name : `${dir.rel}/${entry.name}`;
      const abs = path.join(dir.abs, entry.name);
      const outcome = await visit(abs, rel, entry.name, dir);
      if (outcome.kind === 'dir') subdirs.push(outcome.dir);
      else yield outcome.entry;
    }
    // Push in reverse so folders are walked in name order.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i] as Directory);
  }
}

async function resolveRoot(root: string): Promise<string> {
  let real: string;
  let info: Stats;
  try {
    real = await realpath(root);
    info = await stat(real);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new DomainError('not-found', `Folder not found: ${root}`);
    throw new DomainError('unreadable', `Cannot open the folder ${root}: ${code}`);
  }
  if (!info.isDirectory()) throw new DomainError('not-found', `Not a folder: ${root}`);
  return real;
}

type Classified = { kind: 'dir'; dir: Directory } | { kind: 'entry'; entry: WalkEntry };

/**
 * Follows `subfolder` down from the root, judging each step as the walk would: the directory to
 * walk, the entry a full walk would list for the path itself, or null when it would list nothing
 * at or under it (the path is missing, or one of its parents is a file or skipped).
 */
async function descend(
  top: Directory,
  subfolder: string,
  visit: (abs: string, rel: string, name: string, dir: Directory) => Promise<Classified>,
): Promise<Classified | null> {
  const names = subfolder.split('/').filter((name) => name !== '' && name !== '.');
  if (names.includes('..'))
    throw new DomainError('invalid-input', `Not a path inside the folder: ${subfolder}`);
  let dir = top;
  for (const [i, name] of names.entries()) {
    const rel = names.slice(0, i + 1).join('/');
    const abs = path.join(dir.abs, name);
    try {
      lstatSync(abs);
    } catch (error) {
      const code = codeOf(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    }
    const outcome = await visit(abs, rel, name, dir);
    if (outcome.kind === 'dir') dir = outcome.dir;
    else return i === names.length - 1 ? outcome : null;
  }
  return { kind: 'dir', dir };
}

async function classify(
  abs: string,
  rel: string,
  name: string,
  parent: Directory,
  realRoot: string,
  maxFileBytes: number,
  seenFiles: Map<string, string>,
  seenDirs: Map<string, string>,
): Promise<Classified> {
  const skip = (reason: string): Classified => ({
    kind: 'entry',
    entry: { kind: 'skipped', relPath: rel, reason },
  });
  let info: Stats;
  try {
    info = lstatSync(abs);
  } catch (error) {
    // Node reads names as UTF-8; a name in another encoding comes back with U+FFFD in it and that
    // spelling names no file. Say so, rather than "not found" for a file the analyst can see.
    if (codeOf(error) === 'ENOENT' && name.includes('\uFFFD'))
      return skip(
        'its name is not valid UTF-8, so it cannot be opened; rename the file to index it',
      );
    return skip(`unreadable (${codeOf(error)})`);
  }
  if (isHiddenName(name)) return skip(info.isDirectory() ? 'hidden folder' : 'hidden file');

  let real = abs;
  if (info.isSymbolicLink()) {
    try {
      real = await realpath(abs);
      info = await stat(real);
    } catch (error) {
      const code = codeOf(error);
      return skip(
        code === 'ELOOP'
          ? 'symlink loop'
          : code === 'ENOENT'
            ? 'broken symlink'
            : `unreadable symlink (${code})`,
      );
    }
    if (real !== realRoot && !real.startsWith(realRoot + path.sep))
      return skip('symlink leads outside the folder');
  }

  if (info.isDirectory()) {
    if (parent.ancestors.includes(real)) return skip('symlink loop');
    const first = seenDirs.get(real);
    if (first !== undefined) return skip(`duplicate of ${first === '' ? '.' : first}`);
    if (parent.depth + 1 > maxDepth) return skip('folder nested too deeply');
    seenDirs.set(real, rel);
    return {
      kind: 'dir',
      dir: {
        abs: real,
        rel,
        real,
        depth: parent.depth + 1,
        ancestors: [...parent.ancestors, real],
      },
    };
  }
  if (!info.isFile()) return skip(`not a regular file (${specialKind(info)})`);
  const notAnArticle = whyNotAnArticle(name, info.size, maxFileBytes);
  if (notAnArticle) return skip(notAnArticle);
  const first = seenFiles.get(real);
  if (first !== undefined) return skip(`duplicate of ${first}`);
  seenFiles.set(real, rel);
  return {
    kind: 'entry',
    entry: { kind: 'file', absPath: real, relPath: rel, size: info.size, mtimeMs: info.mtimeMs },
  };
}

function specialKind(info: Stats): string {
  if (info.isFIFO()) return 'FIFO';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  return 'unknown type';
}

/** The errno code of a file-system error (`EACCES`, `ENOENT`, …), or a generic label. */
export function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'error';
}
