/**
 * `npm run bench`: issues #16 and #17's benchmark. Generates N synthetic releases, then times,
 * alternating A B A B, bare Eleventy over the same markdown (the baseline), Pagefind's CLI over
 * its output (the peer pipeline's second step) and the full build (scripts/build.ts), all
 * writing to tmpfs, and splits both sides' time into phases; weighs each kind of page; times
 * searches in headless Chromium; runs Lighthouse; and writes the figures, each next to its
 * target, to bench/results-<N>.md and .json. No timing is asserted: it reports.
 * See bench/README.md for how to read the results.
 */
import { existsSync } from "node:fs";
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { freePort, serveSite } from "../e2e/support/served-site.ts";
import { findBrowser } from "./browser.ts";
import { createBaselineProject } from "./bench/baseline.ts";
import { summariseProfile, type CpuProfile } from "./bench/cpu-profile.ts";
import { benchImages, IMAGE_RELEASE } from "./bench/images.ts";
import { measureDevLoop } from "./bench/dev-loop.ts";
import { addRelease, reusedShards } from "./bench/publish.ts";
import { runLighthouse } from "./bench/lighthouse.ts";
import { describeMachine } from "./bench/machine.ts";
import { runMeasured, type RunResult } from "./bench/measure.ts";
import { weighSite } from "./bench/page-weight.ts";
import { indexedPages, phasesOf, type PhaseTimes } from "./bench/phases.ts";
import { checkTargets, FLOOR_HTML, FLOOR_PAGE, isSkipped, renderMarkdown, type BenchResults, type BuildFigures, type TimedRun } from "./bench/report.ts";
import { searchUnavailable, timeSearches } from "./bench/search-timing.ts";
import { siteStats } from "./bench/site-stats.ts";
import { formatBytes, formatDuration, median } from "./bench/stats.ts";
import { DEFAULT_SEED, writeFixtures } from "./fixtures/synthetic-releases.ts";
import { searchWords } from "./fixtures/vocabulary.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const note = (message: string) => process.stderr.write(`[bench] ${message}\n`);

const NO_BROWSER = "no Chromium found (set CHROMIUM_PATH, or install Debian's chromium: npm test installs it)";
const USAGE = `Usage: npm run bench -- [--n N] [--pairs K] [--words W] [--smoke] [--no-browser] [--no-lighthouse] [--lighthouse-runs R] [--profile] [--keep] [--no-peer-index] [--no-dev-loop]
  --n N                synthetic releases to build (default 1000)
  --pairs K            baseline/full-build pairs, alternated (default 3; at least 3 for a figure to quote)
  --words W            search words to time (default 7)
  --smoke              harness check for CI: --n 200 --pairs 1 --words 2 --lighthouse-runs 1, Lighthouse on
                       the floor, home and image pages only, results under bench/tmp/ (no timing judged)
  --no-browser         skip the search timing and Lighthouse
  --no-lighthouse      skip Lighthouse
  --lighthouse-runs R  Lighthouse runs per page, the median run reported (default 3)
  --profile            also profile one full build (node --cpu-prof) and list the top self-time functions
  --keep               keep the fixtures and built sites in /dev/shm
  --no-peer-index      skip the peer's Pagefind run (one run over every page needs ~430 KB a page: too
                       much memory at 40,000 releases); the build ratio is then not measured
  --no-dev-loop        skip the dev loop (npm start, then saves to one release, timed to the screen)`;

/** The flags, by node:util's parseArgs; `--smoke` sets its own defaults, which explicit flags override. */
export function parseOptions(argv: string[]) {
  const number = { type: "string" } as const;
  const flag = { type: "boolean", default: false } as const;
  const { values } = parseArgs({
    args: argv,
    allowNegative: true,
    options: { n: number, pairs: number, words: number, "lighthouse-runs": number, smoke: flag, browser: { type: "boolean", default: true }, lighthouse: { type: "boolean", default: true }, profile: flag, keep: flag, "peer-index": { type: "boolean", default: true }, "dev-loop": { type: "boolean", default: true } },
  });
  const whole = (name: string, value: string | undefined, fallback: number) => {
    const parsed = Number(value ?? fallback);
    if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`--${name} needs a whole number of at least 1, not ${value}`);
    return parsed;
  };
  const smoke = values.smoke;
  return {
    n: whole("n", values.n, smoke ? 200 : 1000),
    pairs: whole("pairs", values.pairs, smoke ? 1 : 3),
    words: whole("words", values.words, smoke ? 2 : 7),
    lighthouseRuns: whole("lighthouse-runs", values["lighthouse-runs"], smoke ? 1 : 3),
    smoke,
    browser: values.browser,
    lighthouse: values.lighthouse,
    profile: values.profile,
    keep: values.keep,
    peerIndex: values["peer-index"],
    devLoop: values["dev-loop"],
  };
}

type Options = ReturnType<typeof parseOptions>;

class BuildFailed extends Error {}

/** Runs one build into an empty `output` (in tmpfs, where removing is cheap and untimed), measured. */
async function measuredBuild(label: string, [command, ...args]: string[], cwd: string, env: NodeJS.ProcessEnv, output: string): Promise<RunResult> {
  await rm(output, { recursive: true, force: true });
  note(`${label}…`);
  const run = await runMeasured(command!, args, { cwd, env });
  if (run.exitCode !== 0) throw new BuildFailed(`${label} failed (exit ${run.exitCode}):\n${run.output.trimEnd().split("\n").slice(-30).join("\n")}`);
  note(`${label}: ${formatDuration(run.wallMs)}${run.cpuSeconds === undefined ? "" : ` (CPU ${run.cpuSeconds.toFixed(2)} s)`}${run.maxRssKb === undefined ? "" : `, peak RSS ${formatBytes(run.maxRssKb * 1024)}`}`);
  return run;
}

function figures(command: string, runs: TimedRun[], site: BuildFigures["site"]): BuildFigures {
  const cpu = runs.flatMap((r) => (r.cpuSeconds === undefined ? [] : [r.cpuSeconds]));
  const byName = new Map<string, number>();
  for (const p of runs.flatMap((r) => r.processes)) byName.set(p.name, Math.max(byName.get(p.name) ?? 0, p.peakRssKb));
  const rss = runs.flatMap((r) => (r.maxRssKb === undefined ? [] : [r.maxRssKb]));
  return {
    command,
    runs,
    medianWallMs: median(runs.map((r) => r.wallMs)),
    medianCpuSeconds: cpu.length === runs.length ? median(cpu) : undefined,
    peakRssKb: rss.length > 0 ? Math.max(...rss) : undefined,
    peakByProcess: [...byName].map(([name, peakRssKb]) => ({ name, peakRssKb })).sort((a, b) => b.peakRssKb - a.peakRssKb),
    site,
  };
}

const timed = ({ wallMs, cpuSeconds, maxRssKb, processes }: RunResult): TimedRun => ({ wallMs, cpuSeconds, maxRssKb, processes });

async function profileBuild(env: NodeJS.ProcessEnv, work: string, n: number): Promise<BenchResults["profile"]> {
  const dir = path.join(work, "profile");
  const run = await measuredBuild("full build under node --cpu-prof", [process.execPath, "--cpu-prof", `--cpu-prof-dir=${dir}`, "--import", "tsx", "scripts/build.ts"], repoRoot, { ...env, OUTPUT_DIR: path.join(work, "site-profile") }, path.join(work, "site-profile"));
  // One profile per thread; the main thread's is the largest.
  const files = await Promise.all((await readdir(dir)).filter((f) => f.endsWith(".cpuprofile")).map(async (f) => ({ f, size: (await stat(path.join(dir, f))).size })));
  const main = files.sort((a, b) => b.size - a.size)[0];
  if (!main) throw new Error("node --cpu-prof wrote no profile");
  const kept = path.join(repoRoot, "bench", "tmp", `build-${n}.cpuprofile`);
  await mkdir(path.dirname(kept), { recursive: true });
  await copyFile(path.join(dir, main.f), kept);
  note(`profiled build: ${formatDuration(run.wallMs)}`);
  return { ...summariseProfile(JSON.parse(await readFile(kept, "utf8")) as CpuProfile), file: path.relative(repoRoot, kept) };
}

/** Search timing and Lighthouse on the full build, served by the e2e suite's server (scripts/serve.ts). */
async function browserSteps(options: Options, output: string, port: number, releasePath: string | undefined, words: string[]): Promise<Pick<BenchResults, "search" | "lighthouse"> & { errors: string[] }> {
  const errors: string[] = [];
  const chromium = findBrowser();
  const why = !options.browser ? "--no-browser" : !chromium ? NO_BROWSER : undefined;
  if (why || !chromium) return { search: { skipped: why! }, lighthouse: { skipped: why! }, errors };
  const server = await serveSite(output, port);
  const url = server.origin;
  let search: BenchResults["search"] = { skipped: searchUnavailable(output) ?? "" };
  let lighthouse: BenchResults["lighthouse"] = { skipped: "--no-lighthouse" };
  try {
    if (!search.skipped) {
      try {
        search = await timeSearches(chromium, url, words, note);
        note(`search: median first result ${formatDuration(search.medianFirstResultMs)}, ${formatBytes(search.medianBytesGzip)} gzip`);
      } catch (error) {
        errors.push(`search timing: ${(error as Error).message}`);
        search = { skipped: `failed: ${(error as Error).message}` };
      }
    }
    if (options.lighthouse) {
      // The floor first: a blank page in the same (throwaway) output, served the same way.
      await mkdir(path.join(output, "bench-floor"), { recursive: true });
      await writeFile(path.join(output, "bench-floor", "index.html"), FLOOR_HTML);
      // Issue #13: a release page with a lead photo scores as the floor does (smoke runs too).
      const pages = [{ page: FLOOR_PAGE, url: `${url}/bench-floor/` }, { page: "home", url: `${url}/` }, { page: "release with images", url: `${url}${IMAGE_RELEASE}` }];
      if (!options.smoke) {
        if (releasePath) pages.push({ page: "release", url: `${url}${releasePath}` });
        // The search page, and the same page showing results (a deep link), where its script works.
        pages.push({ page: "search", url: `${url}/search/` }, { page: "search results", url: `${url}/search/?q=${encodeURIComponent(words[0] ?? "")}` });
      }
      try {
        lighthouse = await runLighthouse(chromium, pages, options.lighthouseRuns, note);
      } catch (error) {
        errors.push(`lighthouse: ${(error as Error).message}`);
        lighthouse = { skipped: `failed: ${(error as Error).message}` };
      }
      if (!isSkipped(lighthouse)) note(`lighthouse: ${lighthouse.map((l) => `${l.page} ${l.error ? "not scored" : Object.values(l.scores).join("/")}`).join(", ")}`);
    }
  } finally {
    await server.stop();
  }
  return { search, lighthouse, errors };
}

/** A press office's publish (scripts/bench/publish.ts): built once with an empty search cache, then again with one release added. */
async function benchPublish(work: string, fixtures: string, fullEnv: NodeJS.ProcessEnv): Promise<NonNullable<BenchResults["publish"]>> {
  const content = path.join(work, "fixtures-publish");
  const output = path.join(work, "site-publish");
  await cp(fixtures, content, { recursive: true });
  const env = { ...fullEnv, RELEASES_DIR: content, OUTPUT_DIR: output, SEARCH_INDEX_CACHE: path.join(work, "search-cache") };
  const command = [process.execPath, "--import", "tsx", "scripts/build.ts"];
  const first = await measuredBuild("publish: first build, empty search cache", command, repoRoot, env, output);
  await addRelease(content);
  const again = await measuredBuild("publish: one release added, search cache kept", command, repoRoot, env, output);
  await rm(output, { recursive: true, force: true });
  return { first: timed(first), publish: timed(again), shards: reusedShards(again.output) };
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (options.pairs < 3 && !options.smoke) note(`only ${options.pairs} pair${options.pairs === 1 ? "" : "s"}: at least 3 for a figure to quote`);
  const startedAt = new Date().toISOString();
  const machine = describeMachine();
  // tmpfs when there is one: this machine's disk is slow to create files soon after an rm -rf.
  const tmpfs = existsSync("/dev/shm");
  const work = await mkdtemp(path.join(tmpfs ? "/dev/shm" : os.tmpdir(), "newsroom-bench-"));
  const cleanUp = () => (options.keep ? Promise.resolve() : rm(work, { recursive: true, force: true }));
  process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));
  note(`work folder ${work}${tmpfs ? " (tmpfs)" : " (on disk: timings include the disk)"}${options.keep ? ", kept afterwards" : ""}`);
  try {
    const fixtures = path.join(work, "fixtures");
    const generateStart = performance.now();
    const written = await writeFixtures(fixtures, { n: options.n, repoRoot });
    const generateMs = performance.now() - generateStart;
    note(`generated ${options.n.toLocaleString("en-GB")} releases, ${formatBytes(written.bytes)} in ${formatDuration(generateMs)}`);

    const [baselineOut, fullOut, pagefindOut] = ["site-baseline", "site-full", "pagefind-alone"].map((d) => path.join(work, d)) as [string, string, string];
    const base = await createBaselineProject(repoRoot, path.join(work, "baseline-project"), fixtures, baselineOut);
    // The site URL is the local server's, so canonical links point at the origin Lighthouse tests.
    const port = await freePort(4400, 4499);
    // Every full build cold, as the peer's always is: no search shards from an earlier run.
    const fullEnv = { ...process.env, RELEASES_DIR: fixtures, OUTPUT_DIR: fullOut, SITE_URL: `http://localhost:${port}`, SEARCH_INDEX_CACHE: "off" };
    const pagefindCli = [path.join(repoRoot, "node_modules", ".bin", "pagefind"), "--site", baselineOut, "--output-path", pagefindOut, "--force-language", "en", "--quiet"];
    const runs = { baseline: [] as TimedRun[], full: [] as TimedRun[], pagefind: [] as TimedRun[] };
    const phases = { ours: [] as PhaseTimes[], peer: [] as PhaseTimes[] };
    let indexed: number | undefined;
    for (let pair = 1; pair <= options.pairs; pair++) {
      const label = `pair ${pair}/${options.pairs}:`;
      const bare = await measuredBuild(`${label} baseline (bare Eleventy)`, [base.command, ...base.args], base.cwd, process.env, baselineOut);
      runs.baseline.push(timed(bare));
      // The peer pipeline's second step (issue #16): Pagefind's own CLI over bare Eleventy's pages.
      if (options.peerIndex) {
        const pagefind = await measuredBuild(`${label} peer, Pagefind's CLI over the baseline's output`, pagefindCli, repoRoot, process.env, pagefindOut);
        runs.pagefind.push(timed(pagefind));
        const peer = phasesOf(bare.output, bare.wallMs, pagefind.wallMs);
        if (peer) phases.peer.push(peer);
      }
      const full = await measuredBuild(`${label} full build (scripts/build.ts)`, [process.execPath, "--import", "tsx", "scripts/build.ts"], repoRoot, fullEnv, fullOut);
      runs.full.push(timed(full));
      const ours = phasesOf(full.output, full.wallMs);
      if (ours) phases.ours.push(ours);
      indexed = indexedPages(full.output) ?? indexed;
    }

    const publish = await benchPublish(work, fixtures, fullEnv);
    note(`publish: one release added, ${formatDuration(publish.publish.wallMs)} with the search cache (${publish.shards ? `${publish.shards.reused} of ${publish.shards.shards} shards copied` : "no shard count printed"}), first build ${formatDuration(publish.first.wallMs)}`);

    // Counted before the browser steps, which add pages to this output.
    const fullStats = await siteStats(fullOut);
    const pageWeight = await weighSite(fullOut);
    const release = pageWeight.find((p) => p.type === "release");
    note(`page weight: ${pageWeight.length} page types; release first visit ${release ? `${formatBytes(release.firstVisit.gzip)} gzip` : "n/a"}`);
    const images = await benchImages(work, repoRoot, `http://localhost:${port}`);
    note(`images: cold ${formatDuration(images.cold.wallMs)} (${images.cold.encoded} encoded), cached ${formatDuration(images.warm.wallMs)} (${images.warm.encoded} encoded)`);
    // That page and its images join the served build (its year does not clash with the synthetic
    // ones), so Lighthouse scores it on the same origin.
    for (const part of [IMAGE_RELEASE, "media/img", "media/nr2012-5"]) await cp(path.join(work, "images-site", part), path.join(fullOut, part), { recursive: true });

    // Chosen from what was generated, common to rare, so the timings cover long and short result lists.
    const chosen = searchWords(written.words, options.words);
    note(`search words (releases whose body has the word): ${chosen.map((c) => `${c.word} ${c.releases.toLocaleString("en-GB")}`).join(", ")}`);
    // The dev loop before the browser steps: its dev server builds the same releases once more, on its own.
    const devLoop = !options.browser ? { skipped: "--no-browser" } : !options.devLoop ? { skipped: "--no-dev-loop" } : !findBrowser() ? { skipped: NO_BROWSER } : await measureDevLoop(fixtures, { port: await freePort(4500, 4599), saves: options.smoke ? 2 : 5 });
    if (!isSkipped(devLoop)) note(`dev loop: saves ${devLoop.saves.map((ms) => formatDuration(ms)).join(", ")}; broken save shown in terminal ${devLoop.broken.terminal}, browser ${devLoop.broken.browser}`);
    const browser = await browserSteps(options, fullOut, port, release?.path, chosen.map((c) => c.word));
    const profile = options.profile ? await profileBuild(fullEnv, work, options.n) : { skipped: "not asked for (--profile)" };

    const relative = (a: string) => (path.relative(repoRoot, a).startsWith("node_modules") ? path.relative(repoRoot, a) : a.replace(work, "…"));
    const results: BenchResults = {
      n: options.n,
      pairs: options.pairs,
      smoke: options.smoke,
      startedAt,
      machine,
      loadAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
      outputs: tmpfs ? `tmpfs (${work}), every run into an empty folder` : `disk (${work}): no /dev/shm on this machine, so timings include the disk`,
      fixtures: { files: written.files, bytes: written.bytes, seed: DEFAULT_SEED, generateMs },
      baseline: figures(`node ${base.args.map(relative).join(" ")} (in a throwaway project)`, runs.baseline, await siteStats(baselineOut)),
      full: { ...figures("RELEASES_DIR=… OUTPUT_DIR=… node --import tsx scripts/build.ts", runs.full, fullStats), indexedPages: indexed },
      pagefindAlone: options.peerIndex ? figures("node_modules/.bin/pagefind --site <baseline's output> --output-path … --force-language en", runs.pagefind, await siteStats(pagefindOut)) : { skipped: "--no-peer-index" },
      phases,
      pageWeight,
      images,
      search: browser.search,
      lighthouse: browser.lighthouse,
      profile,
      devLoop,
      publish,
    };
    const checks = checkTargets(results);
    const markdown = renderMarkdown(results, checks);
    const [outDir, name] = options.smoke ? [path.join(repoRoot, "bench", "tmp"), "results-smoke"] : [path.join(repoRoot, "bench"), `results-${options.n}`];
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, `${name}.json`), `${JSON.stringify({ ...results, targets: checks }, null, 2)}\n`);
    await writeFile(path.join(outDir, `${name}.md`), markdown);
    console.log(markdown);
    note(`written: ${path.relative(repoRoot, path.join(outDir, name))}.md and .json`);
    // A step that failed fails the run (a smoke run in CI, above all); a page Lighthouse could
    // not score is reported as such in the report.
    for (const error of browser.errors) console.error(`[bench] could not measure: ${error}`);
    return browser.errors.length > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof BuildFailed)) throw error;
    console.error(`[bench] ${error.message}`);
    return 1;
  } finally {
    await cleanUp();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--help") || process.argv.includes("-h")) console.log(USAGE);
  else process.exitCode = await main();
}
