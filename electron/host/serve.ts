import { parseArgs } from 'node:util';
import { composeApp } from '../compose';
import { browserHostHooks, startBrowserHost } from './browser-host';
import { defaultDataDir } from './data-dir';
import { openInBrowser } from './open-browser';
import { describeError } from '../../shared/error-message';

const usage = `Usage: npm run serve -- [--port N] [--data-dir DIR] [--corpus DIR]...

  --port N        port on 127.0.0.1 (default 0: any free port)
  --data-dir DIR  where the default workspace (Default.parley), its backups, settings
                  and the index cache live
                  (default $PARLEY_DATA_DIR, else the per-user data folder)
  --corpus DIR    folder to register when the data dir is new (repeatable; default: the sample seeds)
  --open          open the address in the default browser where there is a desktop
`;

/** Parses the command line; throws a message for the analyst on bad input. */
export function parseServeArgs(argv: string[]): {
  port: number;
  dataDir: string;
  corpora: string[];
  open: boolean;
  help: boolean;
} {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      corpus: { type: 'string', multiple: true },
      open: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  }
  return {
    port,
    dataDir: values['data-dir'] ?? defaultDataDir(),
    corpora: values.corpus ?? [],
    open: values.open,
    help: values.help,
  };
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parseServeArgs>;
  try {
    args = parseServeArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`parley serve: ${describeError(error)}\n\n${usage}`);
    process.exit(2);
  }
  if (args.help) {
    process.stderr.write(usage);
    return;
  }
  const app = await composeApp({
    dataDir: args.dataDir,
    ...(args.corpora.length ? { corpora: args.corpora } : {}),
    hostHooks: browserHostHooks,
  });
  const host = await startBrowserHost({ app, port: args.port }).catch(async (error: unknown) => {
    await app.close();
    throw error;
  });
  process.stderr.write(`parley: data in ${args.dataDir}\n`);
  const { problem } = await app.handlers['workspace:info']({});
  // The page shows it too, with a way out; the terminal says it for whoever started the server.
  if (problem) process.stderr.write(`parley: ${problem.message}\n`);
  // The one line on stdout: scripts and the Playwright fixture read the URL from it.
  process.stdout.write(`Parley is running at ${host.url}\n`);
  if (args.open) openInBrowser(host.url, (line) => process.stderr.write(`${line}\n`));

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    host
      .close()
      .then(() => app.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`parley: shutdown failed: ${String(error)}\n`);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const err = error as NodeJS.ErrnoException;
    const message =
      err.code === 'EADDRINUSE' ? 'that port is already in use; try --port 0' : err.message;
    process.stderr.write(`parley serve: ${message ?? String(error)}\n`);
    process.exit(1);
  });
}
