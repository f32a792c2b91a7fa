import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const ELECTRON_MISSING = 'Electron binary not installed (offline machine)';

/**
 * Where the Electron binary would be, or null. Reads the electron package's path.txt instead of
 * require('electron'), which tries to download the binary when it is missing.
 */
export function electronBinary(): string | null {
  const pkgDir = join(repoRoot, 'node_modules', 'electron');
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkgDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : null;
}
