import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Quote } from '../../shared/quote';
import { makeArticle } from '../../shared/testing/article-fixtures';
import { pinQuote, runQuotesCommand } from '../services/quotes';
import { createWorkspace } from '../services/workspace';

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-cli-ro-'));
  file = join(dir, 'story.parley');
  const ws = createWorkspace(file);
  pinQuote(ws, makeArticle('The delegation said the talks would resume next week.'), 4, 14);
  ws.close();
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('parley quotes', () => {
  it('reads a workspace on read-only media', () => {
    // SQLite cannot create story.parley-wal beside it, as on a read-only mount (even for root).
    mkdirSync(`${file}-wal`);
    const quotes = JSON.parse(runQuotesCommand(file, 'json')) as Quote[];
    expect(quotes.map((q) => [q.id, q.exact])).toEqual([['Q1', 'delegation']]);
  });
});
