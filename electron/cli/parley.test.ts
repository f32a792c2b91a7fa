import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticle } from '../services/corpus';
import { linkEvidence, setCell } from '../services/matrix/cell-edits';
import { editContext } from '../services/matrix/matrix';
import { pinQuote } from '../services/quotes';
import { createWorkspace, type Workspace } from '../services/workspace';

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
    expect(result.notice).toBe(
      'Also searched: Крим, Крым (quote a name to search that spelling only).',
    );
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

describe('parley quotes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-cli-quotes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'Brief.parley');
  const sentence =
    'Russian President Vladimir Putin has offered to stop the war in Ukraine along the current frontline';

  /** Pins one seed sentence into a fresh workspace through the services, as the app would. */
  async function workspaceWithQuote(): Promise<Workspace> {
    const relPath = '000_428af1576f6ea280.txt';
    const read = await readArticle(join(repo, 'seeds'), {
      relPath,
      absPath: join(repo, 'seeds', relPath),
      size: 0,
      mtimeMs: 0,
    });
    if (!read.ok) throw new Error(read.reason);
    const ws = createWorkspace(file);
    const start = read.article.text.indexOf(sentence);
    pinQuote(ws, read.article, start, start + sentence.length, {
      speaker: 'Vladimir Putin',
      tags: ['frontline', 'freeze'],
      grade: 3,
    });
    return ws;
  }

  it('prints the quote table as CSV and JSON with full provenance, even while the app has it open', async () => {
    const ws = await workspaceWithQuote();
    try {
      const csv = parley('quotes', file, '--format', 'csv');
      expect(csv.code, csv.stderr).toBe(0);
      const [header, row, end] = csv.stdout.split('\r\n');
      expect(header).toBe(
        'id,exact,speaker,tags,note,grade,status,outlet,title,published,path,start,end,hash,url,folder,prefix,suffix,checkedAt,movedAt,createdAt,updatedAt',
      );
      expect(row).toMatch(
        new RegExp(
          `^Q1,${sentence},Vladimir Putin,"frontline; freeze",,3,ok,.*,000_428af1576f6ea280\\.txt,\\d+,\\d+,[0-9a-f]{64},`,
        ),
      );
      expect(end).toBe('');

      const json = parley('quotes', file, '--format', 'json');
      expect(json.code, json.stderr).toBe(0);
      const [quote] = JSON.parse(json.stdout) as Record<string, unknown>[];
      expect(quote).toMatchObject({
        id: 'Q1',
        exact: sentence,
        speaker: 'Vladimir Putin',
        tags: ['frontline', 'freeze'],
        grade: 3,
        status: 'ok',
        path: '000_428af1576f6ea280.txt',
        folder: join(repo, 'seeds'),
      });
      expect(quote?.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(typeof quote?.prefix).toBe('string');
    } finally {
      ws.close();
    }
  });

  it('exits 2 with one line for a missing or damaged workspace', () => {
    const missing = parley('quotes', join(dir, 'none.parley'));
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^parley: The workspace .*none\.parley does not exist\./);

    const damaged = join(dir, 'Damaged.parley');
    writeFileSync(damaged, 'not a database');
    const run = parley('quotes', damaged, '--format', 'json');
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/damaged and was not opened/);
    expect(run.stdout).toBe('');
  });
});

type OriginsJson = {
  articles: {
    path: string;
    publisher: string | null;
    origin: string | null;
    also: string[];
    attributions: {
      outlet: string | null;
      kind: string;
      cue: string;
      start: number;
      end: number;
    }[];
  }[];
  groups: string[][];
  independentOrigins: number;
};

describe('parley origins', () => {
  it('counts the seeds in independent origins: four FT relays and one Reuters relay', () => {
    const run = parley('origins', 'seeds', '--json');
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as OriginsJson;
    expect(Object.keys(doc)).toEqual(['articles', 'groups', 'independentOrigins']);
    const at = (prefix: string) => doc.articles.find((a) => a.path.startsWith(prefix));
    expect(doc.articles.map((a) => [a.path.slice(0, 3), a.origin])).toEqual([
      ['000', 'Financial Times'],
      ['001', 'Financial Times'],
      ['002', 'Financial Times'],
      ['003', 'Financial Times'],
      ['004', 'Reuters'],
    ]);
    expect(doc.groups).toHaveLength(2);
    expect(doc.independentOrigins).toBe(2);
    expect(at('004')?.publisher).not.toBe('Reuters');
    expect(at('000')?.also).toEqual(
      expect.arrayContaining(['The Wall Street Journal', 'Reuters', 'RIA Novosti']),
    );
    expect(at('000')?.also).not.toContain('AFP');
    const afp = at('000')?.attributions.find((a) => a.outlet === 'AFP');
    expect(afp?.kind).toBe('credit');
    expect(Object.keys(afp ?? {})).toEqual(['outlet', 'kind', 'cue', 'start', 'end']);
  });

  it('prints a readable summary without --json', () => {
    const run = parley('origins', 'seeds');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('5 articles · 2 independent origins');
    expect(run.stdout).toContain('Financial Times (4)');
    expect(run.stdout).toContain('Reuters (1)');
  });

  it('says in one line when the folder does not exist', () => {
    const run = parley('origins', 'no-such-folder');
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('parley matrix', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-cli-matrix-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'Matrix.parley');

  /** Pins a seed sentence and links it to a cell, as the app would. */
  async function pin(ws: Workspace, relPath: string, sentence: string): Promise<string> {
    const read = await readArticle(join(repo, 'seeds'), {
      relPath,
      absPath: join(repo, 'seeds', relPath),
      size: 0,
      mtimeMs: 0,
    });
    if (!read.ok) throw new Error(read.reason);
    const start = read.article.text.indexOf(sentence);
    return pinQuote(ws, read.article, start, start + sentence.length, {}).id;
  }

  it('prints parties, issues and every cell, as JSON and as of a date', async () => {
    const ws = createWorkspace(file);
    const ctx = editContext(ws, () => new Date('2025-05-01T00:00:00Z'));
    const zelensky = await pin(
      ws,
      '002_ab63c80d0dc298f2.txt',
      'Ukraine will not legally recognize Russia’s occupation of Crimea under any circumstances',
    );
    const kremlin = await pin(
      ws,
      '004_4d5fc55baaf930ef.txt',
      'All those Russian officials claimed that the future of Crimea itself is not up for discussion.',
    );
    linkEvidence(
      ws,
      { party: 'ukraine', issue: 'crimea', quoteId: zelensky, relation: 'supports' },
      ctx,
    );
    setCell(ws, { party: 'ukraine', issue: 'crimea', stance: 'rejects', asOf: '2025-04-22' }, ctx);
    linkEvidence(
      ws,
      { party: 'russia', issue: 'crimea', quoteId: kremlin, relation: 'supports' },
      ctx,
    );
    setCell(ws, { party: 'russia', issue: 'crimea', stance: 'insists', asOf: '2024-11-20' }, ctx);
    try {
      const run = parley('matrix', file, '--json');
      expect(run.code, run.stderr).toBe(0);
      type Json = {
        parties: string[];
        issues: { name: string; proposition: string }[];
        cells: {
          party: string;
          issue: string;
          stance: string;
          asOf: string | null;
          summary: string;
          evidence: { quote: string; relation: string }[];
          origins: number;
          flags: string[];
        }[];
      };
      const doc = JSON.parse(run.stdout) as Json;
      expect(doc.parties).toEqual(['Russia', 'Ukraine', 'United States', 'Europe']);
      expect(doc.issues[0]).toEqual({
        name: 'Crimea',
        proposition: 'Crimea is recognised as Russian',
      });
      expect(doc.cells).toHaveLength(24);
      const ukraine = doc.cells.find((c) => c.party === 'Ukraine' && c.issue === 'Crimea');
      expect(ukraine).toMatchObject({
        stance: 'rejects',
        asOf: '2025-04-22',
        evidence: [{ quote: zelensky, relation: 'supports' }],
        origins: 1,
      });
      expect(ukraine?.flags).toContain('single-origin');
      expect(Object.keys(ukraine ?? {})).toEqual([
        'party',
        'issue',
        'stance',
        'asOf',
        'summary',
        'evidence',
        'origins',
        'flags',
      ]);

      // Both quotes' articles are undated in the seeds: as of a date, only the set stances remain.
      const then = JSON.parse(
        parley('matrix', file, '--json', '--as-of', '2024-12-01').stdout,
      ) as Json;
      expect(then.cells.find((c) => c.party === 'Ukraine' && c.issue === 'Crimea')?.stance).toBe(
        'unknown',
      );
      expect(then.cells.find((c) => c.party === 'Russia' && c.issue === 'Crimea')?.stance).toBe(
        'insists',
      );

      const text = parley('matrix', file);
      expect(text.code, text.stderr).toBe(0);
      expect(text.stdout).toContain('Parties: Russia, Ukraine, United States, Europe');
      expect(text.stdout).toContain('  Crimea — Crimea is recognised as Russian');
      expect(text.stdout).toContain('Ukraine × Crimea: rejects (as of 2025-04-22) · 1 origin');
      expect(text.stdout).toContain(`  evidence: ${zelensky} supports`);
    } finally {
      ws.close();
    }
  });

  it('says in one line when the workspace does not exist', () => {
    const run = parley('matrix', join(dir, 'none.parley'));
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
