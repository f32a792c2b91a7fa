import { homedir } from 'node:os';
import { join } from 'node:path';

/** The per-user cache folder for derived index data, following each platform's convention. */
export function defaultCacheDir(env = process.env, platform = process.platform): string {
  if (env.PARLEY_CACHE_DIR) return env.PARLEY_CACHE_DIR;
  if (platform === 'win32') {
    return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'Parley', 'Cache');
  }
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'Parley');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'parley');
}
