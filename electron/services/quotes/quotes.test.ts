import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/article';
import type { Quote } from '../../../shared/quote';
import { DomainError } from '../errors';
import { createWorkspace, openWorkspace, type Workspace } from '../workspace/workspace';
import { formatCitation } from './citation';
import { quoteHistory } from './history';
import { quotesToCsv, quotesToJson, runQuotesCommand } from './export';
import {
  deleteQuote,
  getQuote,
  listQuotes,
  pinQuote,
  quoteEvents,
  updateQuote,
  verifyAll,
} from './quotes';
import { ftText, makeArticle } from './test-articles';

const passage = 'Putin is ready to give up some of his territorial claims';
const at = ftText.indexOf(passage);
const article = makeArticle(ftText);

let dir: string;
let file: string;
let ws: Workspace;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-quotes-'));
  file = join(dir, 'story.parley');
  ws = createWorkspace(file);
});

afterEach(() => {
  ws.close();
  rmSync(dir, { recursive: true, force: true });
});

function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'no error';
}

describe('pinning quotes', () => {
  it('pins a passage with its anchor, a snapshot of the article and a short id', () => {
    const { existing, ...quote } = pinQuote(ws, article, at, at + passage.length, {
      speaker: 'FT sources',
      tags: ['Crimea'],
    });
    expect(existing).toBe(false);
    expect(quote).toMatchObject({
      id: 'Q1',
      exact: passage,
      start: at,
      end: at + passage.length,
      hash: article.hash,
      articleId: article.id,
      folder: article.folder,
      path: article.path,
      title: article.title,
      outlet: 'Ukrainska Pravda',
      published: '2025-04-22',
      speaker: 'FT sources',
      tags: ['Crimea'],
      note: '',
      grade: null,
      status: 'ok',
    });
    expect(quote.prefix).toHaveLength(32);
    expect(quote.suffix).toHaveLength(32);
  });

  it('returns the existing quote when the same passage is pinned again', () => {
    const first = pinQuote(ws, article, at, at + passage.length);
    expect(pinQuote(ws, article, at, at + passage.length)).toEqual({
      ...first,
      existing: true,
    });
    // The same words selected with the spaces around them.
    expect(pinQuote(ws, article, at - 1, at + passage.length + 1)).toEqual({
      ...first,
      existing: true,
    });
    expect(listQuotes(ws)).toHaveLength(1);
    // Overlapping but different text is a new quote.
    expect(pinQuote(ws, article, at, at + 20).existing).toBe(false);
  });

  it('never reuses an id, even after a delete', () => {
    pinQuote(ws, article, at, at + 10);
    const second = pinQuote(ws, article, at + 20, at + 30);
    deleteQuote(ws, second.id);
    expect(pinQuote(ws, article, at + 40, at + 50).id).toBe('Q3');
  });

  it('rejects bad selections and unknown ids with clear messages', () => {
    expect(failure(() => pinQuote(ws, article, -3, 10))).toMatch(
      /^invalid-input: A quote cannot start before/,
    );
    expect(failure(() => pinQuote(ws, article, 10, ftText.length + 1))).toMatch(
      /^invalid-input: The selection ends at/,
    );
    expect(failure(() => updateQuote(ws, 'Q9', { note: 'x' }))).toBe(
      'not-found: There is no quote Q9 in this workspace.',
    );
    expect(failure(() => deleteQuote(ws, 'Q9'))).toMatch(/^not-found/);
    const quote = pinQuote(ws, article, at, at + 10);
    expect(failure(() => updateQuote(ws, quote.id, { grade: 7 as 1 }))).toBe(
      'invalid-input: A credibility grade runs from 1 to 6 (got 7).',
    );
  });
});

describe('editing with undo and redo', () => {
  it('undoes an edit of tags with a label saying what changed', () => {
    const quote = pinQuote(ws, article, at, at + passage.length);
    updateQuote(ws, quote.id, { tags: ['Crimea', ' NATO ', 'Crimea', ''], grade: 2 });
    expect(getQuote(ws, 'Q1')).toMatchObject({ tags: ['Crimea', 'NATO'], grade: 2 });
    expect(ws.undo()?.label).toBe('Edit tags and grade of Q1');
    expect(getQuote(ws, 'Q1')).toMatchObject({ tags: [], grade: null });
    expect(ws.redo()?.label).toBe('Edit tags and grade of Q1');
    expect(getQuote(ws, 'Q1').grade).toBe(2);
  });

  it('brings a deleted quote back with the same id, also after reopening', () => {
    const quote = pinQuote(ws, article, at, at + passage.length, { note: 'key line' });
    deleteQuote(ws, quote.id);
    expect(listQuotes(ws)).toEqual([]);
    ws.close();
    ws = openWorkspace(file);
    expect(ws.undo()).toMatchObject({
      label: 'Delete Q1',
      changed: [{ table: 'quotes', key: 'Q1' }],
    });
    expect({ ...getQuote(ws, 'Q1'), existing: false }).toEqual(quote);
    ws.undo();
    expect(listQuotes(ws)).toEqual([]);
    ws.redo();
    expect(getQuote(ws, 'Q1').exact).toBe(passage);
  });

  it('does not log an update that changes nothing', () => {
    pinQuote(ws, article, at, at + 10, { speaker: 'Peskov' });
    updateQuote(ws, 'Q1', { speaker: '  Peskov ' });
    expect(ws.info().undoLabel).toBe('Pin Q1');
  });
});

describe('verifying stored quotes', () => {
  it('stores ok, moved and lost, records moves, and leaves lost quotes where they were', async () => {
    const other = makeArticle('Zelenskyy said: these are our lands. No concessions.', {
      id: 'seeds:001.txt',
    });
    const gone = makeArticle('Peskov declined to comment on the report.', { id: 'seeds:002.txt' });
    pinQuote(ws, article, at, at + passage.length);
    pinQuote(ws, other, 16, 35);
    pinQuote(ws, gone, 0, 6);

    const movedText = `Correction appended.\n\n${ftText}`;
    const now = new Map<string, Article>([
      [article.id, makeArticle(movedText)],
      [other.id, other],
    ]);
    const results = await verifyAll(ws, (id) => Promise.resolve(now.get(id) ?? null));
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['Q1', 'moved'],
      ['Q2', 'ok'],
      ['Q3', 'lost'],
    ]);
    expect(getQuote(ws, 'Q1')).toMatchObject({
      status: 'moved',
      start: movedText.indexOf(passage),
      hash: makeArticle(movedText).hash,
    });
    const events = quoteEvents(ws, 'Q1');
    expect(events.map((e) => e.kind)).toEqual(['moved']);
    expect(events[0]?.detail).toMatchObject({
      from: { start: at },
      to: { start: movedText.indexOf(passage) },
    });
    expect(getQuote(ws, 'Q3')).toMatchObject({
      status: 'lost',
      statusReason: 'source file missing',
      start: 0,
      end: 6,
    });

    // Verification is not an analyst edit: nothing to undo from it.
    expect(ws.info().undoLabel).toBe('Pin Q3');
    const again = await verifyAll(ws, (id) => Promise.resolve(now.get(id) ?? null));
    expect(again.map((r) => r.status)).toEqual(['ok', 'ok', 'lost']);
  });

  it('keeps a move in the history and on the quote after a re-check says ok', async () => {
    pinQuote(ws, article, at, at + passage.length);
    const movedText = `Correction appended.\n\n${ftText}`;
    const moved = makeArticle(movedText);
    await verifyAll(ws, () => Promise.resolve(moved));
    await verifyAll(ws, () => Promise.resolve(moved));
    await verifyAll(ws, () => Promise.resolve(null));
    await verifyAll(ws, () => Promise.resolve(moved));

    const quote = getQuote(ws, 'Q1');
    expect(quote.status).toBe('ok');
    expect(quote.movedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const history = quoteHistory(ws, 'Q1');
    expect(history.map((e) => e.kind)).toEqual(['pinned', 'moved', 'lost', 'found']);
    expect(history[1]).toMatchObject({
      kind: 'moved',
      from: { start: at, end: at + passage.length, hash: article.hash },
      to: { start: movedText.indexOf(passage), hash: moved.hash },
    });
    expect(history[2]).toMatchObject({ kind: 'lost', reason: 'source file missing' });
    expect(() => quoteHistory(ws, 'Q9')).toThrow(DomainError);
  });

  it('keeps a lost quote and its closest passage for display', async () => {
    pinQuote(ws, article, at, at + passage.length);
    const reworded = makeArticle(
      ftText.replace(passage, 'Putin might give up a few of his territorial claims'),
    );
    await verifyAll(ws, () => Promise.resolve(reworded));
    const quote = getQuote(ws, 'Q1');
    expect(quote).toMatchObject({ status: 'lost', start: at, hash: article.hash });
    expect(quote.closest?.text).toBe('Putin might give up a few of his territorial claims');
  });
});

describe('citations and export', () => {
  const sample = (over: Partial<Quote> = {}): Quote => ({
    ...getQuote(ws, pinQuote(ws, article, at, at + passage.length).id),
    ...over,
  });

  it('formats a Markdown citation with outlet, title, date and id', () => {
    expect(formatCitation(sample({ id: 'Q12' }))).toBe(
      `> "${passage}" — Ukrainska Pravda, "FT: Putin offers Trump peace in Ukraine", 2025-04-22, file /corpus/seeds/000.txt [Q12]`,
    );
  });

  it('says so when the outlet or date is unknown, and keeps the quote on one line', () => {
    expect(
      formatCitation(
        sample({ outlet: null, exact: 'one\n\ntwo', published: '2025-04-22T10:00:00Z' }),
      ),
    ).toBe(
      '> "one two" — Unknown outlet, "FT: Putin offers Trump peace in Ukraine", 2025-04-22, file /corpus/seeds/000.txt [Q1]',
    );
    expect(formatCitation(sample({ published: null }))).toMatch(/, undated, file \S+ \[Q1\]$/);
  });

  it('names the speaker and the URL, or the file when there is no URL', () => {
    expect(
      formatCitation(sample({ speaker: 'Dmitry Peskov', url: 'https://www.pravda.com.ua/x' })),
    ).toBe(
      `> "${passage}" — Dmitry Peskov, quoted in Ukrainska Pravda, "FT: Putin offers Trump peace in Ukraine", 2025-04-22, https://www.pravda.com.ua/x [Q1]`,
    );
    expect(formatCitation(sample({ url: null, folder: '/corpus/seeds', path: 'ua/000.txt' }))).toBe(
      `> "${passage}" — Ukrainska Pravda, "FT: Putin offers Trump peace in Ukraine", 2025-04-22, file /corpus/seeds/ua/000.txt [Q1]`,
    );
  });

  it('adds no second pair of quotation marks to a passage that has its own', () => {
    const said = '“These are our lands,” he said.';
    expect(formatCitation(sample({ exact: said, url: 'https://x.ua/1' }))).toMatch(
      /^> “These are our lands,” he said\. — /,
    );
    expect(formatCitation(sample({ exact: '«Это наши земли»', url: 'https://x.ua/1' }))).toMatch(
      /^> «Это наши земли» — /,
    );
    expect(formatCitation(sample({ exact: '"No," he said', url: 'https://x.ua/1' }))).toMatch(
      /^> "No," he said — /,
    );
  });

  it('keeps the article URL with the quote when pinning', () => {
    const withUrl = makeArticle(ftText, { url: 'https://www.pravda.com.ua/x' });
    const pinned = pinQuote(ws, withUrl, at, at + passage.length);
    expect(getQuote(ws, pinned.id).url).toBe('https://www.pravda.com.ua/x');
  });

  it('escapes commas, quotes, line breaks and formula prefixes in CSV', () => {
    const quote = sample({
      exact: 'He said "no", then left,\nslowly',
      note: '=HYPERLINK("http://x")',
      speaker: '+Peskov',
      tags: ['@Crimea', '-NATO'],
      title: 'Plain title',
    });
    const csv = quotesToCsv([quote]);
    const [header, ...rest] = csv.split('\r\n');
    expect(header).toBe(
      'id,exact,speaker,tags,note,grade,status,outlet,title,published,path,start,end,hash,url,folder,prefix,suffix,checkedAt,movedAt,createdAt,updatedAt,reliability,reliabilityOutlet,pair',
    );
    const row = rest.join('\r\n');
    expect(row).toContain('"He said ""no"", then left,\nslowly"');
    expect(row).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(row).toContain(",'+Peskov,");
    expect(row).toContain(`,"'@Crimea; -NATO",`);
    expect(row).toContain(`,Plain title,2025-04-22,000.txt,${at},${at + passage.length},`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('exports JSON that reads back as the same quotes', () => {
    const quote = sample();
    expect(JSON.parse(quotesToJson([quote]))).toEqual([quote]);
  });

  it('exports from the command line while the app has the workspace open', () => {
    pinQuote(ws, article, at, at + passage.length, { tags: ['Crimea'] });
    const csv = runQuotesCommand(file, 'csv');
    expect(csv.split('\r\n')[1]).toMatch(/^Q1,Putin is ready/);
    expect((JSON.parse(runQuotesCommand(file, 'json')) as Quote[])[0]?.tags).toEqual(['Crimea']);
    // Still writable here afterwards.
    updateQuote(ws, 'Q1', { note: 'after export' });
  });
});
