import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { expandHome } from '../services/platform/canonical-path';
import { DomainError } from '../services/errors';
import { defaultDataDir } from '../host/data-dir';

/** Where Parley keeps workspaces: $PARLEY_DATA_DIR, the browser host's data folder, the desktop app's. */
export function workspaceFolders(
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string[] {
  const folders = [defaultDataDir({ env, platform, home })];
  // Electron's userData on Linux is ~/.config/<productName>; elsewhere it matches the host's.
  if (platform === 'linux')
    folders.push(join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Parley'));
  return [...new Set(folders)];
}

/**
 * The workspace file `typed` names: a path as given, else a bare name ("Default", "Crimea.parley")
 * looked up in Parley's data folders. A miss says where it looked and how the app's default is named.
 */
export function findWorkspace(typed: string, folders: string[] = workspaceFolders()): string {
  const given = resolve(expandHome(typed));
  if (existsSync(given)) return given;
  const bare = !typed.includes('/') && !typed.includes(sep);
  const names = extname(typed) === '' ? [`${typed}.parley`, typed] : [typed];
  if (bare) {
    for (const folder of folders) {
      for (const name of names) {
        const candidate = join(folder, name);
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  const where = folders.map((f) => join(f, 'Default.parley')).join(' or ');
  throw new DomainError(
    'not-found',
    `The workspace ${given} does not exist.${bare ? ' Nor is it in Parley’s data folders.' : ''} ` +
      `The app’s default workspace is ${where}; a bare name such as "Default" is looked up there.`,
  );
}
