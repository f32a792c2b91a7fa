import type { MenuItemConstructorOptions } from 'electron';
import type { RecentWorkspace } from '../../shared/workspace';

export type MenuActions = {
  newWorkspace(): void;
  openWorkspace(): void;
  openRecent(file: string): void;
  saveWorkspaceAs(): void;
  openFolder(): void;
  find(): void;
  reloadIndex(): void;
  /** Asks the renderer to undo: text in a focused field, else the last workspace edit. */
  undo(): void;
  redo(): void;
};

/** The application menu: standard roles plus Parley's commands, with the platform's shortcuts. */
export function buildMenuTemplate(options: {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  actions: MenuActions;
  /** File › Open Recent, most recent first. */
  recent?: RecentWorkspace[];
}): MenuItemConstructorOptions[] {
  const { actions } = options;
  const isMac = options.platform === 'darwin';
  const recent = (options.recent ?? []).filter((r) => r.exists);
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        label: 'New Workspace…',
        accelerator: 'CmdOrCtrl+Shift+N',
        click: () => actions.newWorkspace(),
      },
      {
        label: 'Open Workspace…',
        accelerator: 'CmdOrCtrl+Shift+O',
        click: () => actions.openWorkspace(),
      },
      {
        label: 'Open Recent',
        submenu:
          recent.length > 0
            ? recent.map((r) => ({
                label: r.name,
                toolTip: r.file,
                click: () => actions.openRecent(r.file),
              }))
            : [{ label: 'No Recent Workspaces', enabled: false }],
      },
      {
        label: 'Save Workspace As…',
        accelerator: 'CmdOrCtrl+Shift+S',
        click: () => actions.saveWorkspaceAs(),
      },
      { type: 'separator' },
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
      // Not the undo/redo roles: the renderer decides between text undo and workspace undo.
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => actions.undo() },
      { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: () => actions.redo() },
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
