import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const serveBundle = join(root, 'dist', 'electron', 'serve.cjs');
if (!existsSync(serveBundle)) console.warn(`skipping npm start test: ${serveBundle} is not built`);

describe('npm start without an Electron binary', () => {
  it.skipIf(!existsSync(serveBundle))(
    'says so in one line, serves the browser host and opens it in the default browser',
    async () => {
      const temp = await mkdtemp(join(tmpdir(), 'parley-start-'));
      // Stands in for the desktop's default browser: writes down the address it was asked to open.
      const opener = join(temp, 'opener.sh');
      await writeFile(opener, `#!/bin/sh\necho "$1" > "${join(temp, 'opened')}"\n`, {
        mode: 0o755,
      });
      // An empty override folder stands for "no binary", whatever this machine has installed.
      const child = spawn(
        process.execPath,
        ['scripts/start.mjs', '--port', '0', '--data-dir', join(temp, 'data')],
        {
          cwd: root,
          env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: temp, PARLEY_OPENER: opener },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      try {
        let stdout = '';
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        await new Promise<void>((resolveUrl, rejectUrl) => {
          child.stdout.on('data', (chunk: Buffer) => {
            stdout += chunk.toString();
            if (stdout.includes('\n')) resolveUrl();
          });
          child.on('exit', (code) =>
            rejectUrl(new Error(`start exited early with ${code}: ${stderr}`)),
          );
        });
        expect(stdout).toMatch(
          /^Parley is running at http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}\n$/,
        );
        const notices = stderr
          .split('\n')
          .filter((line) => line.includes('Electron binary is missing'));
        expect(notices).toHaveLength(1);
        expect(notices[0]).toContain('npx install-electron');
        const url = stdout.trim().replace('Parley is running at ', '');
        await expect
          .poll(() => readFile(join(temp, 'opened'), 'utf8').catch(() => ''))
          .toBe(`${url}\n`);
        const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
        child.kill('SIGTERM');
        expect(await exit).toBe(0);
      } finally {
        child.kill('SIGKILL');
        await rm(temp, { recursive: true, force: true });
      }
    },
  );
});
