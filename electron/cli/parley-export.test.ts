import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { saveBriefing } from '../services/briefing/briefings';
import { correctArticle } from '../services/corrections/corrections';
import { readArticle } from '../services/corpus';
import { gradeOutlet } from '../services/outlets/edits';
import { buildCatalogue } from '../services/outlets/catalogue';
import { loadNotebook } from '../services/outlets/repo';
import { pinQuote } from '../services/quotes';
import { createWorkspace, openWorkspace } from '../services/workspace';

const repo = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'parley-cli-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parley = (...args: string[]) => {
  const run = spawnSync(process.execPath, [join(repo, 'bin/parley.cjs'), ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

const sentence =
  'Russian President Vladimir Putin has offered to stop the war in Ukraine along the current frontline';

const seeds = join(repo, 'seeds');

async function seed(relPath: string) {
  const read = await readArticle(seeds, {
    relPath,
    absPath: join(seeds, relPath),
    size: 0,
    mtimeMs: 0,
  });
  if (!read.ok) throw new Error(read.reason);
  return read.article;
}

/** A workspace over the seeds with one pinned quote, made through the services as the app would. */
async function seedsWorkspace(file = join(dir, 'Talks.parley')): Promise<string> {
  const article = await seed('000_428af1576f6ea280.txt');
  const ws = createWorkspace(file);
  ws.addFolder(seeds);
  const start = article.text.indexOf(sentence);
  pinQuote(ws, article, start, start + sentence.length, { speaker: 'FT sources', grade: 2 });
  ws.close();
  return file;
}

describe('parley export', () => {
  it('exports the default briefing in every format: the quote, its provenance and the seeds’ origins', async () => {
    const file = await seedsWorkspace();
    for (const format of ['md', 'html', 'docx', 'pdf']) {
      const out = join(dir, `Talks.${format}`);
      const run = parley('export', file, '--format', format, '-o', out);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain(`wrote ${out} (1 cited quote)`);
    }
    const md = readFileSync(join(dir, 'Talks.md'), 'utf8');
    expect(md).toContain('# Talks — briefing');
    expect(md).toContain(`“${sentence}”[^1]`);
    expect(md).toContain('**5 articles · 2 independent origins**');
    // The default briefing carries the notebook and the matrix, read from the workspace file.
    expect(md).not.toContain('not available for this export');
    expect(md).toMatch(/## Outlets[\s\S]*\| Financial Times \|/);
    expect(md).toMatch(/## Position matrix[\s\S]*\| Crimea \|[\s\S]*\| Russia \|/);
    expect(md).toMatch(
      /\[\^1\]: “Russian President.*relays Financial Times.*Admiralty \?2; verified in its file; Q1$/m,
    );
    expect(readFileSync(join(dir, 'Talks.html'), 'utf8')).toContain('Financial Times (4 articles)');
    expect(readFileSync(join(dir, 'Talks.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(dir, 'Talks.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('reads the workspace as the app does: the notebook’s grade in the pair, the analyst’s corrections in the text', async () => {
    const file = await seedsWorkspace(join(dir, 'Graded.parley'));
    const ws = openWorkspace(file);
    const ft = [{ id: 'x', title: 'x', publisher: null, published: null, origin: 'FT' }];
    const catalogue = buildCatalogue(
      ft.map((f) => ({ ...f, also: [], anonymous: 0 })),
      loadNotebook(ws),
    );
    gradeOutlet(ws, catalogue, { name: 'Financial Times', grade: 'B', rationale: 'Held up.' });
    correctArticle(ws, await seed('001_ddacea61b1a97b41.txt'), {
      set: { title: 'Putin’s offer, as the analyst titled it', published: '2025-04-22' },
    });
    ws.close();
    const out = join(dir, 'Graded.md');
    const run = parley('export', file, '--format', 'md', '-o', out);
    expect(run.code, run.stderr).toBe(0);
    const md = readFileSync(out, 'utf8');
    // Q1 is from 000, which relays the FT: the FT's B and the quote's own 2.
    expect(md).toMatch(/^\[\^1\]: “Russian President.*relays Financial Times.*Admiralty B2; /m);
    expect(md).toMatch(/\| Financial Times \| B \(Usually reliable\) \|/);
    expect(md).toContain('Unknown outlet, “Putin’s offer, as the analyst titled it”, 2025-04-22');
    expect(md).not.toContain('Putin offers to stop invasion in exchange for peace deal with Trump');
  });

  it('exports a briefing stored in the workspace by its name', () => {
    const file = join(dir, 'Stored.parley');
    const ws = createWorkspace(file);
    saveBriefing(ws, {
      name: 'Weekly talks',
      briefing: {
        title: 'Переговоры о перемирии',
        asOf: '2025-04-22',
        handling: null,
        bottomLine: 'Moscow keeps its terms.',
        judgments: [{ text: 'Talks stall.', likelihood: 'likely', quoteIds: [] }],
        sections: [],
      },
    });
    ws.close();
    const out = join(dir, 'weekly-talks.md');
    const run = parley('export', file, '--briefing', 'weekly TALKS', '--format', 'md', '-o', out);
    expect(run.code, run.stderr).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('# Переговоры о перемирии');
    expect(md).toContain('Moscow keeps its terms.');
    expect(md).toContain('Likely');

    const missing = parley('export', file, '--briefing', 'Monthly', '-o', join(dir, 'm.md'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /No briefing named "Monthly" in this workspace \(it has "Weekly talks"\)/,
    );
    // Read-only: the export changed nothing in the workspace.
    const after = openWorkspace(file, { readOnly: true });
    expect(after.info().undoLabel).toBe('New briefing Weekly talks');
    after.close();
  });

  it('refuses a briefing name it cannot find, and a failed write leaves no file behind', () => {
    const file = join(dir, 'Talks.parley');
    const named = parley('export', file, '--briefing', 'Weekly', '-o', join(dir, 'weekly.md'));
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/No briefing named "Weekly"/);
    expect(readdirSync(dir)).not.toContain('weekly.md');

    const occupied = join(dir, 'occupied.pdf');
    mkdirSync(occupied);
    const run = parley('export', file, '-o', occupied);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/occupied\.pdf was not written/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
