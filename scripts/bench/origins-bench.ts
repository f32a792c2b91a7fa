import { performance } from 'node:perf_hooks';
import { readArticle, walkFolder } from '../../electron/services/corpus';
import {
  factsKey,
  type OriginInput,
  type OriginItem,
} from '../../electron/services/origins/article-facts';
import { createWorkerRunner } from '../../electron/services/origins/worker-runner';

/** Origins over one bench corpus: reading the files, a full run, and a run after one file changed. */
export type OriginsBench = {
  articles: number;
  read_s: number;
  /** A first run in the worker thread: every article extracted, then grouped. */
  origins_s: number;
  /** The next run after one file changed: that file extracted, every article regrouped. */
  changed_s: number;
  /** Articles the run after the change extracted afresh (1 when the cache works). */
  reextracted: number;
  relays: number;
  groups: number;
  independentOrigins: number;
};

/** Reads every article of `folder` and times origins as the app computes them (worker thread). */
export async function benchOrigins(folder: string, workerScript?: string): Promise<OriginsBench> {
  const readStart = performance.now();
  const inputs: OriginInput[] = [];
  for await (const entry of walkFolder(folder)) {
    if (entry.kind !== 'file') continue;
    const read = await readArticle(folder, entry);
    if (!read.ok) continue;
    const { outlet, published, text, title, credit, hash } = read.article;
    inputs.push({
      path: entry.relPath,
      publisher: outlet,
      published,
      text,
      title,
      credit: credit ?? null,
      hash,
    });
  }
  const read_s = (performance.now() - readStart) / 1000;
  const texts = new Map(inputs.map((i) => [i.path, i.text]));
  const itemOf = ({ text: _text, ...rest }: OriginInput): OriginItem => ({
    ...rest,
    key: factsKey(rest),
  });
  const items = inputs.map(itemOf);
  const runner = createWorkerRunner(workerScript);
  try {
    let start = performance.now();
    const full = await runner.run(items, (path) => texts.get(path) ?? null);
    const origins_s = (performance.now() - start) / 1000;

    // One article in the middle gets a new paragraph: a new hash, so only it is read again.
    const at = Math.floor(inputs.length / 2);
    const edited = inputs[at] as OriginInput;
    const changed = {
      ...edited,
      text: `${edited.text}\nA correction was added.`,
      hash: `${edited.hash ?? ''}-edited`,
    };
    texts.set(changed.path, changed.text);
    const next = items.map((item, i) => (i === at ? itemOf(changed) : item));
    start = performance.now();
    const again = await runner.run(next, (path) => texts.get(path) ?? null);
    const changed_s = (performance.now() - start) / 1000;
    return {
      articles: inputs.length,
      read_s,
      origins_s,
      changed_s,
      reextracted: again.extracted,
      relays: full.report.articles.filter((a) => a.origin !== null).length,
      groups: full.report.groups.filter((g) => g.length > 1).length,
      independentOrigins: full.report.independentOrigins,
    };
  } finally {
    await runner.close();
  }
}
