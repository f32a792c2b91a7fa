import type { OriginsReport } from '../../../shared/origins';
import type { AliasTable } from './aliases';
import { combineFacts } from './analyse';
import { articleFacts, type ArticleFacts, type OriginItem } from './article-facts';

/** Per-article facts by content key, kept between runs so an unchanged article is never read again. */
export type FactsCache = {
  get(key: string): ArticleFacts | undefined;
  set(key: string, facts: ArticleFacts): void;
  /** Forgets every entry whose key is not in `keys` (the articles of the last complete run). */
  keepOnly(keys: ReadonlySet<string>): void;
  readonly size: number;
};

export function createFactsCache(): FactsCache {
  const entries = new Map<string, ArticleFacts>();
  return {
    get: (key) => entries.get(key),
    set: (key, facts) => void entries.set(key, facts),
    keepOnly(keys) {
      for (const key of entries.keys()) if (!keys.has(key)) entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
}

/** Raised when a run is given up because the corpus changed under it. */
export class RunCancelled extends Error {
  override readonly name = 'RunCancelled';
}

/** Progress of one origins run: articles whose facts are known, of all articles. */
export type RunProgress = (done: number, total: number) => void;

/** What a run reports besides the analysis: how many articles it had to extract afresh. */
export type RunOutcome = { report: OriginsReport; extracted: number };

/** Paths of the items whose facts the cache lacks: only their texts need reading. */
export function pathsToRead(cache: FactsCache, items: readonly OriginItem[]): string[] {
  return items.filter((item) => cache.get(item.key) === undefined).map((item) => item.path);
}

// Progress is told about a hundred times a run, not once per article.
const progressSteps = 100;

/**
 * Origins of `items`, extracting only what the cache lacks (from `texts`; an item whose text could
 * not be read is left out), then regrouping every article from its cached signature. Checks
 * `cancelled` between articles and throws RunCancelled; progress ends at the total once grouped.
 */
export function runAnalysis(
  cache: FactsCache,
  items: readonly OriginItem[],
  texts: ReadonlyMap<string, string | null>,
  aliases: AliasTable,
  control: { onProgress?: RunProgress; cancelled?: () => boolean } = {},
): RunOutcome {
  const kept: OriginItem[] = [];
  const facts: ArticleFacts[] = [];
  const total = items.length;
  const every = Math.max(1, Math.floor(total / progressSteps));
  let extracted = 0;
  let done = 0;
  for (const item of items) {
    if (control.cancelled?.()) throw new RunCancelled('origins run cancelled');
    let known = cache.get(item.key);
    if (known === undefined) {
      const text = texts.get(item.path);
      if (typeof text === 'string') {
        known = articleFacts({ ...item, text }, aliases);
        cache.set(item.key, known);
        extracted++;
      }
    }
    if (known !== undefined) {
      kept.push(item);
      facts.push(known);
    }
    done++;
    if (done < total && done % every === 0) control.onProgress?.(done, total);
  }
  if (control.cancelled?.()) throw new RunCancelled('origins run cancelled');
  const report = combineFacts(kept, facts);
  cache.keepOnly(new Set(kept.map((item) => item.key)));
  control.onProgress?.(total, total);
  return { report, extracted };
}
