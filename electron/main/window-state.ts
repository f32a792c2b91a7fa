import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../services/platform/atomic-write';
import { parseStoredJson } from '../services/platform/stored-json';

export type Rect = { x: number; y: number; width: number; height: number };
export type WindowState = Rect & { maximized: boolean };

export const DEFAULT_SIZE = { width: 1280, height: 820 };
const MIN_VISIBLE = 100;

/** The saved window state, or null when absent or unreadable (then the window opens centred). */
export async function loadWindowState(file: string): Promise<WindowState | null> {
  const text = await readFile(file, 'utf8').catch(() => null);
  return text === null ? null : parseStoredJson(storedWindowState, text);
}

const storedWindowState = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
  maximized: z.unknown().transform((m) => m === true),
});

/** Remembers the window's place for the next start. */
export function saveWindowState(file: string, state: WindowState): Promise<void> {
  return writeFileAtomic(file, `${JSON.stringify(state)}\n`);
}

/**
 * Where to open the window: the saved bounds when enough of the window lands on a current display
 * (a monitor may have been unplugged), shrunk to fit; otherwise the default size, centred by Electron.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: Rect[],
): Partial<Rect> & { width: number; height: number } {
  if (!saved) return { ...DEFAULT_SIZE };
  const area = workAreas.find((a) => overlap(saved, a) >= MIN_VISIBLE * MIN_VISIBLE);
  if (!area)
    return {
      width: Math.min(saved.width, DEFAULT_SIZE.width),
      height: Math.min(saved.height, DEFAULT_SIZE.height),
    };
  const width = Math.min(Math.max(saved.width, 400), area.width);
  const height = Math.min(Math.max(saved.height, 300), area.height);
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
