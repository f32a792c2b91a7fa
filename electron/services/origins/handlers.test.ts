import { afterEach, describe, expect, it } from 'vitest';
import type { OriginsProgress } from '../../../shared/origins';
import { createEventBus } from '../events/event-bus';
import { analyseOrigins } from './analyse';
import { createOriginsSummary, summaryOf } from './handlers';
import { memoryDocs, seedFiles } from './origins-test-support';
import { createWorkerRunner } from './worker-runner';

const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closing.splice(0).map((close) => close()));
});

function setUp() {
  const docs = memoryDocs();
  const bus = createEventBus();
  const runner = createWorkerRunner();
  closing.push(() => runner.close());
  return { docs, bus, summary: createOriginsSummary(docs, bus, runner) };
}

describe('origins:summary off the main thread', () => {
  it('pushes origins:progress up to the total and answers the in-process summary', async () => {
    const { docs, bus, summary } = setUp();
    const progress: OriginsProgress[] = [];
    bus.on('origins:progress', (p) => progress.push(p));
    expect(await summary()).toEqual(summaryOf(analyseOrigins(docs.inputs())));
    expect(progress.at(-1)).toEqual({ done: 5, total: 5 });
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5]);
  });

  it('answers the corpus as it is after a change made while it was computing', async () => {
    const { docs, bus, summary } = setUp();
    const name = '004_4d5fc55baaf930ef.txt';
    let changed = false;
    // The first progress report means the run is under way: the corpus changes under it.
    bus.on('origins:progress', () => {
      if (changed) return;
      changed = true;
      docs.remove(name);
      bus.emit('corpus:changed', []);
    });
    const answer = await summary();
    expect(changed).toBe(true);
    expect(answer.articles).toBe(4);
    expect(answer.independentOrigins).toBe(1);
    expect(answer.groups.map((g) => g.origin)).toEqual(['Financial Times']);
  });

  it('computes once until the corpus changes, then again', async () => {
    const { docs, bus, summary } = setUp();
    const first = await summary();
    docs.reads = 0;
    expect(await summary()).toBe(first);
    expect(docs.reads).toBe(0);
    docs.put(
      'reprint.txt',
      (seedFiles()['004_4d5fc55baaf930ef.txt'] as string).replace(/Reuters/g, 'the agency'),
    );
    bus.emit('index:progress', {
      phase: 'done',
      folder: null,
      scanned: 6,
      parsed: 6,
      indexed: 6,
      total: 6,
      skipped: 0,
    });
    const after = await summary();
    expect(docs.reads).toBe(1);
    expect(after.groups.find((g) => g.origin === 'Reuters')?.articleIds).toHaveLength(2);
  });
});
