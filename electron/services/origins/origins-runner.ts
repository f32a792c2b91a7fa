import { setImmediate as nextTurn } from 'node:timers/promises';
import { createAliasTable } from './aliases';
import type { OriginItem } from './article-facts';
import {
  createFactsCache,
  pathsToRead,
  runAnalysis,
  RunCancelled,
  type RunOutcome,
  type RunProgress,
} from './run-analysis';

/** Reads an indexed article's text on the calling thread; null when it cannot be read. */
export type TextReader = (path: string) => string | null;

/** Runs origins analyses one at a time, keeping per-article facts between runs. */
export type OriginsRunner = {
  /** The analysis of `items`; rejects with RunCancelled when `cancel()` comes first. */
  run(
    items: readonly OriginItem[],
    readText: TextReader,
    onProgress?: RunProgress,
  ): Promise<RunOutcome>;
  /** Gives up the run in progress, if any. */
  cancel(): void;
  close(): Promise<void>;
};

// Texts are read in batches, with a turn of the event loop between them, so reading 10k texts
// from the shard files never holds the main thread for long.
const readBatch = 200;

/** The texts of `paths`, read in batches; throws RunCancelled as soon as `cancelled()` says so. */
export async function readTexts(
  paths: readonly string[],
  readText: TextReader,
  cancelled: () => boolean,
): Promise<Map<string, string | null>> {
  const texts = new Map<string, string | null>();
  for (let i = 0; i < paths.length; i += readBatch) {
    if (i > 0) await nextTurn();
    if (cancelled()) throw new RunCancelled('origins run cancelled');
    for (const path of paths.slice(i, i + readBatch)) texts.set(path, readText(path));
  }
  return texts;
}

/**
 * Runs the analysis on the calling thread (the CLI's shape, tests, and a fallback): deterministic,
 * and it yields between batches of articles so a cancel can land mid-run.
 */
export function createInThreadRunner(): OriginsRunner {
  const cache = createFactsCache();
  const aliases = createAliasTable();
  let current = 0;
  let next = 1;
  return {
    async run(items, readText, onProgress) {
      const run = next++;
      current = run;
      const cancelled = () => current !== run;
      const texts = await readTexts(pathsToRead(cache, items), readText, cancelled);
      await nextTurn();
      return runAnalysis(cache, items, texts, aliases, {
        cancelled,
        ...(onProgress ? { onProgress } : {}),
      });
    },
    cancel() {
      current = 0;
    },
    close() {
      current = 0;
      return Promise.resolve();
    },
  };
}
