/**
 * The benchmark's results: one typed record, judged against the issues' targets, written as
 * JSON and as a markdown report.
 */
import type { DevLoopResult } from "./dev-loop.ts";
import type { ImageBench } from "./images.ts";
import { CATEGORIES, type LighthouseResult } from "./lighthouse.ts";
import type { Machine } from "./machine.ts";
import type { ProcessPeak } from "./measure.ts";
import type { PageWeight } from "./page-weight.ts";
import { type Phase, PHASE_HOW, PHASES, type PhaseTimes } from "./phases.ts";
import type { SearchReport } from "./search-timing.ts";
import type { SiteStats } from "./site-stats.ts";
import { formatBytes, formatDuration, formatRatio, median } from "./stats.ts";

export interface TimedRun {
  wallMs: number;
  cpuSeconds: number | undefined;
  maxRssKb: number | undefined;
  processes: ProcessPeak[];
}

export interface BuildFigures {
  command: string;
  runs: TimedRun[];
  medianWallMs: number;
  medianCpuSeconds: number | undefined;
  /** Largest peak RSS of any one process in any run, KiB. */
  peakRssKb: number | undefined;
  /** Each process name's largest peak over the runs, KiB, largest first. */
  peakByProcess: ProcessPeak[];
  site: SiteStats;
}

export type Skipped = { skipped: string };

export interface BenchResults {
  n: number;
  pairs: number;
  smoke: boolean;
  startedAt: string;
  machine: Machine;
  loadAtEnd: number[];
  /** Where the builds wrote: the disk matters (bench/README.md). */
  outputs: string;
  fixtures: { files: number; bytes: number; seed: number; generateMs: number };
  baseline: BuildFigures;
  full: BuildFigures & { indexedPages: number | undefined };
  /** The peer pipeline's second step: Pagefind's CLI over the baseline's output. */
  pagefindAlone: BuildFigures | Skipped;
  /** Each pair's phases (scripts/bench/phases.ts); the peer's only when its Pagefind step ran. */
  phases: { ours: PhaseTimes[]; peer: PhaseTimes[] };
  pageWeight: PageWeight[];
  images: ImageBench;
  search: SearchReport | Skipped;
  lighthouse: LighthouseResult[] | Skipped;
  profile: { totalMs: number; functions: SelfTime[]; owners: SelfTime[]; file: string } | Skipped;
  /** Issue #16 item 3: `npm start`, then saves to one release (dev-loop.ts). */
  devLoop?: DevLoopResult | Skipped;
  /** A publish: one release added, the search cache kept from the build before (publish.ts). */
  publish?: { first: TimedRun; publish: TimedRun; shards: { reused: number; shards: number } | undefined };
}

type SelfTime = { name: string; ms: number; share: number };
export type Status = "met" | "missed" | "not measured";
export interface TargetCheck {
  what: string;
  target: string;
  measured: string;
  status: Status;
  /** Why the figure is only indicative, or why it is missing. */
  note: string | undefined;
}

/** The Lighthouse baseline: as little as a valid, accessible page can be; not judged against the targets. */
export const FLOOR_PAGE = "floor";
export const FLOOR_HTML = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><meta name="description" content="A page with nothing in it, to measure the browser."></head>
<body><main><h1>Floor</h1><p>A page with nothing in it.</p></main></body>
</html>
`;

export const TARGETS = {
  /** Issue #16: the full build against the peer pipeline, bare Eleventy then Pagefind's CLI over its output. */
  buildVsPeer: { max: 1.1, atN: [4000, 10000] },
  /** Issue #17: every Pagefind process, at any size. */
  pagefindProcessBytes: { max: 1024 ** 3 },
  /** Issue #17: the build's Node process against bare Eleventy's, same size. */
  nodeVsBaselinePeak: { max: 1.3 },
  releaseFirstVisitBytes: { max: 14 * 1024 },
  /** Issue #17: first result minus the static listing's first row, median over the words. */
  searchOwnCostMs: { max: 150, atN: 4000 },
  searchBytesGzip: { max: 120 * 1024 },
  lighthouseScore: 100,
  /** Issue #16: a save on the dev server on screen within this, at 4,000 releases (median). */
  devLoopMs: { max: 1500, atN: 4000 },
} as const;

export const isSkipped = <T>(value: T | Skipped): value is Skipped => typeof value === "object" && value !== null && "skipped" in value;
const indicative = (n: number, sizes: readonly number[]) => (sizes.includes(n) ? undefined : `indicative: this run built ${n.toLocaleString("en-GB")} releases`);
const judged = (ok: boolean | undefined): Status => (ok === undefined ? "not measured" : ok ? "met" : "missed");

/** Judges the results against the open issues' targets (#16 build, #17 search), one line per target. */
export function checkTargets(r: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const loop = r.devLoop;
  const loopWhat = "Dev loop: a saved release on screen (npm start, median of the saves)";
  const loopTarget = `≤ ${formatDuration(TARGETS.devLoopMs.max)} at ${en(TARGETS.devLoopMs.atN)} releases, errors shown in terminal and browser`;
  const pushLoop = () => {
    if (loop === undefined) return;
    if (isSkipped(loop)) return void checks.push({ what: loopWhat, target: loopTarget, measured: "n/a", status: "not measured", note: loop.skipped });
    const ms = median(loop.saves);
    const shown = loop.broken.terminal && loop.broken.browser && loop.broken.recoveredMs !== undefined;
    checks.push({ what: loopWhat, target: loopTarget, measured: `${formatDuration(ms)}; errors ${shown ? "shown in both, recovered" : "NOT shown in both"}`, status: judged(ms <= TARGETS.devLoopMs.max && shown), note: indicative(r.n, [TARGETS.devLoopMs.atN]) });
  };
  const add = (what: string, target: string, measured: string, ok: boolean | undefined, note?: string) => checks.push({ what, target, measured, status: judged(ok), note });
  const peer = r.pagefindAlone;
  const buildWhat = "Full build vs the peer pipeline (bare Eleventy, then Pagefind's CLI over its output), median wall time";
  const buildTarget = `≤ ${TARGETS.buildVsPeer.max}× at ${TARGETS.buildVsPeer.atN.map((n) => n.toLocaleString("en-GB")).join(" and ")} releases`;
  if (isSkipped(peer)) add(buildWhat, buildTarget, `n/a (full build ${formatDuration(r.full.medianWallMs)}, bare Eleventy ${formatDuration(r.baseline.medianWallMs)})`, undefined, peer.skipped);
  else {
    const peerMs = r.baseline.medianWallMs + peer.medianWallMs;
    add(buildWhat, buildTarget, `${formatRatio(r.full.medianWallMs, peerMs)} (${formatDuration(r.full.medianWallMs)} vs ${formatDuration(r.baseline.medianWallMs)} + ${formatDuration(peer.medianWallMs)})`, r.full.medianWallMs / peerMs <= TARGETS.buildVsPeer.max, indicative(r.n, TARGETS.buildVsPeer.atN));
  }
  const pagefindPeak = Math.max(0, ...r.full.peakByProcess.filter((p) => p.name.startsWith("pagefind")).map((p) => p.peakRssKb)) * 1024;
  add("Peak memory (RSS) of any Pagefind process in the full build", `< ${formatBytes(TARGETS.pagefindProcessBytes.max)} at any size`, pagefindPeak > 0 ? formatBytes(pagefindPeak) : "n/a",
    pagefindPeak > 0 ? pagefindPeak < TARGETS.pagefindProcessBytes.max : undefined, !isSkipped(peer) && peer.peakRssKb ? `the peer's one Pagefind run over every page: ${formatBytes(peer.peakRssKb * 1024)}` : undefined);
  const nodePeak = (b: BuildFigures) => b.peakByProcess.find((p) => p.name === "node")?.peakRssKb;
  const [ours, bare] = [nodePeak(r.full), nodePeak(r.baseline)];
  add("Peak memory of the build's Node process vs bare Eleventy's", `≤ ${TARGETS.nodeVsBaselinePeak.max}× at the same size`, ours && bare ? `${formatRatio(ours, bare)} (${formatBytes(ours * 1024)} vs ${formatBytes(bare * 1024)})` : "n/a",
    ours && bare ? ours / bare <= TARGETS.nodeVsBaselinePeak.max : undefined);
  const release = r.pageWeight.find((p) => p.type === "release");
  add("Release page, first visit (HTML + CSS + blocking JS), gzip", `≤ ${formatBytes(TARGETS.releaseFirstVisitBytes.max)}`, release ? `${formatBytes(release.firstVisit.gzip)} gzip, ${formatBytes(release.firstVisit.brotli)} brotli (largest release page)` : "n/a",
    release ? release.firstVisit.gzip <= TARGETS.releaseFirstVisitBytes.max : undefined, release ? undefined : "no release page in the build");
  const withScript = r.pageWeight.filter((p) => p.type !== "search" && p.javascript.raw > 0);
  add("JavaScript on pages other than search", "none", r.pageWeight.length === 0 ? "n/a" : withScript.length === 0 ? "none" : withScript.map((p) => `${p.type}: ${formatBytes(p.javascript.raw)}`).join(", "), r.pageWeight.length === 0 ? undefined : withScript.length === 0);
  const ownCost = "Search's own cost: first result minus a static listing's first row (median over the words)";
  const bytes = "Search: bytes before the first result, gzip (median)";
  if (isSkipped(r.search)) {
    add(ownCost, `≤ ${TARGETS.searchOwnCostMs.max} ms`, "n/a", undefined, r.search.skipped);
    add(bytes, `≤ ${formatBytes(TARGETS.searchBytesGzip.max)}`, "n/a", undefined, r.search.skipped);
  } else {
    const s = r.search;
    add(ownCost, `≤ ${TARGETS.searchOwnCostMs.max} ms at ${TARGETS.searchOwnCostMs.atN.toLocaleString("en-GB")} releases, and at most 1.3× that at 40,000`,
      `${formatDuration(s.medianOwnCostMs)} over ${s.words.length} words (first result ${formatDuration(s.medianFirstResultMs)}, static listing ${formatDuration(s.medianBaselineMs)}; exact count at ${formatDuration(s.medianCountedMs)})`,
      s.medianOwnCostMs <= TARGETS.searchOwnCostMs.max, indicative(r.n, [TARGETS.searchOwnCostMs.atN]));
    add(bytes, `≤ ${formatBytes(TARGETS.searchBytesGzip.max)}`, formatBytes(s.medianBytesGzip), s.medianBytesGzip <= TARGETS.searchBytesGzip.max);
  }
  if (isSkipped(r.lighthouse)) add("Lighthouse (mobile), four categories", "100 each", "n/a", undefined, r.lighthouse.skipped);
  else {
    const floor = r.lighthouse.find((l) => l.page === FLOOR_PAGE);
    const floorScore = floor?.scores.performance ?? null;
    for (const result of r.lighthouse.filter((l) => l.page !== FLOOR_PAGE)) {
      const { performance, ...others } = result.scores;
      const perfOk = performance !== null && (performance === TARGETS.lighthouseScore || (floorScore !== null && performance >= floorScore));
      add(`Lighthouse (mobile), ${result.page}`, "performance 100 or the floor page's score in the same run; 100 in the other three", Object.entries(result.scores).map(([k, v]) => `${k} ${v ?? "n/a"}`).join(", "),
        Object.values(result.scores).some((v) => v === null) ? undefined : perfOk && Object.values(others).every((v) => v === TARGETS.lighthouseScore),
        result.error ?? (floor && floorScore !== null ? `the floor page scored performance ${floorScore} (TBT ${floor.metrics.TBT === undefined ? "n/a" : formatDuration(floor.metrics.TBT)})` : undefined));
    }
  }
  pushLoop();
  return checks;
}

const cell = (text: string | number) => String(text).replace(/\|/g, "\\|").replace(/\n/g, " ");
const row = (cells: (string | number)[]) => `| ${cells.map(cell).join(" | ")} |`;
const table = (head: string[], rows: (string | number)[][]) => [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n");
const STATUS_MARK: Record<Status, string> = { met: "✅ met", missed: "❌ missed", "not measured": "— not measured" };
const en = (n: number) => n.toLocaleString("en-GB");
const peaks = (b: BuildFigures) => b.peakByProcess.map((p) => `${p.name} ${formatBytes(p.peakRssKb * 1024)}`).join(", ") || "n/a";

function buildRow(name: string, b: BuildFigures, baseline: BuildFigures): (string | number)[] {
  const cpu = (x: BuildFigures) => x.medianCpuSeconds;
  return [name, formatDuration(b.medianWallMs), b.runs.map((run) => (run.wallMs / 1000).toFixed(2)).join(", "), cpu(b) === undefined ? "n/a" : `${cpu(b)!.toFixed(2)} s`,
    formatRatio(b.medianWallMs, baseline.medianWallMs), cpu(b) === undefined || cpu(baseline) === undefined ? "n/a" : formatRatio(cpu(b)!, cpu(baseline)!),
    b.peakRssKb === undefined ? "n/a" : formatBytes(b.peakRssKb * 1024), en(b.site.pages), `${en(b.site.files)} files, ${formatBytes(b.site.bytes)}`];
}

function phaseTable(r: BenchResults): string[] {
  const { ours, peer } = r.phases;
  if (ours.length === 0) return ["The full build printed no `[newsroom] phase` marks, so its phases are unknown."];
  const med = (runs: PhaseTimes[], phase: Phase) => (runs.length ? median(runs.map((p) => p[phase])) : Number.NaN);
  const total = (runs: PhaseTimes[]) => (runs.length ? median(runs.map((p) => PHASES.reduce((sum, phase) => sum + p[phase], 0))) : Number.NaN);
  const line = (name: string, a: number, b: number, how: string) => [name, formatDuration(a), formatDuration(b), Number.isFinite(b) ? `${a - b >= 0 ? "+" : "−"}${formatDuration(Math.abs(a - b))}` : "n/a", how];
  return [
    table(["phase", "ours (median)", "peer (median)", "ours − peer", "measured as"], [
      ...PHASES.map((phase) => line(phase, med(ours, phase), med(peer, phase), PHASE_HOW[phase])),
      line("total", total(ours), total(peer), "the measured wall time (the medians of the phases need not add up to it)"),
    ]),
    "",
    `Each side prints \`[newsroom] phase <name> at <s>s\` marks (seconds since its Node process started): ours from \`scripts/build-phases.ts\`, the bare Eleventy baseline from its throwaway config, with the same Eleventy events. Medians over ${ours.length} run${ours.length === 1 ? "" : "s"}${r.full.indexedPages === undefined ? "" : `; the full build indexed ${en(r.full.indexedPages)} pages`}.${peer.length ? "" : " The peer's phases need its Pagefind step, which did not run."}`,
  ];
}

/** The whole report as markdown. */
/** The publish measurement, against the peer pipeline, which indexes every page on every build. */
function publishLines(r: BenchResults): string[] {
  const p = r.publish;
  if (!p) return [];
  const peer = r.pagefindAlone;
  const against = isSkipped(peer) ? "" : `: ${formatRatio(p.publish.wallMs, r.baseline.medianWallMs + peer.medianWallMs)} the peer pipeline's median, which has no such cache`;
  const shards = p.shards ? `${p.shards.reused} of ${p.shards.shards} search shards copied from the cache` : "the build printed no shard count";
  return [`- Publish (one run): one release added to the same archive and built again with the search index cache the first build left (as Netlify keeps it between deploys), ${formatDuration(p.publish.wallMs)}${against}; ${shards}. The first build, with an empty cache, ${formatDuration(p.first.wallMs)}. Every other full build here runs with the cache off.`];
}

export function renderMarkdown(r: BenchResults, checks: TargetCheck[] = checkTargets(r)): string {
  const m = r.machine;
  const peer = r.pagefindAlone;
  const out = [
    `# Newsroom benchmark: ${en(r.n)} releases${r.smoke ? " (smoke run: no figure here is meaningful)" : ""}`,
    "",
    `Run ${r.startedAt} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os} (${m.kernel}), Node ${m.node}. Load average at start ${m.loadAtStart.join(" / ")}, at end ${r.loadAtEnd.join(" / ")} (other work makes wall times noisy: compare the ratios, from runs alternated in one session).`,
    "",
    `Outputs: ${r.outputs}. Fixtures: ${en(r.fixtures.files)} synthetic releases, ${formatBytes(r.fixtures.bytes)} (seed ${r.fixtures.seed}), generated in ${formatDuration(r.fixtures.generateMs)}. ${r.pairs} pair${r.pairs === 1 ? "" : "s"}, alternated baseline, full, baseline, full…`,
    "", "## Targets", "",
    table(["what", "target", "measured", "status", "note"], checks.map((c) => [c.what, c.target, c.measured, STATUS_MARK[c.status], c.note ?? ""])),
    "", "## Build", "",
    table(["build", "median wall", "runs (s)", "median CPU (user+sys)", "× baseline (wall)", "× baseline (CPU)", "peak RSS, largest process", "pages", "output"], [
      buildRow("baseline: bare Eleventy, one layout", r.baseline, r.baseline),
      buildRow("full: scripts/build.ts", r.full, r.baseline),
      ...(isSkipped(peer) ? [] : [buildRow("peer, second step: Pagefind's CLI over the baseline's output", peer, r.baseline)]),
    ]),
    "",
    `- Baseline: \`${r.baseline.command}\``,
    `- Full: \`${r.full.command}\``,
    isSkipped(peer) ? `- Peer pipeline: its Pagefind step was not run (${peer.skipped}).` : `- Peer pipeline: the baseline, then \`${peer.command}\` over its output, timed after each baseline: \`eleventy && pagefind --site _site\`, as an Eleventy site with Pagefind is usually built (issue #16).`,
    `- Search index written: ${en(r.full.site.searchIndexFiles)} files, ${formatBytes(r.full.site.searchIndexBytes)}`,
    `- Peak RSS per process, full build: ${peaks(r.full)}; baseline: ${peaks(r.baseline)}`,
    ...publishLines(r),
    "", "### Where the build time goes, both sides", "",
    ...phaseTable(r),
    "", "## Page weight (first visit, before first render)", "",
    table(["page", "path", "HTML raw", "first visit raw", "first visit gzip", "first visit brotli", "JS raw", "JS gzip", "stylesheets + scripts"], r.pageWeight.map((p) => [
      p.type, p.path.length > 48 ? `${p.path.slice(0, 45)}…` : p.path, formatBytes(p.html.raw), formatBytes(p.firstVisit.raw), formatBytes(p.firstVisit.gzip), formatBytes(p.firstVisit.brotli),
      p.javascript.raw === 0 ? "0" : formatBytes(p.javascript.raw), p.javascript.raw === 0 ? "0" : formatBytes(p.javascript.gzip),
      [...p.stylesheets, ...p.scripts].join(" ") + (p.uncounted.length ? ` (not counted: ${p.uncounted.join(" ")})` : ""),
    ])),
    "",
    "First visit = the HTML plus the stylesheets and parser-blocking scripts it links, each compressed on its own (gzip -6, brotli -q 11). JS = every script the page runs (deferred included; JSON-LD is data).",
    "", "## Search", "",
  ];
  const s = r.search;
  if (isSkipped(s)) out.push(`Skipped: ${s.skipped}.`);
  else {
    out.push(
      table(["word", "matches", "first result", "own cost (− static listing)", "exact count", "requests before it", "bytes before it (as served here)", "same, gzip as on Netlify", "everything until the network is idle, gzip", "main thread busy once settled", "DOM nodes"],
        s.words.map((w) => [w.word, en(w.matches), formatDuration(w.firstResultMs), formatDuration(w.ownCostMs), formatDuration(w.countedMs), w.requests, formatBytes(w.bytes), formatBytes(w.bytesGzip), formatBytes(w.settledBytesGzip), `${Math.round(w.busyAfterSettled * 100)}%`, en(w.domNodes)])),
      "",
      `Baseline: the static listing ${s.baselinePath} (no script), loaded the same way before each word, showed its first row in a median ${formatDuration(s.medianBaselineMs)} (runs: ${s.baselineMs.map(formatDuration).join(", ")}); search took ${formatRatio(s.medianFirstResultMs, s.medianBaselineMs)} that. Median first result ${formatDuration(s.medianFirstResultMs)}; median bytes before it ${formatBytes(s.medianBytes)} (${formatBytes(s.medianBytesGzip)} gzip). Headless Chromium, empty cache per word, local server (no network latency), from navigation start to the frame after the first result. "Main thread busy once settled": the share of the ${s.idleWindowMs / 1000} s after the network went quiet that the page was working (median ${Math.round(s.medianBusyAfterSettled * 100)}%).`,
    );
  }
  out.push("", "## Lighthouse (mobile preset)", "");
  const lh = r.lighthouse;
  if (isSkipped(lh)) out.push(`Skipped: ${lh.skipped}.`);
  else {
    out.push(
      table(["page", ...CATEGORIES, "performance, each run", "FCP", "LCP", "TBT", "CLS", "CPU benchmark index", "audits that cost points"], lh.map((l) => [
        `${l.page} (${new URL(l.url).pathname}${new URL(l.url).search})`, ...CATEGORIES.map((c) => l.scores[c] ?? "n/a"), l.performanceRuns.map((p) => p ?? "n/a").join(", ") || "n/a",
        ...["FCP", "LCP", "TBT"].map((k) => (l.metrics[k] === undefined ? "n/a" : formatDuration(l.metrics[k]!))), l.metrics.CLS === undefined ? "n/a" : l.metrics.CLS.toFixed(3),
        l.benchmarkIndex === undefined ? "n/a" : Math.round(l.benchmarkIndex), l.error ?? (CATEGORIES.flatMap((c) => l.failing[c].map((t) => `${c}: ${t}`)).join("; ") || "none"),
      ])),
      "",
      `Each page is run ${Math.max(...lh.map((l) => l.performanceRuns.length))} times; the scores and metrics are those of the run Lighthouse's \`computeMedianRun\` picks (nearest the median FCP and TTI). The "${FLOOR_PAGE}" row is a page with one heading and a sentence, no stylesheet, no script: the best this browser on this machine gives any page. The mobile preset slows the CPU 4× on top of the machine as it is; a low CPU benchmark index (about 1,700 here when quiet, under 800 when busy) costs Total Blocking Time for no fault of the page.`,
    );
  }
  const i = r.images;
  const saving = i.cold.wallMs - i.warm.wallMs;
  out.push(
    "", "## Images (issue #13)", "",
    `The seed plus the e2e fixtures: ${i.images} published images, ${i.renditions} renditions (AVIF, WebP, JPEG at 400, 800 and 1200 pixels), built twice with one image cache.`,
    "",
    table(["build", "wall time", "image files encoded"], [["empty image cache", formatDuration(i.cold.wallMs), i.cold.encoded], ["unchanged rebuild, cache kept", formatDuration(i.warm.wallMs), i.warm.encoded]]),
    "",
    `The cache saves ${formatDuration(saving)} (${Math.round((saving / i.cold.wallMs) * 100)}% of the cold build); an unchanged rebuild ${i.warm.encoded === 0 ? "encodes nothing" : `still encoded ${i.warm.encoded} files`}. Release page with a lead image (${i.page.path}): first visit (HTML + CSS) ${formatBytes(i.page.firstVisit.gzip)} gzip, ${formatBytes(i.page.firstVisit.brotli)} brotli; target at most 14 KB.`,
    "",
    table(["390-pixel phone at", "lead image taken", "bytes (target at most 60 KB)"], i.leadAtPhone.map((l) => [`${l.dpr}×`, l.file.split("/").at(-1)!, formatBytes(l.bytes)])),
    "",
    "The fixture photos are synthetic (sharp-made, compressing about as a detailed photograph does); a real photo's bytes will differ.",
  );
  const p = r.profile;
  if (!isSkipped(p)) {
    out.push("", "## Where the full build's main-thread time goes (node --cpu-prof, one run)", "", `Profile: \`${p.file}\` (open it in Chrome DevTools' Performance panel). Self time ${formatDuration(p.totalMs)} in all.`, "",
      table(["by package or file", "self time", "share"], p.owners.map((o) => [o.name, formatDuration(o.ms), `${(o.share * 100).toFixed(1)}%`])), "",
      table(["top functions", "self time", "share"], p.functions.map((f) => [f.name, formatDuration(f.ms), `${(f.share * 100).toFixed(1)}%`])));
  }
  out.push(...devLoopSection(r));
  return `${out.join("\n")}\n`;
}

function devLoopSection(r: BenchResults): string[] {
  const d = r.devLoop;
  if (d === undefined) return [];
  if (isSkipped(d)) return ["", "## Dev loop (issue #16)", "", `Skipped: ${d.skipped}.`];
  const b = d.broken;
  return ["", "## Dev loop (issue #16)", "",
    `\`npm start\` on a copy of the ${en(d.releases)} releases (ready after ${d.startSeconds.toFixed(1)} s), the newest release's page open in Chromium, then ${d.saves.length} saves of one more paragraph to its file, each timed from the file's write to the paragraph on screen (the dev server's own reload), waiting for the search index to catch up before the next save.`,
    "",
    table(["save", ...d.saves.map((_, i) => String(i + 1)), "median"], [["write to screen", ...d.saves.map((ms) => formatDuration(ms)), formatDuration(median(d.saves))]]),
    "",
    `A broken save (an impossible date): named with its file and field in the terminal ${b.terminal ? "✅" : "❌"}, in the browser ${b.browser ? "✅" : "❌"}; the page back ${b.recoveredMs === undefined ? "❌ not within 60 s" : `✅ ${formatDuration(b.recoveredMs)}`} after the fix.`,
  ];
}
