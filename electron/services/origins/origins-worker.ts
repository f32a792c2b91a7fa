import { parentPort, workerData } from 'node:worker_threads';
import { describeError } from '../../../shared/error-message';
import { createAliasTable } from './aliases';
import type { OriginItem } from './article-facts';
import { createFactsCache, pathsToRead, runAnalysis, RunCancelled } from './run-analysis';
import type { FromWorker, ToWorker, WorkerStart } from './worker-protocol';

const port = parentPort;
if (port === null) throw new Error('origins-worker must run as a worker thread');

// The main thread cancels by writing another run number here; the analysis checks it between
// articles, so a cancel lands without waiting for this thread's event loop.
const current = new Int32Array((workerData as WorkerStart).current);
const cache = createFactsCache();
const aliases = createAliasTable();
let planned: { run: number; items: OriginItem[] } | null = null;

const send = (message: FromWorker): void => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  if (message.type === 'plan') {
    planned = { run: message.run, items: message.items };
    send({ type: 'need', run: message.run, paths: pathsToRead(cache, message.items) });
    return;
  }
  if (planned?.run !== message.run) return;
  const { run, items } = planned;
  planned = null;
  const cancelled = () => Atomics.load(current, 0) !== run;
  try {
    const outcome = runAnalysis(cache, items, new Map(message.texts), aliases, {
      cancelled,
      onProgress: (done, total) => send({ type: 'progress', run, done, total }),
    });
    send({ type: 'done', run, outcome });
  } catch (error) {
    if (error instanceof RunCancelled) send({ type: 'cancelled', run });
    else send({ type: 'error', run, message: describeError(error) });
  }
});
