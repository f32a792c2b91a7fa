import { app, Menu, session, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { Channel, Input } from '../../shared/contract';
import type { WorkspacePickPurpose } from '../../shared/workspace';
import { composeApp, forwardServiceEvents } from '../compose';
import { dispatch } from '../services/handlers';
import { firstRunCorpora, readLaunchOptions, rendererDir } from './app-paths';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { pickExportFile, pickFolder, pickWorkspaceFile, showError, showProblem } from './dialogs';
import { hardenSession, lockDownWebContents } from './hardening';
import { pushToWindow, registerIpc } from './ipc';
import { buildMenuTemplate, type MenuActions } from './menu-template';
import { createMainWindow } from './window';
import { describeError } from '../../shared/error-message';

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
  let window: BrowserWindow | null = null;
  const services = await composeApp({
    dataDir,
    ...(corpora ? { corpora } : {}),
    hostHooks: {
      pickFolder: () => pickFolder(window),
      pickWorkspace: (purpose) => pickWorkspaceFile(window, purpose),
      pickExportFile: (format, name, title) => pickExportFile(window, format, name, title),
    },
  });
  const { handlers } = services;
  registerIpc(handlers);

  const run = async <C extends Channel>(channel: C, input: Input<C>): Promise<void> => {
    const result = await dispatch(handlers, channel, input);
    if (!result.ok) showError(result.error.message);
  };
  const withWorkspaceFile = (purpose: WorkspacePickPurpose, then: (file: string) => unknown) =>
    void pickWorkspaceFile(window, purpose).then((file) => (file ? then(file) : undefined));
  const actions: MenuActions = {
    newWorkspace: () => withWorkspaceFile('new', (file) => run('workspace:new', { file })),
    openWorkspace: () => withWorkspaceFile('open', (file) => run('workspace:open', { file })),
    openRecent: (file) => void run('workspace:open', { file }),
    // The native save dialog has already asked before replacing an existing file.
    saveWorkspaceAs: () =>
      withWorkspaceFile('save-as', (file) => run('workspace:save-as', { file, overwrite: true })),
    openFolder: () =>
      void pickFolder(window).then((path) => (path ? run('corpus:add', { path }) : undefined)),
    find: () => pushToWindow(window, 'ui:focus-search', null),
    reloadIndex: () => void run('corpus:reindex', {}),
    // The renderer knows whether a text field has focus: it undoes the text there, else the workspace.
    undo: () => pushToWindow(window, 'ui:undo', null),
    redo: () => pushToWindow(window, 'ui:redo', null),
  };
  const setMenu = async (): Promise<void> => {
    const recent = await handlers['workspace:recent']({});
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          isPackaged: app.isPackaged,
          actions,
          recent,
        }),
      ),
    );
  };
  await setMenu();

  forwardServiceEvents(services.events, (event, payload) => pushToWindow(window, event, payload));
  // Opening another workspace changes the File > Open Recent list.
  services.events.on('workspace:changed', (change) => {
    if (change.reason === 'open') void setMenu();
  });

  window = await createMainWindow({ dataDir, preload: join(__dirname, 'preload.cjs') });
  window.on('closed', () => (window = null));
  const { problem } = await handlers['workspace:info']({});
  if (problem) showProblem(window, problem.message);
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    // Let the services stop their workers and watchers, then quit for real.
    event.preventDefault();
    closed = true;
    void services.close().finally(() => app.quit());
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
      showError(`Parley could not start: ${describeError(error)}`);
      app.exit(1);
    });
}
