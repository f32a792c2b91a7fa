import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A browser host started as its own process, with the address (token included) it printed. */
export type HostProcess = { child: ChildProcess; url: string; stderr: () => string };

const URL_LINE = /^Parley is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m;

/**
 * Starts `node dist/electron/serve.cjs` of the checkout at `repoRoot` on `dataDir`, registering
 * `corpora` when the data dir is new, and resolves with the URL it prints. Used by the e2e
 * fixtures and the renderer bench.
 */
export async function startHost(
  repoRoot: string,
  dataDir: string,
  corpora: readonly string[],
  timeoutMs = 30_000,
): Promise<HostProcess> {
  const serve = join(repoRoot, 'dist', 'electron', 'serve.cjs');
  if (!existsSync(serve)) throw new Error(`${serve} is missing; run node scripts/build.mjs first.`);
  const args = [
    serve,
    '--port',
    '0',
    '--data-dir',
    dataDir,
    ...corpora.flatMap((c) => ['--corpus', c]),
  ];
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`host printed no URL in ${timeoutMs / 1000} s:\n${stderr}`)),
      timeoutMs,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = URL_LINE.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code} before printing its URL:\n${stderr}`));
    });
  });
  return { child, url, stderr: () => stderr };
}

/** Stops a host (SIGTERM, then SIGKILL after 5 s) and resolves once it has exited. */
export async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
