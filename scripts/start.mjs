// `npm start`: runs the Electron app when its binary is installed, else the loopback browser host.
// Arguments pass through (`npm start -- --data-dir DIR --corpus DIR`; the browser host also takes --port).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/**
 * Where the Electron binary would be, following node_modules/electron/index.js, but without its
 * side effect: require('electron') starts a download when the binary is missing, which hangs offline.
 */
function electronBinary() {
  let pkgDir;
  try {
    pkgDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
  }
  return relative ? join(pkgDir, 'dist', relative) : null;
}

function run(command, commandArgs, env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
}

const binary = electronBinary();
if (binary && existsSync(binary)) {
  // An inherited ELECTRON_RUN_AS_NODE would turn the app into a plain Node process.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  run(binary, ['.', ...args], env);
} else {
  console.error(
    'Parley: the Electron binary is missing (offline install); get it with `npx install-electron` ' +
      '(or reinstall with network access, or set ELECTRON_MIRROR) — opening Parley in your browser instead.',
  );
  // The app would have opened a window; the browser host opens the default browser instead.
  run(
    process.execPath,
    [join(root, 'dist', 'electron', 'serve.cjs'), '--open', ...args],
    process.env,
  );
}
