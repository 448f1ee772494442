/**
 * The benchmark's results: one typed record, judged against issue #9's targets, written as JSON
 * and as a markdown report (the same tables the terminal shows).
 */
import type { PagefindLine } from "./build-log.ts";
import type { CATEGORIES, LighthouseResult } from "./lighthouse.ts";
import type { Machine } from "./machine.ts";
import type { PageWeight } from "./page-weight.ts";
import type { ProcessPeak } from "./process-tree.ts";
import type { SearchReport } from "./search-timing.ts";
import type { SiteStats } from "./site-stats.ts";
import { formatBytes, formatDuration, formatRatio } from "./stats.ts";

export interface TimedRun {
  wallMs: number;
  cpuSeconds: number | undefined;
  maxRssKb: number | undefined;
  processes: Pick<ProcessPeak, "name" | "command" | "peakRssKb">[];
}

export interface BuildFigures {
  command: string;
  runs: TimedRun[];
  medianWallMs: number;
  medianCpuSeconds: number | undefined;
  /** Largest peak RSS of any one process in any run, KiB. */
  peakRssKb: number | undefined;
  /** Each process name's largest peak over the runs, KiB, largest first. */
  peakByProcess: { name: string; peakRssKb: number }[];
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
  /** Where the builds wrote, and how: the disk matters (see bench/README.md, "Both write to tmpfs"). */
  outputs: string;
  fixtures: { files: number; bytes: number; seed: number; generateMs: number };
  baseline: BuildFigures;
  full: BuildFigures & { pagefind: PagefindLine[]; pagefindNote: string | undefined };
  /** Reference: Pagefind's CLI alone over the full build's output, timed after each full build. */
  /** The peer pipeline's second step: Pagefind's CLI over the baseline's output. */
  pagefindAlone: BuildFigures | Skipped;
  pageWeight: PageWeight[];
  search: SearchReport | Skipped;
  lighthouse: LighthouseResult[] | Skipped;
  profile: { totalMs: number; functions: { name: string; ms: number; share: number }[]; owners: { name: string; ms: number; share: number }[]; file: string } | Skipped;
}

export type Status = "met" | "missed" | "not measured";

export interface TargetCheck {
  what: string;
  target: string;
  measured: string;
  status: Status;
  /** Why the figure is only indicative, or why it is missing. */
  note: string | undefined;
}

/** The Lighthouse baseline: a blank page (see FLOOR_HTML), not judged against the targets. */
export const FLOOR_PAGE = "floor";

/** The floor page: as little as a valid, accessible HTML page can be. */
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
} as const;

function isSkipped<T>(value: T | Skipped): value is Skipped {
  return typeof value === "object" && value !== null && "skipped" in value;
}

const indicative = (n: number, sizes: readonly number[]) => (sizes.includes(n) ? undefined : `indicative: this run built ${n.toLocaleString("en-GB")} releases`);

/** Judges the results against the open issues' targets (#16 build, #17 search), one line per target. */
export function checkTargets(r: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const peer = r.pagefindAlone;
  const buildWhat = "Full build vs the peer pipeline (bare Eleventy, then Pagefind's CLI over its output), median wall time";
  const buildTarget = `≤ ${TARGETS.buildVsPeer.max}× at ${TARGETS.buildVsPeer.atN.map((n) => n.toLocaleString("en-GB")).join(" and ")} releases`;
  if (isSkipped(peer)) {
    checks.push({ what: buildWhat, target: buildTarget, measured: `n/a (full build ${formatDuration(r.full.medianWallMs)}, bare Eleventy ${formatDuration(r.baseline.medianWallMs)})`, status: "not measured", note: peer.skipped });
  } else {
    const peerMs = r.baseline.medianWallMs + peer.medianWallMs;
    const ratio = r.full.medianWallMs / peerMs;
    checks.push({
      what: buildWhat,
      target: buildTarget,
      measured: `${formatRatio(r.full.medianWallMs, peerMs)} (${formatDuration(r.full.medianWallMs)} vs ${formatDuration(r.baseline.medianWallMs)} + ${formatDuration(peer.medianWallMs)})`,
      status: Number.isFinite(ratio) ? (ratio <= TARGETS.buildVsPeer.max ? "met" : "missed") : "not measured",
      note: indicative(r.n, TARGETS.buildVsPeer.atN),
    });
  }
  const pagefindPeak = Math.max(0, ...r.full.peakByProcess.filter((p) => p.name.startsWith("pagefind")).map((p) => p.peakRssKb)) * 1024;
  checks.push({
    what: "Peak memory (RSS) of any Pagefind process in the full build",
    target: `< ${formatBytes(TARGETS.pagefindProcessBytes.max)} at any size`,
    measured: pagefindPeak > 0 ? formatBytes(pagefindPeak) : "n/a",
    status: pagefindPeak > 0 ? (pagefindPeak < TARGETS.pagefindProcessBytes.max ? "met" : "missed") : "not measured",
    note: !isSkipped(peer) && peer.peakRssKb ? `the peer's one Pagefind run over every page: ${formatBytes(peer.peakRssKb * 1024)}` : undefined,
  });
  const nodePeak = (b: BuildFigures) => b.peakByProcess.find((p) => p.name === "node")?.peakRssKb;
  const [ours, bare] = [nodePeak(r.full), nodePeak(r.baseline)];
  checks.push({
    what: "Peak memory of the build's Node process vs bare Eleventy's",
    target: `≤ ${TARGETS.nodeVsBaselinePeak.max}× at the same size`,
    measured: ours && bare ? `${formatRatio(ours, bare)} (${formatBytes(ours * 1024)} vs ${formatBytes(bare * 1024)})` : "n/a",
    status: ours && bare ? (ours / bare <= TARGETS.nodeVsBaselinePeak.max ? "met" : "missed") : "not measured",
    note: undefined,
  });
  const release = r.pageWeight.find((p) => p.type === "release");
  checks.push({
    what: "Release page, first visit (HTML + CSS + blocking JS), gzip",
    target: `≤ ${formatBytes(TARGETS.releaseFirstVisitBytes.max)}`,
    measured: release ? `${formatBytes(release.firstVisit.gzip)} gzip, ${formatBytes(release.firstVisit.brotli)} brotli (largest release page)` : "n/a",
    status: release ? (release.firstVisit.gzip <= TARGETS.releaseFirstVisitBytes.max ? "met" : "missed") : "not measured",
    note: release ? undefined : "no release page in the build",
  });
  const withScript = r.pageWeight.filter((p) => p.type !== "search" && p.javascript.raw > 0);
  checks.push({
    what: "JavaScript on pages other than search",
    target: "none",
    measured: r.pageWeight.length === 0 ? "n/a" : withScript.length === 0 ? "none" : withScript.map((p) => `${p.type}: ${formatBytes(p.javascript.raw)}`).join(", "),
    status: r.pageWeight.length === 0 ? "not measured" : withScript.length === 0 ? "met" : "missed",
    note: undefined,
  });
  const ownCost = "Search's own cost: first result minus a static listing's first row (median over the words)";
  const bytes = "Search: bytes before the first result, gzip (median)";
  if (isSkipped(r.search)) {
    checks.push({ what: ownCost, target: `≤ ${TARGETS.searchOwnCostMs.max} ms`, measured: "n/a", status: "not measured", note: r.search.skipped });
    checks.push({ what: bytes, target: `≤ ${formatBytes(TARGETS.searchBytesGzip.max)}`, measured: "n/a", status: "not measured", note: r.search.skipped });
  } else {
    checks.push({
      what: ownCost,
      target: `≤ ${TARGETS.searchOwnCostMs.max} ms at ${TARGETS.searchOwnCostMs.atN.toLocaleString("en-GB")} releases, and at most 1.3× that at 40,000`,
      measured: `${formatDuration(r.search.medianOwnCostMs)} over ${r.search.words.length} words (first result ${formatDuration(r.search.medianFirstResultMs)}, static listing ${formatDuration(r.search.medianBaselineMs)}; exact count at ${formatDuration(r.search.medianCountedMs)})`,
      status: r.search.medianOwnCostMs <= TARGETS.searchOwnCostMs.max ? "met" : "missed",
      note: indicative(r.n, [TARGETS.searchOwnCostMs.atN]),
    });
    checks.push({
      what: bytes,
      target: `≤ ${formatBytes(TARGETS.searchBytesGzip.max)}`,
      measured: formatBytes(r.search.medianBytesGzip),
      status: r.search.medianBytesGzip <= TARGETS.searchBytesGzip.max ? "met" : "missed",
      note: undefined,
    });
  }
  if (isSkipped(r.lighthouse)) {
    checks.push({ what: "Lighthouse (mobile), four categories", target: "100 each", measured: "n/a", status: "not measured", note: r.lighthouse.skipped });
  } else {
    const floor = r.lighthouse.find((l) => l.page === FLOOR_PAGE);
    const floorScore = floor?.scores.performance ?? null;
    for (const result of r.lighthouse) {
      if (result.page === FLOOR_PAGE) continue;
      const values = Object.values(result.scores);
      const { performance, ...others } = result.scores;
      const perfOk = performance !== null && (performance === TARGETS.lighthouseScore || (floorScore !== null && performance >= floorScore));
      checks.push({
        what: `Lighthouse (mobile), ${result.page}`,
        target: "performance 100 or the floor page's score in the same run; 100 in the other three",
        measured: Object.entries(result.scores).map(([k, v]) => `${k} ${v ?? "n/a"}`).join(", "),
        status: values.some((v) => v === null) ? "not measured" : perfOk && Object.values(others).every((v) => v === TARGETS.lighthouseScore) ? "met" : "missed",
        note: result.error ?? (floor && floorScore !== null ? `the floor page scored performance ${floorScore} (TBT ${floor.metrics.TBT === undefined ? "n/a" : formatDuration(floor.metrics.TBT)})` : undefined),
      });
    }
  }
  return checks;
}

const cell = (text: string | number) => String(text).replace(/\|/g, "\\|").replace(/\n/g, " ");
const row = (cells: (string | number)[]) => `| ${cells.map(cell).join(" | ")} |`;

function table(head: string[], rows: (string | number)[][]): string {
  return [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n");
}

const STATUS_MARK: Record<Status, string> = { met: "✅ met", missed: "❌ missed", "not measured": "— not measured" };

function buildRow(name: string, b: BuildFigures, baseline: BuildFigures): (string | number)[] {
  return [
    name,
    formatDuration(b.medianWallMs),
    b.runs.map((run) => (run.wallMs / 1000).toFixed(2)).join(", "),
    b.medianCpuSeconds === undefined ? "n/a" : `${b.medianCpuSeconds.toFixed(2)} s`,
    formatRatio(b.medianWallMs, baseline.medianWallMs),
    b.medianCpuSeconds === undefined || baseline.medianCpuSeconds === undefined ? "n/a" : formatRatio(b.medianCpuSeconds, baseline.medianCpuSeconds),
    b.peakRssKb === undefined ? "n/a" : formatBytes(b.peakRssKb * 1024),
    b.site.pages.toLocaleString("en-GB"),
    `${b.site.files.toLocaleString("en-GB")} files, ${formatBytes(b.site.bytes)}`,
  ];
}

/** The whole report as markdown. */
export function renderMarkdown(r: BenchResults, checks: TargetCheck[] = checkTargets(r)): string {
  const m = r.machine;
  const lines: string[] = [];
  lines.push(`# Newsroom benchmark: ${r.n.toLocaleString("en-GB")} releases${r.smoke ? " (smoke run: no figure here is meaningful)" : ""}`);
  lines.push("");
  lines.push(`Run ${r.startedAt} on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os} (${m.kernel}), Node ${m.node}. Load average at start ${m.loadAtStart.join(" / ")}, at end ${r.loadAtEnd.join(" / ")} (other work on the machine makes wall times noisy: compare the ratios, which come from runs alternated in one session).`);
  lines.push("");
  lines.push(`Outputs: ${r.outputs}. Fixtures: ${r.fixtures.files.toLocaleString("en-GB")} synthetic releases, ${formatBytes(r.fixtures.bytes)} (seed ${r.fixtures.seed}), generated in ${formatDuration(r.fixtures.generateMs)}. ${r.pairs} pair${r.pairs === 1 ? "" : "s"}, alternated baseline, full, baseline, full…`);
  lines.push("");
  lines.push("## Targets");
  lines.push("");
  lines.push(table(["what", "target", "measured", "status", "note"], checks.map((c) => [c.what, c.target, c.measured, STATUS_MARK[c.status], c.note ?? ""])));
  lines.push("");
  lines.push("## Build");
  lines.push("");
  lines.push(table(
    ["build", "median wall", "runs (s)", "median CPU (user+sys)", "× baseline (wall)", "× baseline (CPU)", "peak RSS, largest process", "pages", "output"],
    [
      buildRow("baseline: bare Eleventy, one layout", r.baseline, r.baseline),
      buildRow("full: scripts/build.ts", r.full, r.baseline),
      ...(isSkipped(r.pagefindAlone) ? [] : [buildRow("peer, second step: Pagefind's CLI over the baseline's output", r.pagefindAlone, r.baseline)]),
    ],
  ));
  lines.push("");
  lines.push(`- Baseline: \`${r.baseline.command}\``);
  lines.push(`- Full: \`${r.full.command}\``);
  if (isSkipped(r.pagefindAlone)) lines.push(`- Peer pipeline: its Pagefind step was not run (${r.pagefindAlone.skipped}).`);
  else lines.push(`- Peer pipeline: the baseline, then \`${r.pagefindAlone.command}\` over its output, timed after each baseline: \`eleventy && pagefind --site _site\`, as an Eleventy site with Pagefind is usually built (issue #16). Its pages column counts HTML files written (none); its output is the index alone.`);
  const pf = r.full.pagefind;
  if (pf.length > 0) {
    const sorted = [...pf].sort((a, b) => a.seconds - b.seconds);
    const mid = sorted[sorted.length >> 1]!;
    const after = pf.map((p) => p.afterRenderSeconds).filter((s): s is number => s !== undefined);
    lines.push(`- Pagefind step (from the build's log): indexed ${mid.pages.toLocaleString("en-GB")} pages, median ${mid.seconds.toFixed(2)} s from start of indexing to index written${after.length ? `; after rendering finished: ${after.map((s) => s.toFixed(2)).join(", ")} s` : ""} (runs: ${pf.map((p) => p.seconds.toFixed(2)).join(", ")} s). One Pagefind process per shard, a few at a time (SEARCH_INDEXERS), after Eleventy has written the pages.`);
  } else {
    lines.push(`- Pagefind step: ${r.full.pagefindNote ?? "not reported by the build"}`);
  }
  lines.push(`- Search index written: ${r.full.site.searchIndexFiles.toLocaleString("en-GB")} files, ${formatBytes(r.full.site.searchIndexBytes)}`);
  lines.push(`- Peak RSS per process, full build: ${r.full.peakByProcess.map((p) => `${p.name} ${formatBytes(p.peakRssKb * 1024)}`).join(", ") || "n/a"}; baseline: ${r.baseline.peakByProcess.map((p) => `${p.name} ${formatBytes(p.peakRssKb * 1024)}`).join(", ") || "n/a"}`);
  lines.push("");
  lines.push("## Page weight (first visit, before first render)");
  lines.push("");
  lines.push(table(
    ["page", "path", "HTML raw", "first visit raw", "first visit gzip", "first visit brotli", "JS raw", "JS gzip", "stylesheets + scripts"],
    r.pageWeight.map((p) => [
      p.type,
      p.path.length > 48 ? `${p.path.slice(0, 45)}…` : p.path,
      formatBytes(p.html.raw),
      formatBytes(p.firstVisit.raw),
      formatBytes(p.firstVisit.gzip),
      formatBytes(p.firstVisit.brotli),
      p.javascript.raw === 0 ? "0" : formatBytes(p.javascript.raw),
      p.javascript.raw === 0 ? "0" : formatBytes(p.javascript.gzip),
      [...p.stylesheets, ...p.scripts].join(" ") + (p.uncounted.length ? ` (not counted: ${p.uncounted.join(" ")})` : ""),
    ]),
  ));
  lines.push("");
  lines.push("First visit = the HTML plus the stylesheets and parser-blocking scripts it links, each compressed on its own (gzip -6, brotli -q 11). JS = every script the page runs (deferred included; JSON-LD is data and not counted).");
  lines.push("");
  lines.push("## Search");
  lines.push("");
  if (isSkipped(r.search)) lines.push(`Skipped: ${r.search.skipped}.`);
  else {
    lines.push(table(
      ["word", "matches", "first result", "own cost (− static listing)", "exact count", "requests before it", "bytes before it (as served here)", "same, gzip as on Netlify", "everything until the network is idle, gzip", "main thread busy once settled", "DOM nodes"],
      r.search.words.map((w) => [
        w.word,
        w.matches.toLocaleString("en-GB"),
        formatDuration(w.firstResultMs),
        formatDuration(w.ownCostMs),
        formatDuration(w.countedMs),
        w.requests,
        formatBytes(w.bytes),
        formatBytes(w.bytesGzip),
        formatBytes(w.settledBytesGzip),
        `${Math.round(w.busyAfterSettled * 100)}%`,
        w.domNodes.toLocaleString("en-GB"),
      ]),
    ));
    lines.push("");
    lines.push(`Baseline: the static listing ${r.search.baselinePath} (twenty releases in its HTML, no script), loaded the same way before each word, showed its first row in a median ${formatDuration(r.search.medianBaselineMs)} (runs: ${r.search.baselineMs.map((ms) => formatDuration(ms)).join(", ")}). Search took ${formatRatio(r.search.medianFirstResultMs, r.search.medianBaselineMs)} that: what is above the baseline is the search's own cost; the baseline itself is this browser on this machine.`);
    lines.push("");
    lines.push(`Median first result ${formatDuration(r.search.medianFirstResultMs)}; median bytes before it ${formatBytes(r.search.medianBytes)} (${formatBytes(r.search.medianBytesGzip)} gzip). Headless Chromium, empty cache per word, local server (no network latency or bandwidth limit), timed from navigation start to the frame after the first result appeared. "Main thread busy once settled" is the share of the ${r.search.idleWindowMs / 1000} s after the network went quiet that the page's main thread was working (median ${Math.round(r.search.medianBusyAfterSettled * 100)}%): a settled results page should be near 0%.`);
  }
  lines.push("");
  lines.push("## Lighthouse (mobile preset)");
  lines.push("");
  if (isSkipped(r.lighthouse)) lines.push(`Skipped: ${r.lighthouse.skipped}.`);
  else {
    const categories: (typeof CATEGORIES)[number][] = ["performance", "accessibility", "best-practices", "seo"];
    lines.push(table(
      ["page", ...categories, "FCP", "LCP", "TBT", "CLS", "CPU benchmark index", "audits that cost points"],
      r.lighthouse.map((l) => [
        `${l.page} (${new URL(l.url).pathname}${new URL(l.url).search})`,
        ...categories.map((c) => l.scores[c] ?? "n/a"),
        l.metrics.FCP === undefined ? "n/a" : formatDuration(l.metrics.FCP),
        l.metrics.LCP === undefined ? "n/a" : formatDuration(l.metrics.LCP),
        l.metrics.TBT === undefined ? "n/a" : formatDuration(l.metrics.TBT),
        l.metrics.CLS === undefined ? "n/a" : l.metrics.CLS.toFixed(3),
        l.benchmarkIndex === undefined ? "n/a" : Math.round(l.benchmarkIndex),
        l.error ?? (categories.flatMap((c) => l.failing[c].map((t) => `${c}: ${t}`)).join("; ") || "none"),
      ]),
    ));
    lines.push("");
    lines.push(`The "${FLOOR_PAGE}" row is the baseline: a page with one heading and a sentence, no stylesheet and no script, served by the same server. It is the best score this browser on this machine gives any page; a page of ours that scores the same has nothing left to win here.`);
    lines.push("");
    lines.push("Lighthouse's mobile preset simulates a slow phone: a 4× CPU slowdown applied on top of this machine as it was at the time. When other work keeps the machine busy (a low CPU benchmark index: this 2-core machine scored about 1,700 when fairly quiet and under 800 when busy), Total Blocking Time and the performance score suffer for reasons that are not the page's: rerun on a quiet machine before acting on a performance score below 100.");
  }
  if (!isSkipped(r.profile)) {
    lines.push("");
    lines.push("## Where the full build's main-thread time goes (node --cpu-prof, one run)");
    lines.push("");
    lines.push(`Profile: \`${r.profile.file}\` (open it in Chrome DevTools' Performance panel). Self time ${formatDuration(r.profile.totalMs)} in all.`);
    lines.push("");
    lines.push(table(["by package or file", "self time", "share"], r.profile.owners.map((o) => [o.name, formatDuration(o.ms), `${(o.share * 100).toFixed(1)}%`])));
    lines.push("");
    lines.push(table(["top functions", "self time", "share"], r.profile.functions.map((f) => [f.name, formatDuration(f.ms), `${(f.share * 100).toFixed(1)}%`])));
  }
  lines.push("");
  return lines.join("\n");
}
