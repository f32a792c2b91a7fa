/** What the command line asked for. */
export type BenchArgs = {
  sizes: number[];
  json: boolean;
  /** Parley build workers; undefined leaves the engine's default (one per CPU). */
  workers: number | undefined;
  /** Measure the renderer (browser host + Chromium) at each size; --50k turns it on too. */
  renderer: boolean;
  /** Only the renderer: no engines, matrix, origins or briefing (npm run bench:renderer). */
  rendererOnly: boolean;
  /** Where to write a CPU profile of the renderer's typing and scrolling; null for none. */
  rendererProfile: string | null;
  /** Set in a child process: the serialized task to run. */
  child: string | null;
};

export const DEFAULT_SIZES: readonly number[] = [1_000, 10_000];

export const USAGE = `usage: npm run bench -- [--sizes 1000,10000] [--20k] [--50k] [--workers N] [--json]
                        [--renderer | --renderer-only] [--renderer-profile DIR]
  --sizes    comma-separated corpus sizes in articles (default 1000,10000; 1k or 10k also read)
  --20k      add a 20,000-article corpus (Reuters-21578 plus BBC)
  --50k      add a 50,000-article corpus (every real article, reused under copy-N/ paths);
             turns on --renderer
  --renderer also measure the renderer: typing and scrolling in Chromium over the browser host
  --renderer-only  measure only the renderer (npm run bench:renderer)
  --renderer-profile DIR  write a CPU profile of the renderer's typing and scrolling into DIR
  --workers  Parley build workers (default: the engine's, one per CPU)
  --json     print one JSON object to stdout; progress goes to stderr`;

function parseSize(raw: string): number {
  const match = /^(\d+(?:\.\d+)?)(k?)$/i.exec(raw.trim().replace(/_/g, ''));
  const value = match ? Number(match[1]) * (match[2] ? 1000 : 1) : NaN;
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--sizes: "${raw}" is not a positive whole number of articles`);
  return value;
}

/** Parses the bench's arguments (after `--`); throws with a message for anything it does not know. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let sizes: number[] = [...DEFAULT_SIZES];
  let json = false;
  let workers: number | undefined;
  let child: string | null = null;
  let add20k = false;
  let add50k = false;
  let renderer = false;
  let rendererOnly = false;
  let rendererProfile: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const [flag = '', inline] = (argv[i] ?? '').split(/=(.*)/s, 2);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--sizes':
        sizes = value().split(',').map(parseSize);
        break;
      case '--20k':
        add20k = true;
        break;
      case '--50k':
        add50k = true;
        break;
      case '--json':
        json = true;
        break;
      case '--workers': {
        const raw = value();
        workers = Number(raw);
        if (!/^\d+$/.test(raw)) throw new Error(`--workers: "${raw}" is not a whole number`);
        break;
      }
      case '--renderer':
        renderer = true;
        break;
      case '--renderer-only':
        rendererOnly = true;
        break;
      case '--renderer-profile':
        rendererProfile = value();
        break;
      case '--child':
        child = value();
        break;
      default:
        throw new Error(`unknown argument "${argv[i]}"\n${USAGE}`);
    }
  }
  if (add20k) sizes.push(20_000);
  if (add50k) sizes.push(50_000);
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    json,
    workers,
    renderer: renderer || rendererOnly || add50k || rendererProfile !== null,
    rendererOnly,
    rendererProfile,
    child,
  };
}
