import { parentPort, workerData } from 'node:worker_threads';
import { describeError } from '../../../shared/error-message';
import { DomainError } from '../errors';
import { listFolder, packListing, type WalkReply, type WalkRequest } from './folder-listing';

// One walk per worker (see listFolderInWorker): the request comes as workerData, one reply goes back.
const port = parentPort;
if (port === null) throw new Error('walk-worker must run as a worker thread');
const { root, realRoot, maxFileBytes } = workerData as WalkRequest;

listFolder(root, { maxFileBytes }).then(
  (listing) => {
    const packed = packListing(realRoot, listing);
    port.postMessage({ type: 'done', listing: packed } satisfies WalkReply, [
      packed.sizes.buffer,
      packed.mtimes.buffer,
    ]);
  },
  (error: unknown) =>
    port.postMessage({
      type: 'error',
      code: error instanceof DomainError ? error.code : null,
      message: describeError(error),
    } satisfies WalkReply),
);
