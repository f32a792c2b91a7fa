import { dialog, type BrowserWindow } from 'electron';

/** The native folder picker; null when the analyst cancels. */
export async function pickFolder(window: BrowserWindow | null): Promise<string | null> {
  const options = { title: 'Add a folder of articles', properties: ['openDirectory' as const] };
  const result = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Tells the analyst why a menu command failed (the renderer shows errors of its own calls). */
export function showError(message: string): void {
  dialog.showErrorBox('Parley', message);
}
