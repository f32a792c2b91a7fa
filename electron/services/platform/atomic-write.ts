import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces `file` all at once: `write` fills a temporary sibling, which is then renamed over
 * `file` (atomic on one volume). A crash or an error mid-write leaves the previous file intact and
 * no temporary file behind. `beforeRename` runs just before the swap (to clear a stale journal).
 */
export async function replaceAtomically(
  file: string,
  write: (tmp: string) => void | Promise<void>,
  beforeRename?: () => void | Promise<void>,
): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await write(tmp);
    await beforeRename?.();
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Writes text, or chunks of bytes in one vectored write, to `file` atomically. */
export function writeFileAtomic(file: string, contents: string | Uint8Array[]): Promise<void> {
  return replaceAtomically(file, async (tmp) => {
    const handle = await open(tmp, 'w');
    try {
      if (typeof contents === 'string') await handle.writeFile(contents, 'utf8');
      else await handle.writev(contents);
    } finally {
      await handle.close();
    }
  });
}
