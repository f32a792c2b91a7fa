import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(resolve(__dirname, '..'), 'scripts', 'check-chromium.mjs');
const check = (chromium: string) =>
  spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    env: { ...process.env, PARLEY_CHROMIUM: chromium },
  });

describe('the e2e Chromium check', () => {
  it('says in one line what is missing and how to get it', () => {
    const run = check('/nowhere/chromium');
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'e2e: no Chromium at PARLEY_CHROMIUM=/nowhere/chromium; install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set PARLEY_CHROMIUM to a Chromium or Chrome binary.',
    ]);
  });

  it('passes quietly when the browser is there', () => {
    const run = check(process.execPath);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
