import assert from "node:assert/strict";
import { test } from "node:test";
import type { PageWeight } from "./page-weight.ts";
import { checkTargets, renderMarkdown, type BenchResults, type BuildFigures } from "./report.ts";

const site = { pages: 10, files: 20, bytes: 1000, searchIndexFiles: 0, searchIndexBytes: 0 };

function build(wallMs: number, peakRssKb: number, name = "node"): BuildFigures {
  return {
    command: "node build",
    runs: [{ wallMs, cpuSeconds: wallMs / 1000, maxRssKb: peakRssKb, processes: [{ name, peakRssKb }] }],
    medianWallMs: wallMs,
    medianCpuSeconds: wallMs / 1000,
    peakRssKb,
    peakByProcess: [{ name, peakRssKb }],
    site,
  };
}

function page(type: PageWeight["type"], gzip: number, js = 0): PageWeight {
  const sizes = { raw: gzip * 4, gzip, brotli: gzip - 1 };
  return { type, path: "/x/", html: sizes, firstVisit: sizes, javascript: { raw: js, gzip: js, brotli: js }, stylesheets: ["/a.css"], scripts: [], uncounted: [] };
}

const perfect = {
  page: "home",
  url: "http://localhost:4400/",
  scores: { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 },
  metrics: {},
  failing: { performance: [], accessibility: [], "best-practices": [], seo: [] },
  performanceRuns: [100, 100, 100],
  benchmarkIndex: 1500,
};

function results(overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    n: 4000,
    pairs: 3,
    smoke: false,
    startedAt: "2026-01-01T00:00:00Z",
    machine: { cpu: "Test CPU", cores: 2, memoryGiB: 24, node: "v20", os: "Debian", kernel: "Linux", loadAtStart: [0, 0, 0] },
    loadAtEnd: [0, 0, 0],
    outputs: "tmpfs",
    fixtures: { files: 4000, bytes: 1, seed: 1, generateMs: 1 },
    baseline: build(10_000, 300_000),
    full: { ...build(19_500, 350_000), peakByProcess: [{ name: "pagefind_extend", peakRssKb: 400_000 }, { name: "node", peakRssKb: 350_000 }], indexedPages: 4000 },
    pagefindAlone: build(8_000, 700_000),
    phases: {
      ours: [{ "start-up and validation": 2500, rendering: 8000, writing: 1500, indexing: 7000, finishing: 500 }],
      peer: [{ "start-up and validation": 800, rendering: 7000, writing: 2000, indexing: 8000, finishing: 200 }],
    },
    pageWeight: [page("release", 9000), page("search", 12000, 50_000), page("home", 5000)],
    images: { images: 3, renditions: 27, cold: { wallMs: 9000, encoded: 27 }, warm: { wallMs: 3000, encoded: 0 }, page: { ...page("release", 9000), path: "/releases/2012/x/" }, leadAtPhone: [{ dpr: 1, file: "/media/img/a-400.avif", bytes: 20_000 }] },
    search: { words: [], medianFirstResultMs: 250, medianOwnCostMs: 50, medianCountedMs: 400, baselinePath: "/releases/", baselineMs: [200], medianBaselineMs: 200, medianBytes: 1, medianBytesGzip: 1, medianBusyAfterSettled: 0, idleWindowMs: 2000 },
    lighthouse: [perfect],
    profile: { skipped: "not asked for" },
    ...overrides,
  };
}

const status = (r: BenchResults, what: RegExp) => checkTargets(r).find((c) => what.test(c.what))?.status;

test("every target met at the sizes the targets name", () => {
  const checks = checkTargets(results());
  assert.deepEqual(checks.map((c) => c.status), ["met", "met", "met", "met", "met", "met", "met", "met"]);
  // The full build (19.5 s) against the peer: bare Eleventy (10 s) then Pagefind's CLI (8 s).
  assert.equal(checks[0]!.measured, "1.08× (19.50 s vs 10.00 s + 8.00 s)");
});

test("misses are called misses, and other sizes are marked indicative", () => {
  const full = build(30_000, 1_100_000, "pagefind_extend");
  const r = results({ n: 1000, full: { ...full, peakByProcess: [{ name: "pagefind_extend", peakRssKb: 1_100_000 }, { name: "node", peakRssKb: 500_000 }], indexedPages: undefined } });
  assert.equal(status(r, /Full build/), "missed");
  assert.equal(status(r, /Pagefind process/), "missed");
  assert.equal(status(r, /Node process/), "missed");
  assert.match(checkTargets(r)[0]!.note ?? "", /indicative/);
});

test("JavaScript anywhere but search, a heavy release page, a slow search and a low score all miss", () => {
  const r = results({
    pageWeight: [page("release", 15 * 1024), page("home", 5000, 10)],
    search: { words: [], medianFirstResultMs: 400, medianOwnCostMs: 200, medianCountedMs: 900, baselinePath: "/releases/", baselineMs: [200], medianBaselineMs: 200, medianBytes: 1, medianBytesGzip: 1, medianBusyAfterSettled: 0, idleWindowMs: 2000 },
    lighthouse: [{ ...perfect, scores: { ...perfect.scores, performance: 99 } }],
  });
  assert.equal(status(r, /Release page/), "missed");
  assert.equal(status(r, /JavaScript/), "missed");
  assert.equal(status(r, /own cost/), "missed");
  assert.equal(status(r, /Lighthouse/), "missed");
});

test("search bytes over the budget miss; a performance score at the floor's meets", () => {
  const floor = { ...perfect, page: "floor", url: "http://localhost/bench-floor/", scores: { ...perfect.scores, performance: 93 } };
  const r = results({
    search: { words: [], medianFirstResultMs: 250, medianOwnCostMs: 50, medianCountedMs: 400, baselinePath: "/releases/", baselineMs: [200], medianBaselineMs: 200, medianBytes: 1, medianBytesGzip: 121 * 1024, medianBusyAfterSettled: 0, idleWindowMs: 2000 },
    lighthouse: [floor, { ...perfect, page: "search", scores: { ...perfect.scores, performance: 93 } }, { ...perfect, page: "search results", scores: { ...perfect.scores, performance: 92 } }],
  });
  assert.equal(status(r, /bytes before/), "missed");
  assert.equal(status(r, /Lighthouse \(mobile\), search$/), "met");
  assert.equal(status(r, /Lighthouse \(mobile\), search results/), "missed");
});

test("the Lighthouse floor page is a baseline, not a target, and its score is noted beside each page", () => {
  const floor = { ...perfect, page: "floor", url: "http://localhost/bench-floor/", scores: { ...perfect.scores, performance: 94 }, metrics: { ...perfect.metrics, TBT: 290 } };
  const checks = checkTargets(results({ lighthouse: [floor, perfect] })).filter((c) => /Lighthouse/.test(c.what));
  assert.equal(checks.length, 1);
  assert.match(checks[0]!.note ?? "", /floor page scored performance 94 \(TBT 290 ms\)/);
  assert.match(renderMarkdown(results({ lighthouse: [floor, perfect] })), /\| floor \(\/bench-floor\/\) \| 94 \|/);
});

test("a page Lighthouse could not finish is not measured, with the reason", () => {
  const r = results({ lighthouse: [{ ...perfect, scores: { performance: null, accessibility: null, "best-practices": null, seo: null }, error: "did not finish" }] });
  const check = checkTargets(r).find((c) => /Lighthouse/.test(c.what))!;
  assert.equal(check.status, "not measured");
  assert.equal(check.note, "did not finish");
});

test("skipped steps are reported as not measured, with the reason", () => {
  const r = results({ search: { skipped: "/search/ does not load Pagefind" }, lighthouse: { skipped: "--no-browser" } });
  const search = checkTargets(r).find((c) => /own cost/.test(c.what))!;
  assert.equal(search.status, "not measured");
  assert.equal(search.note, "/search/ does not load Pagefind");
  assert.equal(status(r, /Lighthouse/), "not measured");
});

test("the markdown report has each section and the machine line", () => {
  const markdown = renderMarkdown(results({ machine: { ...results().machine, cpu: "CPU | with pipe" } }));
  for (const heading of ["## Targets", "## Build", "### Where the build time goes", "## Page weight", "## Search", "## Lighthouse", "## Images"]) assert.ok(markdown.includes(heading), heading);
  assert.match(markdown, /CPU \| with pipe/, "the machine line is prose, not a table cell");
  assert.match(markdown, /\| full: scripts\/build\.ts \| 19\.50 s \|/);
  assert.match(markdown, /\| rendering \| 8\.00 s \| 7\.00 s \| \+1\.00 s \|/);
  assert.match(markdown, /\| writing \| 1\.50 s \| 2\.00 s \| −500 ms \|/);
  assert.match(markdown, /the full build indexed 4,000 pages/);
  assert.match(markdown, /\| empty image cache \| 9\.00 s \| 27 \|/);
  assert.match(markdown, /\| peer, second step: Pagefind's CLI over the baseline's output \| 8\.00 s \|/);
  assert.match(markdown, /Baseline: the static listing \/releases\/ .* median 200 ms/);
  assert.match(markdown, /50 ms over 0 words \(first result 250 ms, static listing 200 ms; exact count at 400 ms\)/);
});

test("without the peer's Pagefind run the build ratio is not measured, and says why", () => {
  const r = results({ pagefindAlone: { skipped: "--no-peer-index" } });
  const check = checkTargets(r)[0]!;
  assert.equal(check.status, "not measured");
  assert.equal(check.note, "--no-peer-index");
  assert.match(renderMarkdown(r), /its Pagefind step was not run \(--no-peer-index\)/);
});
