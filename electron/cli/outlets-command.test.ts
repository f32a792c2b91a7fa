import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { correctArticle } from '../services/corrections/corrections';
import { readArticleSync } from '../services/corpus';
import { buildCatalogue } from '../services/outlets/catalogue';
import { addRecord, gradeOutlet } from '../services/outlets/edits';
import { loadNotebook } from '../services/outlets/repo';
import { createWorkspace } from '../services/workspace';
import { outletsOfWorkspace } from './outlets-command';

const repo = resolve(import.meta.dirname, '../..');
const seeds = realpathSync(join(repo, 'seeds'));
const dir = mkdtempSync(join(tmpdir(), 'parley-cli-outlets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A workspace over the seeds where the analyst graded the FT B, noted a good call, and corrected 001's publisher. */
function gradedWorkspace(): string {
  const file = join(dir, `Story-${Math.random().toString(36).slice(2)}.parley`);
  const ws = createWorkspace(file);
  ws.seedFolders([seeds]);
  const ft = [
    {
      id: 'x',
      title: 'x',
      publisher: null,
      published: null,
      origin: 'Financial Times',
      also: [],
      anonymous: 0,
    },
  ];
  gradeOutlet(ws, buildCatalogue(ft, loadNotebook(ws)), {
    name: 'Financial Times',
    grade: 'B',
    rationale: 'Held up.',
  });
  addRecord(ws, buildCatalogue(ft, loadNotebook(ws)), {
    name: 'FT',
    kind: 'good-call',
    date: '2025-04-25',
    text: 'Confirmed.',
  });
  const relPath = '001_ddacea61b1a97b41.txt';
  const read = readArticleSync(seeds, {
    relPath,
    absPath: join(seeds, relPath),
    size: 0,
    mtimeMs: 0,
  });
  if (!read.ok) throw new Error(read.reason);
  correctArticle(ws, read.article, { set: { outlet: 'Kyiv Post' } });
  ws.close();
  return file;
}

describe('parley outlets', () => {
  it('lists the notebook over the workspace’s folders, corrections and grades included', async () => {
    const outlets = await outletsOfWorkspace(gradedWorkspace());
    const ft = outlets.find((o) => o.name === 'Financial Times');
    expect(ft).toMatchObject({ grade: { grade: 'B' }, stats: { asOrigin: 4 } });
    expect(ft?.record.map((r) => r.id)).toEqual(['R1']);
    expect(outlets.find((o) => o.name === 'Reuters')?.stats.asOrigin).toBe(1);
    expect(outlets.find((o) => o.name === 'Kyiv Post')?.stats).toMatchObject({
      asPublisher: 1,
      relays: [{ outlet: 'Financial Times', articles: 1 }],
    });
  });

  it('prints exactly the JSON document the issue specifies', () => {
    const run = spawnSync(
      process.execPath,
      [join(repo, 'bin/parley.cjs'), 'outlets', gradedWorkspace(), '--json'],
      { cwd: repo, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as { outlets: Record<string, unknown>[] };
    expect(Object.keys(doc)).toEqual(['outlets']);
    const ft = doc.outlets.find((o) => o.name === 'Financial Times');
    expect(Object.keys(ft ?? {})).toEqual([
      'name',
      'aliases',
      'kind',
      'grade',
      'articles',
      'asPublisher',
      'asOrigin',
      'relays',
      'anonymousShare',
      'record',
    ]);
    expect(ft).toMatchObject({ grade: 'B', asOrigin: 4, kind: 'unknown' });
    expect(ft?.aliases).toContain('FT');
  });

  it('exits 2 with one line for a workspace that does not exist', () => {
    const run = spawnSync(
      process.execPath,
      [join(repo, 'bin/parley.cjs'), 'outlets', join(dir, 'nope.parley')],
      { cwd: repo, encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
