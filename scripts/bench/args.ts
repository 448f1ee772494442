/** The benchmark's command line: `npm run bench -- --n 4000 --pairs 5`, or `-- --smoke`. */

export interface BenchOptions {
  /** How many synthetic releases to build. */
  n: number;
  /** How many baseline/full-build pairs to time, alternating A B A B. */
  pairs: number;
  /** CI's check that the harness works: small N, one pair, one Lighthouse page, results under bench/tmp/. */
  smoke: boolean;
  /** How many words to time searches for. */
  words: number;
  /** Skip the browser steps (search timing and Lighthouse). */
  browser: boolean;
  /** Skip Lighthouse only. */
  lighthouse: boolean;
  /** Also run the full build once under `node --cpu-prof` and list the top self-time functions. */
  profile: boolean;
  /** Keep the fixtures and outputs in /dev/shm for inspection. */
  keep: boolean;
  /** Run the peer pipeline's Pagefind step (one Pagefind run over every page: ~17 GB at 40,000). */
  peerIndex: boolean;
}

export const DEFAULTS: BenchOptions = { n: 1000, pairs: 3, smoke: false, words: 7, browser: true, lighthouse: true, profile: false, keep: false, peerIndex: true };

export const USAGE = `Usage: npm run bench -- [--n N] [--pairs K] [--words W] [--smoke] [--no-browser] [--no-lighthouse] [--profile] [--keep]
  --n N            synthetic releases to build (default ${DEFAULTS.n})
  --pairs K        baseline/full-build pairs, alternated (default ${DEFAULTS.pairs}; at least 3 for a real figure)
  --words W        search words to time (default ${DEFAULTS.words}, at least 5)
  --smoke          harness check for CI: --n 200 --pairs 1 --words 2, Lighthouse on the home page only,
                   results under bench/tmp/ (no timing is judged)
  --no-browser     skip the search timing and Lighthouse
  --no-lighthouse  skip Lighthouse
  --profile        also profile one full build (node --cpu-prof) and list the top self-time functions
  --keep           keep the fixtures and built sites in /dev/shm
  --no-peer-index  skip the peer pipeline's Pagefind run (one run over every page needs ~430 KB a
                   page: too much memory at 40,000 releases); the build ratio is then not measured`;

function positiveInt(flag: string, value: string | undefined, min: number): number {
  const parsed = Number(value);
  if (value === undefined || !Number.isInteger(parsed) || parsed < min) throw new Error(`${flag} needs a whole number of at least ${min}, not ${value ?? "nothing"}`);
  return parsed;
}

/** Parses the flags; `--smoke` sets its own defaults, which explicit flags still override. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...DEFAULTS };
  const explicit = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "--n":
        options.n = positiveInt(flag, value(), 1);
        explicit.add("n");
        break;
      case "--pairs":
        options.pairs = positiveInt(flag, value(), 1);
        explicit.add("pairs");
        break;
      case "--words":
        options.words = positiveInt(flag, value(), 1);
        explicit.add("words");
        break;
      case "--smoke":
        options.smoke = true;
        break;
      case "--no-browser":
        options.browser = false;
        break;
      case "--no-lighthouse":
        options.lighthouse = false;
        break;
      case "--profile":
        options.profile = true;
        break;
      case "--no-peer-index":
        options.peerIndex = false;
        break;
      case "--keep":
        options.keep = true;
        break;
      default:
        throw new Error(`unknown option ${arg}\n${USAGE}`);
    }
  }
  if (options.smoke) {
    if (!explicit.has("n")) options.n = 200;
    if (!explicit.has("pairs")) options.pairs = 1;
    if (!explicit.has("words")) options.words = 2;
  }
  return options;
}
