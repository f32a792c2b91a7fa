import type { OriginItem } from './article-facts';
import type { RunOutcome } from './run-analysis';

/** Main thread → origins worker. */
export type ToWorker =
  | { type: 'plan'; run: number; items: OriginItem[] }
  | { type: 'texts'; run: number; texts: [string, string | null][] };

/** Origins worker → main thread. */
export type FromWorker =
  | { type: 'need'; run: number; paths: string[] }
  | { type: 'progress'; run: number; done: number; total: number }
  | { type: 'done'; run: number; outcome: RunOutcome }
  | { type: 'cancelled'; run: number }
  | { type: 'error'; run: number; message: string };

/** What the worker is started with: one shared slot holding the run it may work on (0: none). */
export type WorkerStart = { current: SharedArrayBuffer };
