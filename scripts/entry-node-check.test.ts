import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const entries = ['dist/electron/serve.cjs', 'dist/electron/cli.cjs', 'dist/bench/bench.cjs'];

/** A Node older than 22.13 on this machine (Debian's is 20), to run the bundles the way a person might. */
function oldNode(): string | null {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node', '/bin/node']) {
    if (!existsSync(candidate)) continue;
    const version = spawnSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    const [major = 0, minor = 0] = version.stdout.trim().split('.').map(Number);
    if (major < 22 || (major === 22 && minor < 13)) return candidate;
  }
  return null;
}

const old = oldNode();
const built = entries.every((entry) => existsSync(join(root, entry)));
if (!old)
  console.warn('skipping the old-Node entry test: no Node older than 22.13 on this machine');
if (!built) console.warn('skipping the old-Node entry test: the bundles are not built');

describe('entry points under an old Node', () => {
  it.skipIf(!old || !built)('say which Node they need and exit 2, instead of a stack trace', () => {
    for (const entry of entries) {
      const run = spawnSync(old ?? 'node', [join(root, entry), '--version'], { encoding: 'utf8' });
      expect(run.status, entry).toBe(2);
      expect(run.stderr, entry).toMatch(
        /^Parley needs Node\.js 22\.13 or newer \(it uses node:sqlite\); this is Node \d+\./,
      );
      expect(run.stderr, entry).not.toMatch(/No such built-in module|at Module/);
    }
  });

  it.skipIf(!built)('run under the project’s own Node without a word about it', () => {
    const run = spawnSync(process.execPath, [join(root, 'dist/electron/cli.cjs'), '--version'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/Parley needs Node/);
  });
});
