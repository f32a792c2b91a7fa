// Entry for tests that need a second process; bundled by the tests with esbuild and run with node.
import { writeSync } from 'node:fs';
import type { Article } from '../../../shared/article';
import { makeArticle } from '../../../shared/testing/article-fixtures';
import { DomainError } from '../errors';
import { pinQuote, updateQuote } from '../quotes/quotes';
import { openWorkspace } from './workspace';

const [mode, file, countText] = process.argv.slice(2);

// Synchronous writes: a line on stdout means the edit before it has committed.
const say = (line: string): void => {
  writeSync(1, `${line}\n`);
};

function article(i: number): Article {
  const text = `Burst passage ${i}: the delegation said the talks would resume next week.`;
  return makeArticle(text, {
    id: `burst:${i}`,
    folder: '/corpus',
    path: `burst-${i}.txt`,
    title: `Burst ${i}`,
    outlet: 'Test Wire',
    hash: `hash-${i}`,
  });
}

if (!file) throw new Error('usage: test-child <hold|try|burst> <file> [count]');

if (mode === 'try') {
  try {
    openWorkspace(file).close();
    say(JSON.stringify({ ok: true }));
  } catch (error) {
    const code = error instanceof DomainError ? error.code : 'internal';
    say(JSON.stringify({ ok: false, code, message: (error as Error).message }));
  }
} else if (mode === 'hold') {
  const ws = openWorkspace(file);
  say(`ready ${process.pid}`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    ws.close();
    process.exit(0);
  });
} else if (mode === 'burst') {
  const ws = openWorkspace(file);
  const count = Number(countText ?? 1_000_000);
  for (let i = 1; i <= count; i += 1) {
    const quote = pinQuote(ws, article(i), 0, 14);
    say(`pinned ${quote.id}`);
    updateQuote(ws, quote.id, { tags: [`t${i}`], grade: ((i % 6) + 1) as 1 | 2 | 3 | 4 | 5 | 6 });
    say(`tagged ${quote.id} t${i}`);
  }
  ws.close();
}
