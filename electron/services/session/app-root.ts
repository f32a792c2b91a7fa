import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Finds the sample corpus shipped with the app by walking up from this module: in the source tree
 * and in dist/electron it is `<root>/seeds`; in a packaged app it is `resources/seeds`, a sibling
 * of `app.asar` (electron-builder copies it there as an extra resource).
 */
export function findSeedsDir(start: string = moduleDir()): string | null {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'seeds');
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function moduleDir(): string {
  // Bundled to CommonJS by esbuild (and shimmed by Vitest), so __dirname is this file's folder.
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}
