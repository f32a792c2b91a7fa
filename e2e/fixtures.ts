import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { ELECTRON_MISSING, electronBinary } from './electron-binary';
import { startHost as startHostAt, stopHost } from './host-process';
import { ParleyPage } from './pages/parley-page';

export { expect } from '@playwright/test';
export { ELECTRON_MISSING, electronBinary };

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..');
/** Real test corpora, read in place, never copied (see ../shared/corpora/README.md). */
export const sharedCorpora = resolve(repoRoot, '..', 'shared', 'corpora');

/** Starts this checkout's browser host (see host-process.ts). */
const startHost = (dataDir: string, corpora: string[]) => startHostAt(repoRoot, dataDir, corpora);

export type HostKind = 'browser' | 'electron';

/** One running Parley (browser host + Chromium page, or the Electron app) for one test. */
export type ParleyApp = {
  kind: HostKind;
  page: Page;
  /** `http://127.0.0.1:<port>` for the browser host; null in Electron. */
  origin: string | null;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Messages of any alert/confirm/prompt the page opened (all dismissed). */
  dialogs: string[];
  dataDir: string;
  /** Makes the next "Add folder…" choose `path` (Electron's native dialog is stubbed). */
  stubFolderPicker(path: string): Promise<void>;
  /** Makes the next native save dialog answer `path` (Electron); the browser host downloads instead. */
  stubSaveDialog(path: string): Promise<void>;
  /**
   * Quits Parley and starts it again on the same data dir (as an analyst closing and reopening
   * the app); `page` is the new window afterwards. `whileStopped` runs between the two, e.g. to
   * damage a file the way a crash or a bad disk would.
   */
  restart(whileStopped?: () => void | Promise<void>): Promise<void>;
};

type Fixtures = {
  /** Folders to register on first start instead of the sample seeds. */
  corpora: string[];
  app: ParleyApp;
  parley: ParleyPage;
  electronGate: void;
};

const watch = (page: Page, requests: string[], dialogs: string[]): void => {
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
};

export const test = base.extend<Fixtures>({
  corpora: [[], { option: true }],

  electronGate: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern.
    async ({}, use, testInfo) => {
      if (testInfo.project.name === 'electron') testInfo.skip(!electronBinary(), ELECTRON_MISSING);
      await use();
    },
    { auto: true },
  ],

  app: async ({ page, corpora }, use, testInfo) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
    const requests: string[] = [];
    const dialogs: string[] = [];
    try {
      if (testInfo.project.name === 'electron') {
        const launch = (): Promise<ElectronApplication> =>
          _electron.launch({
            args: ['.', ...corpora.flatMap((c) => ['--corpus', c])],
            cwd: repoRoot,
            env: { ...process.env, PARLEY_DATA_DIR: dataDir },
          });
        let electronApp = await launch();
        try {
          const window = await electronApp.firstWindow();
          watch(window, requests, dialogs);
          const app: ParleyApp = {
            kind: 'electron',
            page: window,
            origin: null,
            requests,
            dialogs,
            dataDir,
            stubFolderPicker: async (path) => {
              await electronApp.evaluate(({ dialog }, chosen) => {
                dialog.showOpenDialog = () =>
                  Promise.resolve({ canceled: false, filePaths: [chosen] });
              }, path);
            },
            stubSaveDialog: async (path) => {
              await electronApp.evaluate(({ dialog }, chosen) => {
                dialog.showSaveDialog = () =>
                  Promise.resolve({ canceled: false, filePath: chosen });
              }, path);
            },
            restart: async (whileStopped) => {
              await electronApp.close();
              await whileStopped?.();
              electronApp = await launch();
              app.page = await electronApp.firstWindow();
              watch(app.page, requests, dialogs);
            },
          };
          await use(app);
        } finally {
          await electronApp.close();
        }
      } else {
        let host = await startHost(dataDir, corpora);
        let stderr = '';
        try {
          watch(page, requests, dialogs);
          await page.goto(host.url);
          const app: ParleyApp = {
            kind: 'browser',
            page,
            origin: new URL(host.url).origin,
            requests,
            dialogs,
            dataDir,
            // The browser host has no native picker; the page shows a "Folder path" field instead.
            stubFolderPicker: () => Promise.resolve(),
            stubSaveDialog: () => Promise.resolve(),
            restart: async (whileStopped) => {
              // The page goes blank first, so nothing it sends reaches the host while it stops.
              await page.goto('about:blank');
              await stopHost(host.child);
              stderr += host.stderr();
              await whileStopped?.();
              host = await startHost(dataDir, corpora);
              app.origin = new URL(host.url).origin;
              await page.goto(host.url);
            },
          };
          await use(app);
        } finally {
          await page.close();
          await stopHost(host.child);
          if (testInfo.status !== testInfo.expectedStatus) {
            await testInfo.attach('host-stderr', {
              body: stderr + host.stderr(),
              contentType: 'text/plain',
            });
          }
        }
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },

  parley: async ({ app }, use) => {
    await use(new ParleyPage(app));
  },
});

/** Starts a browser host without a page, for specs that speak raw HTTP. */
export async function withBareHost<T>(run: (url: string) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  const host = await startHost(dataDir, []);
  try {
    return await run(host.url);
  } finally {
    await stopHost(host.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
