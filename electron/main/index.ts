import { app, Menu, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { Channel, Input } from '../../shared/contract';
import { createHandlers, dispatch } from '../services/handlers';
import { createWorkbench } from '../services/workbench';
import { firstRunCorpora, readLaunchOptions, rendererDir } from './app-paths';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { pickFolder, showError } from './dialogs';
import { hardenSession, lockDownWebContents } from './hardening';
import { pushToWindow, registerIpc } from './ipc';
import { buildMenuTemplate } from './menu-template';
import { createMainWindow } from './window';

// Before `ready`: a test or second profile can move all data, Chromium's included.
const launch = readLaunchOptions(process.argv.slice(1), process.env);
if (launch.dataDir) app.setPath('userData', launch.dataDir);
registerAppScheme();
app.enableSandbox();
lockDownWebContents();

async function start(): Promise<void> {
  const dataDir = app.getPath('userData');
  hardenSession(session.defaultSession);
  serveRenderer(rendererDir(__dirname));
  const corpora = firstRunCorpora(launch, {
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
  });
  const workbench = await createWorkbench({ dataDir, ...(corpora ? { corpora } : {}) });
  let window: BrowserWindow | null = null;
  const handlers = createHandlers(workbench, { pickFolder: () => pickFolder(window) });
  registerIpc(handlers);
  workbench.on('index:progress', (progress) => pushToWindow(window, 'index:progress', progress));
  workbench.on('corpus:changed', (folders) => pushToWindow(window, 'corpus:changed', folders));

  const run = async <C extends Channel>(channel: C, input: Input<C>): Promise<void> => {
    const result = await dispatch(handlers, channel, input);
    if (!result.ok) showError(result.error.message);
  };
  const actions = {
    openFolder: () =>
      void pickFolder(window).then((path) => (path ? run('corpus:add', { path }) : undefined)),
    find: () => pushToWindow(window, 'ui:focus-search', null),
    reloadIndex: () => void run('corpus:reindex', {}),
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({ platform: process.platform, isPackaged: app.isPackaged, actions }),
    ),
  );

  window = await createMainWindow({ dataDir, preload: join(__dirname, 'preload.cjs') });
  window.on('closed', () => (window = null));
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    // Let the workbench stop its workers and watchers, then quit for real.
    event.preventDefault();
    closed = true;
    void workbench.close().finally(() => app.quit());
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      showError(
        `Parley could not start: ${error instanceof Error ? error.message : String(error)}`,
      );
      app.exit(1);
    });
}
