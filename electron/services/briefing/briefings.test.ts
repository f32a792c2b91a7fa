import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Briefing } from '../../../shared/briefing';
import { createWorkspace, type Workspace } from '../workspace';
import { domainError } from '../workspace/test-support';
import { deleteBriefing, getBriefing, listBriefings, saveBriefing } from './briefings';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const workspace = (): Workspace => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-briefings-'));
  dirs.push(dir);
  return createWorkspace(join(dir, 'w.parley'));
};

const briefing: Briefing = {
  title: 'Talks',
  asOf: '2025-04-22',
  handling: null,
  bottomLine: 'Terms [Q1].',
  judgments: [],
  sections: [{ kind: 'origins' }],
};

describe('stored briefings', () => {
  it('reads a damaged body as damaged, never as a briefing, and keeps listing the others', () => {
    const ws = workspace();
    saveBriefing(ws, { name: 'Good', briefing });
    saveBriefing(ws, { name: 'Bad', briefing });
    // Edited by hand or by a newer version: valid JSON, not a briefing.
    ws.db.prepare("UPDATE briefings SET body = ? WHERE name = 'Bad'").run('{"title": 3}');
    expect(listBriefings(ws).map((b) => b.name)).toEqual(['Good']);
    const error = domainError(() => getBriefing(ws, 'B2'));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/"Bad" is damaged/);
    ws.close();
  });

  it('numbers new briefings after the highest id, and undo of a delete brings the same one back', () => {
    const ws = workspace();
    saveBriefing(ws, { name: 'One', briefing });
    saveBriefing(ws, { name: 'Two', briefing });
    deleteBriefing(ws, 'B1');
    expect(saveBriefing(ws, { name: 'Three', briefing }).stored.id).toBe('B3');
    ws.undo();
    ws.undo();
    expect(getBriefing(ws, 'B1')).toMatchObject({ name: 'One', briefing });
    ws.close();
  });
});
