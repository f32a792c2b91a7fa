import { realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Article } from '../../../shared/article';
import type { Quote, Verification } from '../../../shared/quote';
import { readArticle } from '../corpus';
import type { Session } from '../session/session';
import { listQuotes, SourceUnavailable, verifyAll } from './quotes';

/** Checks pinned quotes against their files as they read now, in the foreground or in the background. */
export type Verifier = {
  /** Re-checks the quotes `only` picks (default: all) and announces the result when any were checked. */
  verify(only?: (quote: Quote) => boolean): Promise<Verification[]>;
  /** Starts a full check in the background; not queued behind indexing, which reads the cache. */
  verifyLater(): void;
  /** Waits for background checks; true when there were any. */
  settle(): Promise<boolean>;
};

export function createVerifier(session: Session): Verifier {
  const running = new Set<Promise<unknown>>();
  const verify: Verifier['verify'] = async (only) => {
    const target = session.current();
    const picked = only ? listQuotes(target).filter(only) : listQuotes(target);
    if (picked.length === 0) return [];
    const sources = new Map(picked.map((q) => [q.articleId, q]));
    const folders = target.listFolders().map((f) => f.path);
    const results = await verifyAll(target, (id) => readFresh(sources.get(id), folders), only);
    // A workspace switched or closed meanwhile has nothing left to update.
    if (session.workspace() === target) session.announce('verify', null, ['quotes']);
    return results;
  };
  return {
    verify,
    verifyLater() {
      const run = verify().catch(() => undefined);
      running.add(run);
      void run.finally(() => running.delete(run));
    },
    async settle() {
      if (running.size === 0) return false;
      await Promise.all([...running]);
      return true;
    },
  };
}

/**
 * The quoted article as its file reads now; null when it is gone or unreadable (the quote is lost).
 * A workspace is a file others may hand the analyst: its quotes are resolved only inside the
 * folders it registers (the ones the index reads), never wherever a quote row points.
 */
async function readFresh(quote: Quote | undefined, folders: string[]): Promise<Article | null> {
  if (!quote) return null;
  const absPath = await insideFolders(quote.folder, quote.path, folders);
  if (absPath === null) {
    throw new SourceUnavailable(
      `source unavailable: ${join(quote.folder, quote.path)} is outside this workspace’s folders`,
    );
  }
  const outcome = await readArticle(quote.folder, {
    relPath: quote.path,
    absPath,
    size: 0,
    mtimeMs: 0,
  });
  return outcome.ok ? outcome.article : null;
}

/** The file's path when `folder` is registered and `relPath` stays inside it (symlinks resolved), else null. */
async function insideFolders(
  folder: string,
  relPath: string,
  folders: string[],
): Promise<string | null> {
  if (!folders.includes(folder) || isAbsolute(relPath)) return null;
  const absPath = resolve(folder, relPath);
  const real = (path: string): Promise<string> => realpath(path).catch(() => path);
  const [realFolder, realFile] = await Promise.all([real(folder), real(absPath)]);
  const within = (base: string, path: string): boolean => {
    const rel = relative(base, path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  return within(folder, absPath) && within(realFolder, realFile) ? absPath : null;
}
