import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQuotes } from '../quotes/quotes';
import { bundleChild, startChild, waitFor } from './test-support';
import { createWorkspace, openWorkspace } from './workspace';

describe('durability', () => {
  let dir: string;
  let child: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-durable-'));
    child = await bundleChild();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every confirmed edit when the app is killed in the middle of a burst', async () => {
    const file = join(dir, 'burst.parley');
    createWorkspace(file).close();
    const burst = startChild(child, ['burst', file]);
    await waitFor(
      () => burst.lines.length >= 300,
      30_000,
      `300 confirmed edits: ${burst.stderr()}`,
    );
    burst.child.kill('SIGKILL');
    const code = await burst.exited;
    expect(code).toBeNull();

    const confirmed = [...burst.lines];
    const pinned = confirmed
      .filter((l) => l.startsWith('pinned '))
      .map((l) => l.slice('pinned '.length));
    const tagged = confirmed
      .filter((l) => l.startsWith('tagged '))
      .map((l) => l.slice('tagged '.length).split(' '));
    console.info(`durability: ${confirmed.length} edits confirmed before SIGKILL`);

    // The killed process left its lock behind; it is stale now and taken over.
    const ws = openWorkspace(file);
    try {
      expect(ws.db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      const quotes = new Map(listQuotes(ws).map((q) => [q.id, q]));
      for (const id of pinned) expect(quotes.has(id), `${id} confirmed but missing`).toBe(true);
      for (const [id, tag] of tagged) expect(quotes.get(id ?? '')?.tags).toEqual([tag]);
      // At most the one edit in flight when the kill landed may exist beyond what was confirmed.
      expect(quotes.size - pinned.length).toBeLessThanOrEqual(1);
    } finally {
      ws.close();
    }
  });
});
