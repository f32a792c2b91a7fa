import { afterEach, describe, expect, it } from 'vitest';
import { analyseOrigins } from './analyse';
import { indexedItems } from './handlers';
import { createInThreadRunner, type OriginsRunner } from './origins-runner';
import { memoryDocs, seedFiles } from './origins-test-support';
import { RunCancelled } from './run-analysis';
import { createWorkerRunner } from './worker-runner';

const runners: OriginsRunner[] = [];
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.close()));
});

const kinds = {
  'a worker thread': () => createWorkerRunner(),
  'the calling thread': () => createInThreadRunner(),
};

describe.each(Object.entries(kinds))('origins computed on %s', (_, create) => {
  const runner = () => {
    const made = create();
    runners.push(made);
    return made;
  };

  it('gives the same report as the in-process analysis of the seeds', async () => {
    const docs = memoryDocs();
    const { report, extracted } = await runner().run(indexedItems(docs), (id) => docs.text(id));
    expect(report).toEqual(analyseOrigins(docs.inputs()));
    expect(report.independentOrigins).toBe(2);
    expect(extracted).toBe(5);
  });

  it('reports progress in order, ending at the total', async () => {
    const docs = memoryDocs();
    const seen: [number, number][] = [];
    await runner().run(
      indexedItems(docs),
      (id) => docs.text(id),
      (done, total) => seen.push([done, total]),
    );
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.map(([done]) => done)).toEqual(
      [...seen.map(([done]) => done)].sort((a, b) => a - b),
    );
    expect(seen.every(([, total]) => total === 5)).toBe(true);
    expect(seen.at(-1)).toEqual([5, 5]);
  });

  it('re-extracts only the file that changed, and answers what a fresh run answers', async () => {
    const docs = memoryDocs();
    const engine = runner();
    await engine.run(indexedItems(docs), (id) => docs.text(id));
    const files = seedFiles();
    const name = '004_4d5fc55baaf930ef.txt';
    // 004 with its credits stripped: it joins no one, so the Reuters origin is gone.
    docs.put(name, (files[name] as string).replace(/Reuters/g, 'a news agency'));
    docs.reads = 0;
    const { report, extracted } = await engine.run(indexedItems(docs), (id) => docs.text(id));
    expect(extracted).toBe(1);
    expect(docs.reads).toBe(1);
    expect(report).toEqual(analyseOrigins(docs.inputs()));
    expect(report.articles.find((a) => a.path === `k:${name}`)?.origin).toBeNull();
  });

  it('gives up a run when cancelled, and runs the next one in full', async () => {
    const docs = memoryDocs();
    const engine = runner();
    const first = engine.run(indexedItems(docs), (id) => docs.text(id));
    engine.cancel();
    await expect(first).rejects.toBeInstanceOf(RunCancelled);
    const { report } = await engine.run(indexedItems(docs), (id) => docs.text(id));
    expect(report).toEqual(analyseOrigins(docs.inputs()));
  });
});
