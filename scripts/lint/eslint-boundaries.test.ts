import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// Lints one-line sources as if they lived at each path, with the project's own config. Type-aware
// rules are switched off because these files exist only in memory; the import rule does not need types.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [
    tseslint.configs.disableTypeChecked,
    { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ],
});

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath, warnIgnored: true });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((message) => message.message);
}

const forbidden: Array<[where: string, file: string, source: string, because: RegExp]> = [
  [
    'shared/',
    'shared/probe.ts',
    "import { readFile } from 'node:fs';",
    /shared\/ must not depend on Node/,
  ],
  [
    'shared/',
    'shared/probe.ts',
    "import { readFile } from 'fs';",
    /shared\/ must not depend on Node/,
  ],
  ['shared/', 'shared/probe.ts', "import { app } from 'electron';", /Only electron\/main/],
  [
    'shared/',
    'shared/probe.ts',
    "import { x } from '../electron/services/handlers';",
    /imports neither side/,
  ],
  [
    'shared/',
    'shared/probe.ts',
    "import { x } from '../renderer/state/app-store';",
    /imports neither side/,
  ],
  [
    'renderer/',
    'renderer/state/probe.ts',
    "import { join } from 'path';",
    /renderer must not depend on Node/,
  ],
  [
    'renderer/',
    'renderer/state/probe.ts',
    "import { join } from 'node:path';",
    /renderer must not depend on Node/,
  ],
  [
    'renderer/',
    'renderer/state/probe.ts',
    "import { ipcRenderer } from 'electron';",
    /Only electron\/main/,
  ],
  [
    'renderer/',
    'renderer/state/probe.ts',
    "import { dispatch } from '../../electron/services/handlers';",
    /only through WorkbenchApi/,
  ],
  [
    'the store',
    'renderer/state/probe.ts',
    "import { x } from '../features/quotes/quote-filters';",
    /views import it, never the other way round/,
  ],
  [
    'the store',
    'renderer/state/probe.ts',
    'const x = document.activeElement;',
    /never touches the page/,
  ],
  [
    'the preload',
    'electron/preload/probe.ts',
    "import { readFileSync } from 'node:fs';",
    /preload must not depend on Node/,
  ],
  [
    'the preload',
    'electron/preload/probe.ts',
    "import { readFileSync } from 'fs';",
    /preload must not depend on Node/,
  ],
  [
    'services',
    'electron/services/quotes/probe.ts',
    "import { app } from 'electron';",
    /Only electron\/main/,
  ],
  [
    'services',
    'electron/services/quotes/probe.ts',
    "import { x } from '../../main/ipc';",
    /never import a shell/,
  ],
  [
    'services',
    'electron/services/quotes/probe.ts',
    "import { x } from '../../host/browser-host';",
    /never import a shell/,
  ],
  [
    'services',
    'electron/services/probe.ts',
    "import { x } from '../main';",
    /never import a shell/,
  ],
  [
    'services',
    'electron/services/quotes/probe.ts',
    "import { x } from '../../preload/index';",
    /never import a shell/,
  ],
  ['the CLI', 'electron/cli/probe.ts', "import { app } from 'electron';", /Only electron\/main/],
];

const allowed: Array<[where: string, file: string, source: string]> = [
  ['shared/', 'shared/probe.ts', "import { z } from 'zod';"],
  ['renderer/', 'renderer/state/probe.ts', "import type { Channel } from '../../shared/contract';"],
  ['views', 'renderer/features/probe.ts', "import { x } from '../state/app-store';"],
  ['views', 'renderer/features/probe.ts', 'const x = document.activeElement;'],
  ['the preload', 'electron/preload/probe.ts', "import { contextBridge } from 'electron';"],
  ['main', 'electron/main/probe.ts', "import { app } from 'electron';"],
  ['services', 'electron/services/quotes/probe.ts', "import { readFile } from 'node:fs/promises';"],
  ['services', 'electron/services/quotes/probe.ts', "import { x } from '../workspace/store';"],
];

describe('import boundaries', () => {
  it.each(forbidden)('rejects in %s (%s): %s', async (_where, file, source, because) => {
    const errors = await importErrors(file, `${source}\nexport const y = x;\n`);
    expect(errors.length, `no import error for ${file}`).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(because);
  });

  it.each(allowed)('allows in %s (%s): %s', async (_where, file, source) => {
    expect(await importErrors(file, `${source}\n`)).toEqual([]);
  });
});
