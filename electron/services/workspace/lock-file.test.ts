import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockPathFor } from './lock-file';
import { createWorkspace, openWorkspace } from './workspace';

let dir: string;
let file: string;
const started: ChildProcess[] = [];

/** A live process that is not Parley, e.g. whatever got the pid of a Parley that crashed. */
async function unrelatedProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'process.stdin.resume()'], { stdio: 'pipe' });
  started.push(child);
  await new Promise<void>((ready, failed) => {
    child.once('spawn', ready);
    child.once('error', failed);
  });
  if (child.pid === undefined) throw new Error('the unrelated process has no pid');
  return child.pid;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-lock-'));
  file = join(dir, 'story.parley');
});

afterEach(async () => {
  for (const child of started.splice(0)) {
    const exited = new Promise((done) => child.once('exit', done));
    child.stdin?.end();
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('a lock whose pid now belongs to another process', () => {
  // Where the OS tells when a process started (Linux /proc); elsewhere a live pid still holds the lock.
  it.runIf(process.platform === 'linux')(
    'is taken over: the Parley that wrote it is gone, its pid reused',
    async () => {
      const ws = createWorkspace(file);
      const written = readFileSync(lockPathFor(file), 'utf8');
      ws.close();
      // The lock exactly as that Parley left it, but its pid is now some other live process's.
      const reused = await unrelatedProcess();
      writeFileSync(
        lockPathFor(file),
        JSON.stringify({ ...(JSON.parse(written) as object), pid: reused }),
      );

      const again = openWorkspace(file);
      try {
        expect(JSON.parse(readFileSync(lockPathFor(file), 'utf8'))).toMatchObject({
          pid: process.pid,
        });
      } finally {
        again.close();
      }
    },
  );
});
