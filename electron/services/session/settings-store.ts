import { readFile, rename } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../platform/atomic-write';
import { parseStoredJson } from '../platform/stored-json';

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

/**
 * A settings file must at least list its folders; the conveniences (last and recent workspaces) are
 * read leniently, so a hand-edited or older file keeps its folders.
 */
const storedSettings = z.object({
  folders: z.array(z.string()).transform((folders) => [...new Set(folders)]),
  workspace: z
    .unknown()
    .transform((w) => (typeof w === 'string' && w !== '' ? w : null))
    .optional(),
  recent: z
    .unknown()
    .transform((r) =>
      Array.isArray(r) ? r.filter((item): item is string => typeof item === 'string') : [],
    )
    .optional(),
});

function parseSettings(raw: string): Settings | null {
  const value = parseStoredJson(storedSettings, raw);
  if (!value) return null;
  return {
    version: 1,
    folders: value.folders,
    workspace: value.workspace ?? null,
    recent: value.recent ?? [],
  };
}
