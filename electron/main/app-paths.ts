import { isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export type LaunchOptions = {
  /** `--data-dir DIR` or `$PARLEY_DATA_DIR`; null means Electron's userData folder. */
  dataDir: string | null;
  /** `--corpus DIR` (repeatable): first-run folders instead of the seeds. */
  corpora: string[];
};

/**
 * Reads Parley's own switches from the command line (Electron and Chromium add theirs, so unknown
 * options are ignored) and the environment; tests and Playwright use these for a throwaway profile.
 */
export function readLaunchOptions(
  argv: string[],
  env: Record<string, string | undefined>,
): LaunchOptions {
  const { values } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' }, corpus: { type: 'string', multiple: true } },
    strict: false,
    allowPositionals: true,
  });
  const fromArgs = typeof values['data-dir'] === 'string' ? values['data-dir'] : null;
  const dataDir = fromArgs ?? (env.PARLEY_DATA_DIR || null);
  const corpora = (Array.isArray(values.corpus) ? values.corpus : []).filter(
    (c): c is string => typeof c === 'string',
  );
  return {
    dataDir: dataDir === null ? null : absolute(dataDir),
    corpora: corpora.map(absolute),
  };
}

/**
 * First-run folders: `--corpus` when given; when packaged, the seeds electron-builder copied beside
 * app.asar; in development undefined, so the session finds the repo's seeds/ itself.
 */
export function firstRunCorpora(
  launch: LaunchOptions,
  app: { isPackaged: boolean; resourcesPath: string },
): string[] | undefined {
  if (launch.corpora.length > 0) return launch.corpora;
  return app.isPackaged ? [join(app.resourcesPath, 'seeds')] : undefined;
}

/** The built renderer: dist/renderer next to dist/electron (inside app.asar when packaged). */
export function rendererDir(mainBundleDir: string): string {
  return join(mainBundleDir, '..', 'renderer');
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(path);
}
