/**
 * `npm run bench`: issue #9's benchmark. Generates N synthetic releases, then times, alternating
 * A B A B, bare Eleventy over the same markdown (the baseline) and the full build
 * (scripts/build.ts, Pagefind included), both writing to tmpfs; weighs each kind of page; times
 * searches in headless Chromium; runs Lighthouse; and writes the figures, each next to its
 * target, to bench/results-<N>.md and .json. No timing is asserted: it reports.
 * See bench/README.md for how to read the results.
 */
import { existsSync } from "node:fs";
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, USAGE, type BenchOptions } from "./bench/args.ts";
import { baselineCommand, createBaselineProject } from "./bench/baseline.ts";
import { parsePagefindLine, tail, type PagefindLine } from "./bench/build-log.ts";
import { summariseProfile, type CpuProfile } from "./bench/cpu-profile.ts";
import { DEFAULT_SEED, writeFixtures } from "./bench/fixtures.ts";
import { runLighthouse, type LighthouseResult } from "./bench/lighthouse.ts";
import { describeMachine } from "./bench/machine.ts";
import { runMeasured, type RunResult } from "./bench/measure.ts";
import { weighSite } from "./bench/page-weight.ts";
import { note, step } from "./bench/progress.ts";
import { checkTargets, FLOOR_HTML, FLOOR_PAGE, renderMarkdown, type BenchResults, type BuildFigures, type Skipped, type TimedRun } from "./bench/report.ts";
import { searchUnavailable, timeSearches, type SearchReport } from "./bench/search-timing.ts";
import { benchImages, IMAGE_RELEASE, renderImagesMarkdown } from "./bench/images.ts";
import { freePort, startServer } from "./bench/server.ts";
import { siteStats } from "./bench/site-stats.ts";
import { formatBytes, formatDuration, median } from "./bench/stats.ts";
import { searchWords, type WordCounts } from "./bench/vocabulary.ts";
import { findBrowser } from "./browser.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** tmpfs when there is one: the disk here is slow to create files soon after an rm -rf (bench/README.md, "Both write to tmpfs"). */
async function workFolder(): Promise<{ dir: string; tmpfs: boolean }> {
  const tmpfs = existsSync("/dev/shm") && (await stat("/dev/shm")).isDirectory();
  const dir = await mkdtemp(path.join(tmpfs ? "/dev/shm" : os.tmpdir(), "newsroom-bench-"));
  return { dir, tmpfs };
}

class BuildFailed extends Error {}

function timedRun(run: RunResult): TimedRun {
  return { wallMs: run.wallMs, cpuSeconds: run.cpuSeconds, maxRssKb: run.maxRssKb, processes: run.processes.map(({ name, command, peakRssKb }) => ({ name, command, peakRssKb })) };
}

function figures(command: string, runs: TimedRun[], site: BuildFigures["site"]): BuildFigures {
  const cpu = runs.map((r) => r.cpuSeconds).filter((c): c is number => c !== undefined);
  const rss = runs.map((r) => r.maxRssKb).filter((k): k is number => k !== undefined);
  const byName = new Map<string, number>();
  for (const run of runs) for (const p of run.processes) byName.set(p.name, Math.max(byName.get(p.name) ?? 0, p.peakRssKb));
  return {
    command,
    runs,
    medianWallMs: median(runs.map((r) => r.wallMs)),
    medianCpuSeconds: cpu.length === runs.length ? median(cpu) : undefined,
    peakRssKb: rss.length > 0 ? Math.max(...rss) : undefined,
    peakByProcess: [...byName.entries()].map(([name, peakRssKb]) => ({ name, peakRssKb })).sort((a, b) => b.peakRssKb - a.peakRssKb),
    site,
  };
}

async function measuredBuild(label: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, output: string): Promise<RunResult> {
  // Every run starts from an empty output folder (in tmpfs, where removing is cheap and untimed).
  await rm(output, { recursive: true, force: true });
  const progress = step(label);
  const run = await runMeasured(command, args, { cwd, env });
  if (run.exitCode !== 0) {
    progress.done(`FAILED (exit ${run.exitCode})`);
    throw new BuildFailed(`${label} failed (exit ${run.exitCode}):\n${tail(`${run.stdout}\n${run.stderr}`, 30)}`);
  }
  const peak = run.maxRssKb === undefined ? "" : `, peak RSS ${formatBytes(run.maxRssKb * 1024)}`;
  progress.done(`${formatDuration(run.wallMs)}${run.cpuSeconds === undefined ? "" : ` (CPU ${run.cpuSeconds.toFixed(2)} s)`}${peak}`);
  return run;
}

async function profileBuild(env: NodeJS.ProcessEnv, work: string, n: number): Promise<BenchResults["profile"]> {
  const dir = path.join(work, "profile");
  const output = path.join(work, "site-profile");
  const progress = step("full build under node --cpu-prof");
  const run = await runMeasured(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--import", "tsx", "scripts/build.ts"], { cwd: repoRoot, env: { ...env, OUTPUT_DIR: output } });
  if (run.exitCode !== 0) throw new BuildFailed(`profiled build failed (exit ${run.exitCode}):\n${tail(`${run.stdout}\n${run.stderr}`, 30)}`);
  // One profile per thread; the main thread's is the largest.
  const files = await Promise.all((await readdir(dir)).filter((f) => f.endsWith(".cpuprofile")).map(async (f) => ({ f, size: (await stat(path.join(dir, f))).size })));
  const main = files.sort((a, b) => b.size - a.size)[0];
  if (!main) throw new Error("node --cpu-prof wrote no profile");
  const kept = path.join(repoRoot, "bench", "tmp", `build-${n}.cpuprofile`);
  await mkdir(path.dirname(kept), { recursive: true });
  await copyFile(path.join(dir, main.f), kept);
  const summary = summariseProfile(JSON.parse(await readFile(kept, "utf8")) as CpuProfile);
  progress.done(`${formatDuration(run.wallMs)}; top: ${summary.owners.slice(0, 3).map((o) => `${o.name} ${(o.share * 100).toFixed(0)}%`).join(", ")}`);
  return { ...summary, file: path.relative(repoRoot, kept) };
}

async function browserSteps(options: BenchOptions, output: string, releasePath: string | undefined, port: number, counts: WordCounts, imagePath?: string): Promise<{ search: SearchReport | Skipped; lighthouse: LighthouseResult[] | Skipped; errors: string[] }> {
  const errors: string[] = [];
  if (!options.browser) return { search: { skipped: "--no-browser" }, lighthouse: { skipped: "--no-browser" }, errors };
  const chromium = findBrowser();
  if (!chromium) {
    const why = "no Chromium found (set CHROMIUM_PATH, or install Debian's chromium)";
    note(`skipping the browser steps: ${why}`);
    return { search: { skipped: why }, lighthouse: { skipped: why }, errors };
  }
  const server = await startServer(repoRoot, output, port);
  note(`serving the full build at ${server.url} (scripts/serve.ts)`);
  // Chosen from what was generated, common to rare, so the timings cover long and short result lists.
  const chosen = searchWords(counts, options.words);
  const words = chosen.map((c) => c.word);
  note(`search words (releases whose body has the word, of ${counts.releases.toLocaleString("en-GB")}): ${chosen.map((c) => `${c.word} ${c.releases.toLocaleString("en-GB")}`).join(", ")}`);
  let search: SearchReport | Skipped;
  let lighthouse: LighthouseResult[] | Skipped;
  try {
    const unavailable = searchUnavailable(output);
    if (unavailable) {
      note(`skipping the search timing: ${unavailable}`);
      search = { skipped: unavailable };
    } else {
      const progress = step(`search timing, ${words.length} words`);
      try {
        search = await timeSearches(chromium, server.url, words, (line) => note(line));
        progress.done(`median first result ${formatDuration(search.medianFirstResultMs)}, ${formatBytes(search.medianBytesGzip)} (gzip), main thread ${Math.round(search.medianBusyAfterSettled * 100)}% busy once settled`);
      } catch (error) {
        progress.done("FAILED");
        errors.push(`search timing: ${(error as Error).message}`);
        search = { skipped: `failed: ${(error as Error).message}` };
      }
    }
    if (!options.lighthouse) lighthouse = { skipped: "--no-lighthouse" };
    else {
      // The floor first: a blank page in the same (throwaway) output, served the same way.
      await mkdir(path.join(output, "bench-floor"), { recursive: true });
      await writeFile(path.join(output, "bench-floor", "index.html"), FLOOR_HTML);
      const pages = [{ page: FLOOR_PAGE, url: `${server.url}/bench-floor/` }, { page: "home", url: `${server.url}/` }];
      // Issue #13: a release page with a lead photo scores as the floor does (smoke runs too).
      if (imagePath) pages.push({ page: "release with images", url: `${server.url}${imagePath}` });
      if (!options.smoke) {
        if (releasePath) pages.push({ page: "release", url: `${server.url}${releasePath}` });
        pages.push({ page: "search", url: `${server.url}/search/` });
        // The same page showing results (a deep link), which is where its script does its work.
        pages.push({ page: "search results", url: `${server.url}/search/?q=${encodeURIComponent(words[0]!)}` });
      }
      const progress = step(`lighthouse, ${pages.length} page${pages.length === 1 ? "" : "s"}`);
      try {
        lighthouse = await runLighthouse(chromium, pages, (line) => note(line));
        progress.done(lighthouse.map((l) => `${l.page} ${l.error ? "not scored" : Object.values(l.scores).join("/")}`).join(", "));
      } catch (error) {
        progress.done("FAILED");
        errors.push(`lighthouse: ${(error as Error).message}`);
        lighthouse = { skipped: `failed: ${(error as Error).message}` };
      }
    }
  } finally {
    await server.stop();
  }
  return { search, lighthouse, errors };
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  if (options.pairs < 3 && !options.smoke) note(`only ${options.pairs} pair${options.pairs === 1 ? "" : "s"}: issue #9 asks for at least 3 for a figure to quote`);
  const startedAt = new Date().toISOString();
  const machine = describeMachine();
  const { dir: work, tmpfs } = await workFolder();
  const cleanUp = async () => {
    if (!options.keep) await rm(work, { recursive: true, force: true });
  };
  process.once("SIGINT", () => void cleanUp().finally(() => process.exit(130)));
  note(`work folder ${work}${tmpfs ? " (tmpfs)" : " (no /dev/shm here: on disk, so timings include the disk)"}${options.keep ? ", kept afterwards" : ""}`);

  try {
    const fixtures = path.join(work, "fixtures");
    const generating = step(`generating ${options.n.toLocaleString("en-GB")} releases`);
    const generateStart = performance.now();
    const written = await writeFixtures(fixtures, { n: options.n, repoRoot });
    const generateMs = performance.now() - generateStart;
    generating.done(`${formatBytes(written.bytes)} in ${formatDuration(generateMs)}`);

    const baselineDir = path.join(work, "baseline-project");
    await createBaselineProject(baselineDir, fixtures);
    const baselineOut = path.join(work, "site-baseline");
    const fullOut = path.join(work, "site-full");
    const base = baselineCommand(repoRoot, baselineDir, baselineOut);
    // The site URL is the local server's, as Netlify's URL is the site's own: canonical links
    // then point at the origin Lighthouse is testing.
    const port = await freePort();
    const fullEnv: NodeJS.ProcessEnv = { ...process.env, RELEASES_DIR: fixtures, OUTPUT_DIR: fullOut, SITE_URL: `http://localhost:${port}` };
    const fullArgs = ["--import", "tsx", "scripts/build.ts"];
    const pagefindCli = path.join(repoRoot, "node_modules", ".bin", "pagefind");

    const baselineRuns: TimedRun[] = [];
    const fullRuns: TimedRun[] = [];
    const pagefindAloneRuns: TimedRun[] = [];
    const pagefindAloneOut = path.join(work, "pagefind-alone");
    const pagefind: PagefindLine[] = [];
    for (let pair = 1; pair <= options.pairs; pair++) {
      baselineRuns.push(timedRun(await measuredBuild(`pair ${pair}/${options.pairs}: baseline (bare Eleventy)`, base.command, base.args, base.cwd, process.env, baselineOut)));
      // The peer pipeline's second step (issue #16): Pagefind's own CLI over bare Eleventy's pages.
      if (options.peerIndex) pagefindAloneRuns.push(timedRun(await measuredBuild(`pair ${pair}/${options.pairs}: peer, Pagefind's CLI over the baseline's output`, pagefindCli, ["--site", baselineOut, "--output-path", pagefindAloneOut, "--force-language", "en", "--quiet"], repoRoot, process.env, pagefindAloneOut)));
      const full = await measuredBuild(`pair ${pair}/${options.pairs}: full build (scripts/build.ts)`, process.execPath, fullArgs, repoRoot, fullEnv, fullOut);
      fullRuns.push(timedRun(full));
      const line = parsePagefindLine(`${full.stdout}\n${full.stderr}`);
      if (line) pagefind.push(line);
    }
    const pagefindNote = pagefind.length === 0 ? "the build printed no `[newsroom] pagefind: indexed N pages in X.XXs` line, so its own time is unknown" : undefined;
    if (pagefindNote) note(pagefindNote);

    // Counted before the browser steps, which add the Lighthouse floor page to this output.
    const fullStats = await siteStats(fullOut);
    const weighing = step("page weight");
    const pageWeight = await weighSite(fullOut);
    const release = pageWeight.find((p) => p.type === "release");
    weighing.done(`${pageWeight.length} page types; release first visit ${release ? `${formatBytes(release.firstVisit.gzip)} gzip` : "n/a"}`);

    const imaging = step("images: cold and cached builds of the fixtures with photos, and their page");
    const images = await benchImages(work, repoRoot, `http://localhost:${port}`);
    // That page and its images join the served build (its years do not clash with the synthetic
    // ones), after the page weights and counts, so Lighthouse can score it on the same origin.
    for (const part of [IMAGE_RELEASE, "media/img", "media/nr2012-5"]) {
      await cp(path.join(work, "images-site", part), path.join(fullOut, part), { recursive: true });
    }
    imaging.done(`cold ${formatDuration(images.cold.wallMs)} (${images.cold.encoded} encoded), cached ${formatDuration(images.warm.wallMs)} (${images.warm.encoded} encoded)`);

    const browser = await browserSteps(options, fullOut, release?.path, port, written.words, IMAGE_RELEASE);
    const profile = options.profile ? await profileBuild(fullEnv, work, options.n) : { skipped: "not asked for (--profile)" };

    const results: BenchResults = {
      n: options.n,
      pairs: options.pairs,
      smoke: options.smoke,
      startedAt,
      machine,
      loadAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100),
      outputs: tmpfs
        ? `tmpfs (${work}), every run into an empty folder`
        : `disk (${work}): no /dev/shm on this machine, so timings include the disk`,
      fixtures: { files: written.files, bytes: written.bytes, seed: DEFAULT_SEED, generateMs },
      baseline: figures(`node ${base.args.map((a) => path.relative(repoRoot, a).startsWith("node_modules") ? path.relative(repoRoot, a) : a.replace(work, "…")).join(" ")} (in a throwaway project)`, baselineRuns, await siteStats(baselineOut)),
      full: { ...figures(`RELEASES_DIR=… OUTPUT_DIR=… node ${fullArgs.join(" ")}`, fullRuns, fullStats), pagefind, pagefindNote },
      pagefindAlone: options.peerIndex
        ? figures("node_modules/.bin/pagefind --site <baseline's output> --output-path … --force-language en", pagefindAloneRuns, await siteStats(pagefindAloneOut))
        : { skipped: "--no-peer-index" },
      pageWeight,
      search: browser.search,
      lighthouse: browser.lighthouse,
      profile,
    };
    const checks = checkTargets(results);
    const markdown = `${renderMarkdown(results, checks).trimEnd()}\n\n${renderImagesMarkdown(images)}`;
    const outDir = options.smoke ? path.join(repoRoot, "bench", "tmp") : path.join(repoRoot, "bench");
    const name = options.smoke ? "results-smoke" : `results-${options.n}`;
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, `${name}.json`), `${JSON.stringify({ ...results, targets: checks, images }, null, 2)}\n`);
    await writeFile(path.join(outDir, `${name}.md`), markdown);
    console.log(markdown);
    note(`written: ${path.relative(repoRoot, path.join(outDir, `${name}.md`))} and .json`);
    for (const error of browser.errors) console.error(`[bench] could not measure: ${error}`);
    return browser.errors.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof BuildFailed) {
      console.error(`[bench] ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await cleanUp();
  }
}

if (process.argv.includes("--help") || process.argv.includes("-h")) console.log(USAGE);
else process.exitCode = await main();
