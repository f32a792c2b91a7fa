import { parseArgs } from 'node:util';
import { isCalendarDay } from '../../shared/corrections';

export type Command =
  | {
      name: 'index';
      folder: string;
      json: boolean;
      cacheDir: string | null;
      workers: number | null;
    }
  | {
      name: 'search';
      folder: string;
      query: string;
      limit: number;
      json: boolean;
      cacheDir: string | null;
      workers: number | null;
    }
  | { name: 'quotes'; workspace: string; format: 'csv' | 'json' }
  | { name: 'origins'; folder: string; json: boolean }
  | { name: 'matrix'; workspace: string; json: boolean; asOf: string | null }
  | { name: 'help' }
  | { name: 'version' };

export const usage = `Usage:
  parley index <folder> [--json]                  index a folder and list what was read and skipped
  parley search <folder> <query> [--limit N] [--json]
                                                  search a folder (indexes it first if needed)
  parley quotes <workspace> --format csv|json     print a workspace's pinned quotes
  parley origins <folder> [--json]                who each article relays, relay groups, independent origins
  parley matrix <workspace> [--json] [--as-of DATE]
                                                  the position matrix: parties, issues, every cell
Options:
  --cache-dir DIR   where the index cache lives (default: the user cache folder)
  --workers N       parallel indexing workers (default: one per CPU)
  -h, --help        show this help
  --version         show the version`;

/** A command line that cannot be run; the message is shown with the usage. */
export class UsageError extends Error {}

/** Options and whether each takes a value; a search query's words are everything else. */
const optionTakesValue: Record<string, boolean> = {
  '--json': false,
  '--limit': true,
  '--format': true,
  '--as-of': true,
  '--cache-dir': true,
  '--workers': true,
  '--help': false,
  '-h': false,
  '--version': false,
};

/**
 * For `search`, the words after the folder are the query even when one starts with `-`
 * (`parley search seeds -Crimea`): they are moved behind `--` so no word is taken for an option.
 */
function queryWordsLast(argv: readonly string[]): string[] {
  if (argv[0] !== 'search' || argv.includes('--')) return [...argv];
  const options: string[] = [];
  const words: string[] = [];
  let positionals = 0;
  for (let i = 0; i < argv.length; i += 1) {
    const token = argv[i] as string;
    const name = token.split('=')[0] as string;
    if (Object.hasOwn(optionTakesValue, name)) {
      options.push(token);
      if (optionTakesValue[name] && !token.includes('=') && i + 1 < argv.length)
        options.push(argv[++i] as string);
    } else if (positionals < 2) {
      options.push(token);
      positionals += 1;
    } else {
      words.push(token);
    }
  }
  return [...options, '--', ...words];
}

/** Turns argv (without node and script) into a command, or throws UsageError saying what is wrong. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: queryWordsLast(argv),
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        format: { type: 'string' },
        'as-of': { type: 'string' },
        'cache-dir': { type: 'string' },
        workers: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.version) return { name: 'version' };
  const [name, ...rest] = positionals;
  if (values.help || name === undefined || name === 'help') return { name: 'help' };
  const cacheDir = values['cache-dir'] ?? null;
  const workers = values.workers === undefined ? null : wholeNumber('--workers', values.workers, 0);
  switch (name) {
    case 'index': {
      const [folder] = expectPositionals('index', rest, ['folder']);
      return { name, folder, json: values.json, cacheDir, workers };
    }
    case 'search': {
      // Several words after the folder are one query, as if quoted: `search seeds Crimea -Reuters`.
      const [first, ...words] = rest;
      const [folder, query] = expectPositionals(
        'search',
        first === undefined || words.length === 0 ? rest : [first, words.join(' ')],
        ['folder', 'query'],
      );
      const limit = values.limit === undefined ? 20 : wholeNumber('--limit', values.limit, 1);
      return { name, folder, query, limit, json: values.json, cacheDir, workers };
    }
    case 'origins': {
      const [folder] = expectPositionals('origins', rest, ['folder']);
      return { name, folder, json: values.json };
    }
    case 'matrix': {
      const [workspace] = expectPositionals('matrix', rest, ['workspace']);
      const asOf = values['as-of'] ?? null;
      if (asOf !== null && !isCalendarDay(asOf)) {
        throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not "${asOf}"`);
      }
      return { name, workspace, json: values.json, asOf };
    }
    case 'quotes': {
      const [workspace] = expectPositionals('quotes', rest, ['workspace']);
      const format = values.format ?? 'csv';
      if (format !== 'csv' && format !== 'json') {
        throw new UsageError(`--format must be csv or json, not "${format}"`);
      }
      return { name, workspace, format };
    }
    default:
      throw new UsageError(`unknown command "${name}"`);
  }
}

function expectPositionals<const N extends readonly string[]>(
  command: string,
  given: string[],
  names: N,
): { [K in keyof N]: string } {
  if (given.length !== names.length) {
    const wanted = names.map((n) => `<${n}>`).join(' ');
    throw new UsageError(`${command} takes ${wanted}; got ${given.length} argument(s)`);
  }
  // The length check above makes `given` exactly as long as `names`.
  return given as unknown as { [K in keyof N]: string };
}

function wholeNumber(flag: string, raw: string, min: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new UsageError(`${flag} must be a whole number of at least ${min}, not "${raw}"`);
  }
  return value;
}
