import { BrowserWindow, nativeTheme, screen } from 'electron';
import { join } from 'node:path';
import { APP_URL } from '../shell-common/security-policy';
import { loadWindowState, placeWindow, saveWindowState, type WindowState } from './window-state';

/** Opens the main window with every security switch explicit, where the analyst left it last time. */
export async function createMainWindow(options: {
  dataDir: string;
  preload: string;
}): Promise<BrowserWindow> {
  const stateFile = join(options.dataDir, 'window-state.json');
  const saved = await loadWindowState(stateFile);
  const bounds = placeWindow(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  nativeTheme.themeSource = 'system';

  const window = new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    title: 'Parley',
    show: false,
    // Matches the renderer's light/dark background so the first frame does not flash.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1b1f' : '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  let saveTimer: NodeJS.Timeout | null = null;
  const remember = (): void => {
    if (window.isDestroyed() || window.isMinimized()) return;
    const state: WindowState = { ...window.getNormalBounds(), maximized: window.isMaximized() };
    void saveWindowState(stateFile, state).catch(() => undefined);
  };
  const rememberSoon = (): void => {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = setTimeout(remember, 500);
  };
  window.on('resize', rememberSoon);
  window.on('move', rememberSoon);
  window.on('close', () => {
    if (saveTimer) clearTimeout(saveTimer);
    remember();
  });

  await window.loadURL(APP_URL);
  return window;
}
