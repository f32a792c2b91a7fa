import { parentPort } from 'node:worker_threads';
import { runShardJob, type ShardJob } from './shard-build';
import { describeError } from '../../../shared/error-message';

export type WorkerRequest = { id: number; job: ShardJob };
export type WorkerReply =
  | { id: number; type: 'parsed'; parsed: number }
  | { id: number; type: 'done'; result: Awaited<ReturnType<typeof runShardJob>> }
  | { id: number; type: 'error'; message: string };

// Progress messages are batched: one per file would flood the main thread on big shards.
const PROGRESS_EVERY = 50;

const port = parentPort;
if (port === null) throw new Error('shard-worker must run as a worker thread');

port.on('message', (request: WorkerRequest) => {
  const reply = (message: WorkerReply): void => port.postMessage(message);
  runShardJob(request.job, (parsed) => {
    if (parsed % PROGRESS_EVERY === 0) reply({ id: request.id, type: 'parsed', parsed });
  }).then(
    (result) => reply({ id: request.id, type: 'done', result }),
    (error: unknown) =>
      reply({
        id: request.id,
        type: 'error',
        message: describeError(error),
      }),
  );
});
