import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, loadWindowState, placeWindow, saveWindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const external = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('placeWindow', () => {
  it('opens at the default size, centred, on first run', () => {
    expect(placeWindow(null, [laptop])).toEqual(DEFAULT_SIZE);
  });

  it('reopens where the analyst left it', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: false };
    expect(placeWindow(saved, [laptop, external])).toEqual({
      x: 1600,
      y: 100,
      width: 1800,
      height: 1000,
    });
  });

  it('falls back to a centred window when its monitor was unplugged', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1000, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual(DEFAULT_SIZE);
  });

  it('pulls a window hanging off the edge back onto the screen and shrinks it to fit', () => {
    const saved = { x: 1200, y: -50, width: 2000, height: 600, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 600 });
  });
});

describe('window-state.json', () => {
  it('round-trips and treats a damaged file as absent', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-ws-'));
    try {
      const file = join(dir, 'window-state.json');
      expect(await loadWindowState(file)).toBeNull();
      await saveWindowState(file, { x: 10, y: 20, width: 900, height: 700, maximized: true });
      expect(await loadWindowState(file)).toEqual({
        x: 10,
        y: 20,
        width: 900,
        height: 700,
        maximized: true,
      });
      await writeFile(file, '{"x": 10, "y": "twenty"');
      expect(await loadWindowState(file)).toBeNull();
      await writeFile(file, '{"x": 10, "y": null, "width": 1, "height": 1}');
      expect(await loadWindowState(file)).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
