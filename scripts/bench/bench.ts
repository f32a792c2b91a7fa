import type { CreateLibrary } from './tasks';
import { runBench } from './main';

// Loaded on first use, so baseline children never load the engine (or jsdom behind it) and their
// memory figures are lunr's alone.
const createLibrary: CreateLibrary = async (options) => {
  const { createSearchLibrary } = await import('../../electron/services/search/index');
  return createSearchLibrary(options);
};

runBench(process.argv.slice(2), createLibrary).catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
