// Builds every Node-side bundle (CLI, workers, Electron main + preload, browser host, bench)
// into dist/electron and the renderer into dist/renderer.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = ['electron', ...Object.keys(pkg.dependencies ?? {})];

/** name → entry; each becomes dist/electron/<name>.cjs (bench goes to dist/bench). */
const nodeEntries = {
  cli: 'electron/cli/parley.ts',
  'shard-worker': 'electron/services/search/shard-worker.ts',
  'walk-worker': 'electron/services/search/walk-worker.ts',
  'origins-worker': 'electron/services/origins/origins-worker.ts',
  serve: 'electron/host/serve.ts',
  main: 'electron/main/index.ts',
  preload: 'electron/preload/index.ts',
};
const benchEntry = 'scripts/bench/bench.ts';

/**
 * The entry points a person may run with whatever `node` they have: each says first, plainly,
 * which Node it needs (node:sqlite arrived unflagged in 22.13) instead of dying on a missing module.
 */
const nodeCheck = `{const v=process.versions.node.split('.').map(Number);if(!process.versions.electron&&(v[0]<22||(v[0]===22&&v[1]<13))){process.stderr.write('Parley needs Node.js 22.13 or newer (it uses node:sqlite); this is Node '+process.versions.node+'. Run it through npm (npm run serve, npx parley ...), which uses the project\\'s own Node 24, or install Node 22.13+.\\n');process.exit(2);}}`;
const checkedEntries = new Set(['cli', 'serve', 'bench']);

const missing = [...Object.values(nodeEntries), benchEntry].filter(
  (f) => !existsSync(join(root, f)),
);
for (const file of missing) console.warn(`build: ${file} does not exist yet; skipped`);
const present = Object.fromEntries(
  Object.entries(nodeEntries).filter(([, file]) => existsSync(join(root, file))),
);

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  outExtension: { '.js': '.cjs' },
  logLevel: 'warning',
  define: { PARLEY_VERSION: JSON.stringify(pkg.version) },
};

// --keep-going (used by the test setup) builds what it can and reports the rest, so one
// half-written entry does not stop unrelated tests; a normal build fails on the first error.
const keepGoing = process.argv.includes('--keep-going');
const failures = [];
async function step(name, run) {
  try {
    await run();
  } catch (error) {
    if (!keepGoing) throw error;
    failures.push(name);
  }
}

for (const [name, file] of Object.entries(present)) {
  await step(name, () =>
    build({
      ...common,
      entryPoints: { [name]: file },
      outdir: 'dist/electron',
      external,
      ...(checkedEntries.has(name) ? { banner: { js: nodeCheck } } : {}),
    }),
  );
}
if (existsSync(join(root, benchEntry))) {
  await step('bench', () =>
    build({
      ...common,
      entryPoints: { bench: benchEntry },
      outdir: 'dist/bench',
      // The renderer bench drives Chromium through Playwright, loaded from node_modules as is.
      external: [...external, '@playwright/test'],
      banner: { js: nodeCheck },
    }),
  );
}
if (existsSync(join(root, 'renderer/index.html'))) {
  await step('renderer', async () => {
    const { build: viteBuild } = await import('vite');
    await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  });
}
if (failures.length > 0) console.warn(`build: could not build ${failures.join(', ')} (see above)`);
