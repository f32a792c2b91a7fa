import { execFileSync } from 'node:child_process';

/** Node tests spawn the bundled worker scripts, so build them once before any test runs. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--keep-going'], { stdio: 'inherit' });
}
