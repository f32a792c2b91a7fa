import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { linkEvidence, setCell } from '../../electron/services/matrix/cell-edits';
import { createMatrixReader, editContext } from '../../electron/services/matrix/matrix';
import { listIssues, listParties } from '../../electron/services/matrix/repo';
import { isAnonymousPassage, type SourcingOf } from '../../electron/services/matrix/sourcing';
import { editStructure } from '../../electron/services/matrix/structure-edits';
import { createWorkspace } from '../../electron/services/workspace';
import type { Attribution } from '../../shared/origins';
import { stances } from '../../shared/matrix';
import { percentile } from './stats';

/** "matrix open": matrix:get over a large matrix, now and as of a date. */
export type MatrixBench = {
  parties: number;
  issues: number;
  links: number;
  /** Median time of a whole-matrix read (every cell with its flags), in milliseconds. */
  open_ms: number;
  /** The same read as of a date (history and evidence dates filtered). */
  as_of_ms: number;
};

const ROUNDS = 15;

/**
 * Builds a workspace of `parties` × `issues` with `links` evidence links (a stance set on every
 * cell) and times reading it whole. The origins area's answer is stood in by a lookup of
 * precomputed groups and attributions, as the app's cached summary answers it.
 */
export async function benchMatrix(parties = 12, issues = 20, links = 2000): Promise<MatrixBench> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-matrix-bench-'));
  try {
    const ws = createWorkspace(join(dir, 'bench.parley'));
    for (let p = listParties(ws).length; p < parties; p++)
      editStructure(ws, { kind: 'add-party', name: `Party ${p}`, aliases: [`P${p}`] });
    for (let i = listIssues(ws).length; i < issues; i++)
      editStructure(ws, { kind: 'add-issue', name: `Issue ${i}`, proposition: `Proposition ${i}` });
    const partyIds = listParties(ws).map((p) => p.id);
    const issueIds = listIssues(ws).map((i) => i.id);
    const articles = 500;
    ws.edit('Bench quotes', (tx) => {
      for (let q = 1; q <= links; q++) {
        const day = 1 + (q % 28);
        tx.insert('quotes', {
          id: `Q${q}`,
          seq: q,
          article_id: `bench:${q % articles}.txt`,
          folder: '/bench',
          path: `${q % articles}.txt`,
          title: `Article ${q % articles}`,
          outlet: `Outlet ${q % 40}`,
          published: `2025-0${1 + (q % 9)}-${String(day).padStart(2, '0')}`,
          exact: `Passage ${q} where a party states its position on an issue.`,
          prefix: '',
          suffix: '',
          start_offset: 100,
          end_offset: 160,
          hash: 'bench',
          created_at: '2025-06-01T00:00:00.000Z',
          updated_at: '2025-06-01T00:00:00.000Z',
        });
      }
    });
    const ctx = editContext(ws, () => new Date('2025-06-01T00:00:00.000Z'));
    const cells = partyIds.flatMap((party) => issueIds.map((issue) => ({ party, issue })));
    for (let q = 1; q <= links; q++) {
      const cell = cells[q % cells.length] ?? { party: 'russia', issue: 'crimea' };
      const relation = q % 7 === 0 ? 'contradicts' : 'supports';
      linkEvidence(ws, { ...cell, quoteId: `Q${q}`, relation }, ctx);
    }
    cells.forEach((cell, n) =>
      setCell(
        ws,
        { ...cell, stance: stances[n % 5] ?? 'unknown', asOf: '2025-03-01', reason: 'bench' },
        ctx,
      ),
    );
    const attributions: Attribution[] = [
      { outlet: null, kind: 'anonymous', cue: 'sources said', start: 80, end: 92 },
      { outlet: 'Reuters', kind: 'relays', cue: 'told Reuters', start: 400, end: 412 },
    ];
    const sourcing: SourcingOf = (quotes) =>
      Promise.resolve(
        new Map(
          quotes.map((q) => [
            q.id,
            {
              originKey: `group:${Number(q.path.split('.')[0]) % 300}`,
              originName: 'Bench origin',
              anonymous: isAnonymousPassage(attributions, q.start, q.end),
            },
          ]),
        ),
      );
    const reader = createMatrixReader({
      sourcing,
      now: () => new Date('2025-06-01T00:00:00.000Z'),
    });
    const time = async (asOf: string | null): Promise<number> => {
      const samples: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const start = performance.now();
        const view = await reader.view(ws, asOf);
        samples.push(performance.now() - start);
        if (view.cells.length !== cells.length) throw new Error('matrix bench: cells missing');
      }
      return percentile(samples, 50);
    };
    const open_ms = await time(null);
    const as_of_ms = await time('2025-04-01');
    ws.close();
    return { parties: partyIds.length, issues: issueIds.length, links, open_ms, as_of_ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
