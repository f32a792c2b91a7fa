import { homedir } from 'node:os';
import { join } from 'node:path';

export type DataDirEnv = {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
};

/**
 * The per-user folder the browser host keeps its data in: `$PARLEY_DATA_DIR` when set, else the
 * platform's data folder (XDG on Linux, Application Support on macOS, %APPDATA% on Windows).
 */
export function defaultDataDir(
  { env, platform, home }: DataDirEnv = {
    env: process.env,
    platform: process.platform,
    home: homedir(),
  },
): string {
  if (env.PARLEY_DATA_DIR) return env.PARLEY_DATA_DIR;
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Parley');
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Parley');
  const xdg = env.XDG_DATA_HOME;
  // The XDG spec says relative values are invalid and must be ignored.
  const base = xdg && xdg.startsWith('/') ? xdg : join(home, '.local', 'share');
  return join(base, 'Parley');
}
