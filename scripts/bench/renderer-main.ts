import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchArgs } from './args';
import { describeCorpus, loadBbc, loadReuters, writeCorpus } from './corpus';
import { benchRenderer } from './renderer-bench';
import {
  formatRendererTable,
  summariseRendererTargets,
  type RendererResult,
} from './renderer-metrics';
import { describeMachine } from './report';

const progress = (message: string): void => void process.stderr.write(`${message}\n`);

/** Measures the renderer on an indexed copy of `folder`, saying loudly when it could not. */
export async function measureRenderer(
  repoRoot: string,
  folder: string,
  profileDir: string | null,
): Promise<RendererResult> {
  progress('  renderer: browser host + Chromium 1920×1080, typing and scrolling…');
  const result = await benchRenderer({
    repoRoot,
    folder,
    progress,
    ...(profileDir === null ? {} : { profileDir }),
  });
  if (result.skipped) progress(`  renderer: SKIPPED — ${result.reason}`);
  return result;
}

/** The renderer's part of one size's Markdown output. */
export function formatRendererSection(result: RendererResult): string {
  if (result.skipped) return `### renderer\n\nSkipped: ${result.reason}\n`;
  const queries = result.queries.map((q) => `"${q.text}" ${q.total.toLocaleString('en-US')}`);
  return [
    '### renderer',
    '',
    formatRendererTable(result.metrics),
    '',
    `Typed (hits): ${queries.join(', ')}; scrolled "${result.scroll.query}" (${result.scroll.total.toLocaleString('en-US')} hits) ${result.scroll.distance_px.toLocaleString('en-US')} px, to row ${result.scroll.rows_loaded}. Load average ${result.load_average.join(' / ')} (1/5/15 min) when it started.`,
    '',
  ].join('\n');
}

/** The one-line verdict, or why there is none. */
export const rendererVerdict = (result: RendererResult): string =>
  result.skipped ? 'renderer: not measured.' : summariseRendererTargets(result.metrics);

/** `npm run bench:renderer`: only the renderer, at each asked size. */
export async function runRendererOnly(
  args: BenchArgs,
  repoRoot: string,
  corpora: string,
): Promise<void> {
  const reuters = loadReuters(corpora);
  const bbc = loadBbc(corpora);
  const temp = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  const loadBefore = loadavg()[0] ?? 0;
  const sizes: { articles: number; corpus: string; renderer: RendererResult }[] = [];
  try {
    for (const articles of args.sizes) {
      const folder = join(temp, `corpus-${articles}`);
      const corpus = writeCorpus(folder, articles, reuters, bbc);
      const title = describeCorpus(corpus);
      progress(`\n${title}`);
      const renderer = await measureRenderer(repoRoot, folder, args.rendererProfile);
      sizes.push({ articles: corpus.articles, corpus: title, renderer });
      if (!args.json) process.stdout.write(`\n## ${title}\n\n${formatRendererSection(renderer)}`);
      rmSync(folder, { recursive: true, force: true });
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  if (args.json) process.stdout.write(`${JSON.stringify({ sizes })}\n`);
  else {
    const verdicts = sizes.map((s) => `- ${s.articles}: ${rendererVerdict(s.renderer)}`);
    const machine = describeMachine(availableParallelism(), loadBefore, loadavg()[0] ?? 0);
    process.stdout.write(`\n${verdicts.join('\n')}\n\n- ${machine}\n`);
  }
}
