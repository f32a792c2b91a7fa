import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const cacheDir = mkdtempSync(join(tmpdir(), 'parley-cli-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** Runs the built CLI the way a user does (`npx parley …` runs bin/parley.cjs). */
function parley(...args: string[]) {
  const run = spawnSync(process.execPath, [join(repo, 'bin/parley.cjs'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, PARLEY_CACHE_DIR: cacheDir },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

type SearchJson = {
  query: string;
  notice: string | null;
  total: number;
  hits: { path: string; snippet: string; highlights: { start: number; end: number }[] }[];
};
const search = (query: string): SearchJson => {
  const run = parley('search', 'seeds', query, '--json');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as SearchJson;
};

describe('parley CLI', () => {
  it('indexes the sample corpus and prints one JSON document', () => {
    const run = parley('index', 'seeds', '--json');
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as { articles: { path: string; outlet: string | null }[] };
    expect(doc.articles).toHaveLength(5);
    expect(Object.keys(doc)).toEqual(['articles', 'skipped']);
  });

  it('finds Crimea in all five seed articles', () => {
    const result = search('Crimea');
    expect(result.total).toBe(5);
    expect(result.notice).toBeNull();
    for (const hit of result.hits) {
      const marked = hit.highlights.map((h) => hit.snippet.slice(h.start, h.end).toLowerCase());
      expect(marked).toContain('crimea');
    }
  });

  it('matches a phrase only where its words are adjacent', () => {
    expect(search('"land bridge"').hits.map((h) => h.path)).toEqual(['004_4d5fc55baaf930ef.txt']);
    expect(search('"Easter truce"').hits.map((h) => h.path)).toEqual(['000_428af1576f6ea280.txt']);
  });

  it('answers a malformed query with a notice and exit code 0', () => {
    const result = search('"Crimea');
    expect(result.notice).toMatch(/quote/i);
    expect(result.total).toBe(5);
  });

  it('exits 2 with a one-line error for a missing folder', () => {
    const run = parley('search', 'no/such/folder', 'Crimea');
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/no\/such\/folder/);
    expect(run.stdout).toBe('');
  });

  it('exits 2 and shows usage for an unknown command', () => {
    const run = parley('frobnicate');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command/);
  });
});
