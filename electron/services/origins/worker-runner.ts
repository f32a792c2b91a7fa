import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OriginItem } from './article-facts';
import { readTexts, type OriginsRunner, type TextReader } from './origins-runner';
import { RunCancelled, type RunOutcome, type RunProgress } from './run-analysis';
import type { FromWorker, ToWorker, WorkerStart } from './worker-protocol';

/** The bundled worker: beside this bundle in dist/electron, or built there by the test setup. */
export function defaultOriginsWorkerScript(): string {
  const here = __dirname;
  if (path.basename(here) === 'electron' && path.basename(path.dirname(here)) === 'dist') {
    return path.join(here, 'origins-worker.cjs');
  }
  return path.resolve(here, '../../../dist/electron/origins-worker.cjs');
}

type Pending = {
  run: number;
  items: readonly OriginItem[];
  readText: TextReader;
  onProgress: RunProgress | undefined;
  resolve: (outcome: RunOutcome) => void;
  reject: (error: Error) => void;
};

/**
 * Runs origins in one worker thread that keeps the per-article facts between runs, so the main
 * thread only reads the texts of articles the worker has not seen. Started on the first run; a
 * worker that dies fails its run and a fresh one starts with the next.
 */
export function createWorkerRunner(script: string = defaultOriginsWorkerScript()): OriginsRunner {
  const shared = new SharedArrayBuffer(4);
  const current = new Int32Array(shared);
  let worker: Worker | null = null;
  let pending: Pending | null = null;
  let next = 1;

  const settle = (run: number): Pending | null => {
    if (pending?.run !== run) return null;
    const done = pending;
    pending = null;
    worker?.unref();
    return done;
  };

  const onMessage = (message: FromWorker): void => {
    const job = pending?.run === message.run ? pending : null;
    if (!job) return;
    switch (message.type) {
      case 'need':
        void readTexts(message.paths, job.readText, () => Atomics.load(current, 0) !== job.run)
          .then((texts) => {
            if (pending === job) post({ type: 'texts', run: job.run, texts: [...texts] });
          })
          .catch((error: Error) => settle(job.run)?.reject(error));
        return;
      case 'progress':
        job.onProgress?.(message.done, message.total);
        return;
      case 'done':
        settle(job.run)?.resolve(message.outcome);
        return;
      case 'cancelled':
        settle(job.run)?.reject(new RunCancelled('origins run cancelled'));
        return;
      case 'error':
        settle(job.run)?.reject(new Error(message.message));
        return;
    }
  };

  const spawn = (): Worker => {
    const started = new Worker(script, { workerData: { current: shared } satisfies WorkerStart });
    let crash = 'the origins worker stopped';
    started.on('message', onMessage);
    started.on('error', (error: Error) => (crash = `the origins worker crashed: ${error.message}`));
    started.on('exit', () => {
      if (worker === started) worker = null;
      if (pending) settle(pending.run)?.reject(new Error(crash));
    });
    return started;
  };

  const post = (message: ToWorker): void => worker?.postMessage(message);

  const cancel = (): void => {
    Atomics.store(current, 0, 0);
    if (pending) settle(pending.run)?.reject(new RunCancelled('origins run cancelled'));
  };

  return {
    run(items, readText, onProgress) {
      cancel();
      const run = next++;
      Atomics.store(current, 0, run);
      worker ??= spawn();
      // An idle worker must not keep the process alive; a busy one must.
      worker.ref();
      return new Promise<RunOutcome>((resolve, reject) => {
        pending = { run, items, readText, onProgress, resolve, reject };
        post({ type: 'plan', run, items: [...items] });
      });
    },
    cancel,
    async close() {
      cancel();
      const stopping = worker;
      worker = null;
      await stopping?.terminate();
    },
  };
}
