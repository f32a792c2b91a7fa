import type { MenuItemConstructorOptions } from 'electron';

export type MenuActions = {
  openFolder(): void;
  find(): void;
  reloadIndex(): void;
};

/** The application menu: standard roles plus Parley's commands, with the platform's shortcuts. */
export function buildMenuTemplate(options: {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  actions: MenuActions;
}): MenuItemConstructorOptions[] {
  const { actions } = options;
  const isMac = options.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: () => actions.openFolder() },
      {
        label: 'Reload Index',
        accelerator: 'CmdOrCtrl+Shift+R',
        click: () => actions.reloadIndex(),
      },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: 'Find', accelerator: 'CmdOrCtrl+F', click: () => actions.find() },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      // Developer tools only in development; a packaged app has no use for them.
      ...(options.isPackaged
        ? []
        : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
    ],
  };
  const window: MenuItemConstructorOptions = { role: 'windowMenu' };
  return isMac ? [{ role: 'appMenu' }, file, edit, view, window] : [file, edit, view, window];
}
