import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { DomainError } from '../errors';

const here = dirname(fileURLToPath(import.meta.url));

/** Bundles test-child.ts to a .cjs file that plain `node` can run, so tests get a real second process. */
export async function bundleChild(): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'parley-child-')), 'test-child.cjs');
  await build({
    entryPoints: [join(here, 'test-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/** Starts the child script; `lines` collects complete stdout lines as they arrive. */
export function startChild(
  script: string,
  args: string[],
): {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  exited: Promise<number | null>;
  stderr: () => string;
} {
  const child = spawn(process.execPath, [script, ...args], { stdio: 'pipe' });
  const lines: string[] = [];
  let pending = '';
  let errors = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    pending += chunk;
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    lines.push(...parts);
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    errors += chunk;
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, lines, exited, stderr: () => errors };
}

/** Resolves once `predicate` holds, polling; fails after `ms`. */
export async function waitFor(
  predicate: () => boolean,
  ms = 15_000,
  what = 'condition',
): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The DomainError `run` throws; fails the test when it throws nothing or something else. */
export function domainError(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}
