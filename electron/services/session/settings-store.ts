import { readFile, rename } from 'node:fs/promises';
import { writeFileAtomic } from '../platform/atomic-write';

/**
 * What Parley remembers between runs. `folders` is the pre-workspace folder list, read once to seed
 * the default workspace and then emptied: the open workspace's folder list is the source of truth.
 */
export type Settings = {
  version: 1;
  folders: string[];
  /** The workspace open at the last exit; null for the data dir's default one. */
  workspace: string | null;
  /** Workspaces opened before, most recent first. */
  recent: string[];
};

const emptySettings = (): Settings => ({ version: 1, folders: [], workspace: null, recent: [] });

/** `fresh` is true when there was no usable settings file, so first-run defaults apply. */
export type LoadedSettings = { settings: Settings; fresh: boolean; recoveredFrom: string | null };

/** Reads settings.json; a corrupt file is set aside (never deleted) and the run starts fresh. */
export async function loadSettings(file: string): Promise<LoadedSettings> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { settings: emptySettings(), fresh: true, recoveredFrom: null };
    }
    throw error;
  }
  const parsed = parseSettings(raw);
  if (parsed) return { settings: parsed, fresh: false, recoveredFrom: null };
  const aside = `${file}.corrupt-${Date.now()}`;
  await rename(file, aside);
  return { settings: emptySettings(), fresh: true, recoveredFrom: aside };
}

/** Writes settings atomically: a crash mid-write leaves the previous file intact. */
export async function saveSettings(file: string, settings: Settings): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(settings, null, 2)}\n`);
}

function parseSettings(raw: string): Settings | null {
  try {
    const value = JSON.parse(raw) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const folders = (value as { folders?: unknown }).folders;
    if (!Array.isArray(folders) || !folders.every((f) => typeof f === 'string')) return null;
    const { workspace, recent } = value as { workspace?: unknown; recent?: unknown };
    return {
      version: 1,
      folders: [...new Set(folders)],
      workspace: typeof workspace === 'string' && workspace !== '' ? workspace : null,
      recent: Array.isArray(recent) ? recent.filter((r): r is string => typeof r === 'string') : [],
    };
  } catch {
    return null;
  }
}
