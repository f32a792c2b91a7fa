import { Worker } from 'node:worker_threads';
import { runShardJob, type ShardJob, type ShardJobResult } from './shard-build';
import type { WorkerReply, WorkerRequest } from './shard-worker';

/** Runs shard jobs, in worker threads or on the calling thread. */
export type ShardRunner = {
  run(job: ShardJob, onParsed?: (parsed: number) => void): Promise<ShardJobResult>;
  /** Starts up to `workers` workers (default 1) ahead of a build: loading a worker's modules takes a while. */
  prewarm(workers?: number): void;
  /** Rejects queued jobs and terminates the workers. */
  close(): Promise<void>;
};

/** Raised when a worker thread dies mid-job; the caller may retry the job elsewhere. */
export class WorkerCrash extends Error {
  override readonly name = 'WorkerCrash';
}

/** Raised for jobs still pending when the runner closes. */
export class RunnerClosed extends Error {
  override readonly name = 'RunnerClosed';
}

type Task = {
  job: ShardJob;
  onParsed: ((parsed: number) => void) | undefined;
  resolve: (result: ShardJobResult) => void;
  reject: (error: Error) => void;
};

type Slot = { worker: Worker; task: Task | null; idleTimer: NodeJS.Timeout | null };

/** Jobs one after another on this thread (deterministic; used with `workers: 0` and as the crash fallback). */
export function createInThreadRunner(): ShardRunner {
  let tail: Promise<unknown> = Promise.resolve();
  let closed = false;
  return {
    run(job, onParsed) {
      // Each job starts on a fresh turn of the event loop, so what finished jobs left to do
      // (installing their shard, reporting progress) is not held up behind the next job.
      const result = tail
        .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
        .then(() => {
          if (closed) throw new RunnerClosed('search library closed');
          return runShardJob(job, onParsed);
        });
      tail = result.catch(() => undefined);
      return result;
    },
    prewarm() {},
    async close() {
      closed = true;
      await tail;
    },
  };
}

/**
 * A pool of up to `size` worker threads running shard-worker. Workers start on demand and exit
 * after `idleMs` without work, so an idle library holds no parser or lunr heaps beyond its own.
 */
export function createWorkerPool(options: {
  size: number;
  script: string;
  idleMs?: number;
}): ShardRunner {
  const idleMs = options.idleMs ?? 30_000;
  const queue: Task[] = [];
  const slots = new Set<Slot>();
  const byId = new Map<number, Task>();
  let nextId = 1;
  let closed = false;

  const retire = (slot: Slot): void => {
    slots.delete(slot);
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    void slot.worker.terminate();
  };

  const spawn = (): Slot => {
    // A small young generation keeps each worker's garbage from piling up between collections
    // (10,000 Reuters stories: 282 → 256 MB peak RSS, as fast). An old-generation limit is not set:
    // any limit, even 1 GB, puts V8 into collecting its old generation far more often (50,000
    // articles built in ~6 s without, ~7.5 s with one of 512 MB, for ~70 MB less peak RSS).
    const worker = new Worker(options.script, { resourceLimits: { maxYoungGenerationSizeMb: 4 } });
    const slot: Slot = { worker, task: null, idleTimer: null };
    worker.on('message', (reply: WorkerReply) => {
      const task = byId.get(reply.id);
      if (!task) return;
      if (reply.type === 'parsed') {
        task.onParsed?.(reply.parsed);
        return;
      }
      byId.delete(reply.id);
      slot.task = null;
      if (reply.type === 'done') task.resolve(reply.result);
      else task.reject(new Error(reply.message));
      dispatch();
    });
    // 'error' (uncaught exception) is always followed by 'exit'; the task is failed there.
    let crash = 'worker exited';
    worker.on('error', (error: Error) => (crash = `worker crashed: ${error.message}`));
    worker.on('exit', (code) => {
      slots.delete(slot);
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      const task = slot.task;
      if (task) {
        for (const [id, t] of byId) if (t === task) byId.delete(id);
        slot.task = null;
        task.reject(
          closed
            ? new RunnerClosed('search library closed')
            : new WorkerCrash(`${crash} (code ${code})`),
        );
      }
      if (!closed) dispatch();
    });
    slots.add(slot);
    return slot;
  };

  const dispatch = (): void => {
    while (!closed && queue.length > 0) {
      let slot = [...slots].find((s) => s.task === null);
      if (!slot && slots.size < options.size) slot = spawn();
      if (!slot) return;
      const task = queue.shift() as Task;
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.idleTimer = null;
      slot.task = task;
      slot.worker.ref();
      const id = nextId++;
      byId.set(id, task);
      slot.worker.postMessage({ id, job: task.job } satisfies WorkerRequest);
    }
    for (const slot of slots) {
      if (slot.task === null && slot.idleTimer === null) {
        // An idle worker must not keep the process alive, and is let go after a while.
        slot.worker.unref();
        const idle = slot;
        slot.idleTimer = setTimeout(() => retire(idle), idleMs);
        slot.idleTimer.unref();
      }
    }
  };

  return {
    run(job, onParsed) {
      if (closed) return Promise.reject(new RunnerClosed('search library closed'));
      return new Promise<ShardJobResult>((resolve, reject) => {
        queue.push({ job, onParsed, resolve, reject });
        dispatch();
      });
    },
    prewarm(workers = 1) {
      // Only as many as the caller knows there will be jobs for (the rest start on demand).
      const wanted = Math.min(workers, options.size);
      while (!closed && slots.size < wanted) spawn();
      dispatch();
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new RunnerClosed('search library closed'));
      await Promise.all(
        [...slots].map(async (slot) => {
          if (slot.idleTimer) clearTimeout(slot.idleTimer);
          await slot.worker.terminate();
        }),
      );
      slots.clear();
    },
  };
}
