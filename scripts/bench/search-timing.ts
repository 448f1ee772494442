/**
 * Search speed as a reader meets it: headless Chromium opens /search/?q=<word> with an empty
 * cache, and we time how long after navigation starts the first result is on screen, and how
 * many bytes that took, and when the count was exact (every shard of the index answered). The
 * page's own client (src/assets/search.js) runs the query from the address.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page, type Request } from "@playwright/test";
import { CHROMIUM_ARGS } from "../browser.ts";
import { median } from "./stats.ts";

/** One search result, with its text filled in (src/assets/search.js). */
export const RESULT_SELECTOR = ".nr-search-result";
/** The line that gives the count, or says it is still counting; `.pf-summary` is Pagefind's Component UI's, which older builds used. */
export const SUMMARY_SELECTOR = "#nr-search-summary, .pf-summary";
export const STILL_COUNTING = /still counting/;

/**
 * The baseline: a static listing (/releases/, twenty releases in the HTML, no script) timed the
 * same way to its first row. No search can show a result sooner than this browser, on this
 * machine, shows a page that needs no script.
 */
export const BASELINE_PATH = "/releases/";
export const BASELINE_SELECTOR = ".nr-release-list__item";
export const RESULT_TIMEOUT_MS = 15_000;
/** How long the page is watched, once settled, for work that should have stopped. */
export const IDLE_WINDOW_MS = 2000;

export interface SearchTiming {
  word: string;
  /** Navigation start to the frame after the first result entered the page. */
  firstResultMs: number;
  /** firstResultMs minus the static listing's first row, timed just before. */
  ownCostMs: number;
  /** Navigation start to the exact count on screen (every shard answered). */
  countedMs: number;
  matches: number;
  requests: number;
  /** Bytes received up to the first result, as served locally, and gzipped as Netlify sends text types. */
  bytes: number;
  bytesGzip: number;
  /** Everything fetched until the network was idle. */
  settledBytes: number;
  settledBytesGzip: number;
  /** Share of the main thread busy (0–1) over IDLE_WINDOW_MS after the network went quiet: a results page should be idle. */
  busyAfterSettled: number;
  domNodes: number;
}

export interface SearchReport {
  words: SearchTiming[];
  medianFirstResultMs: number;
  medianOwnCostMs: number;
  medianCountedMs: number;
  baselinePath: string;
  /** The same browser's time to the first row of BASELINE_PATH, one load before each word. */
  baselineMs: number[];
  medianBaselineMs: number;
  medianBytes: number;
  medianBytesGzip: number;
  medianBusyAfterSettled: number;
  idleWindowMs: number;
}

/** Why a built site cannot be searched, or undefined when it has a Pagefind index and a search page that uses it. */
export function searchUnavailable(outputDir: string): string | undefined {
  const page = path.join(outputDir, "search", "index.html");
  if (!existsSync(page)) return "the site has no /search/ page";
  if (!readFileSync(page, "utf8").includes("/pagefind/")) return "/search/ does not load Pagefind";
  if (!existsSync(path.join(outputDir, "pagefind"))) return "the build wrote no pagefind/ index";
  return undefined;
}

// Types a CDN compresses on the fly; Pagefind's index files are already compressed by Pagefind.
const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json|wasm|xml|[\w.+-]+\+(?:json|xml)))|image\/svg\+xml/;

interface Received {
  bytes: number;
  bytesGzip: number;
  /** When the response had fully arrived, ms since the epoch. */
  finishedAt: number;
}

async function received(request: Request): Promise<Received> {
  const sizes = await request.sizes();
  const bytes = sizes.responseHeadersSize + sizes.responseBodySize;
  const response = await request.response();
  let bytesGzip = bytes;
  if (response && COMPRESSIBLE.test(response.headers()["content-type"] ?? "")) {
    const body = await response.body().catch(() => undefined);
    if (body) bytesGzip = sizes.responseHeadersSize + gzipSync(body, { level: 6 }).length;
  }
  const timing = request.timing();
  return { bytes, bytesGzip, finishedAt: timing.startTime + Math.max(timing.responseEnd, 0) };
}

/**
 * Runs in the page before its own scripts: notes when the first result appears, then waits one
 * animation frame so the figure is "shown", not merely "inserted". A string, not a function,
 * because tsx's name-keeping helpers would not exist inside the page.
 */
export function firstResultScript(selector: string): string {
  return `(() => {
  const observer = new MutationObserver(() => {
    if (window.__nrFirstResult !== undefined || !document.querySelector(${JSON.stringify(selector)})) return;
    window.__nrFirstResult = -1;
    observer.disconnect();
    requestAnimationFrame(() => { window.__nrFirstResult = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;
}

/**
 * Polls the page for the time the init script recorded. Polled from here with a string
 * evaluated over the DevTools protocol because page.waitForFunction evaluates its predicate
 * with eval() inside the page, which the search page's CSP (no 'unsafe-eval') rightly forbids.
 */
async function waitForFirstResult(page: Page, word: string, selector = RESULT_SELECTOR): Promise<number> {
  const deadline = Date.now() + RESULT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const value = Number(await page.evaluate("window.__nrFirstResult ?? -1"));
    if (value >= 0) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`nothing matching ${selector} appeared within ${RESULT_TIMEOUT_MS / 1000} s for "${word}"`);
}

/** Navigation start to the first row of the static baseline page shown, with an empty cache. */
async function timeBaseline(browser: Browser, baseUrl: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: firstResultScript(BASELINE_SELECTOR) });
    await page.goto(`${baseUrl}${BASELINE_PATH}`, { waitUntil: "commit" });
    return await waitForFirstResult(page, BASELINE_PATH, BASELINE_SELECTOR);
  } finally {
    await context.close();
  }
}

async function timeOne(browser: Browser, baseUrl: string, word: string, baselineMs: number): Promise<SearchTiming> {
  // A new context per word: an empty cache, like a first visit.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // Chromium's own counters (https://chromedevtools.github.io/devtools-protocol/tot/Performance/).
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    const counters = async () => Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
    await page.addInitScript({ content: firstResultScript(RESULT_SELECTOR) });
    const pending: Promise<Received>[] = [];
    page.on("requestfinished", (request) => pending.push(received(request)));
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(word)}`, { waitUntil: "commit" });
    const firstResultMs = await waitForFirstResult(page, word);
    const shownAt = Number(await page.evaluate("performance.timeOrigin")) + firstResultMs;
    const summary = page.locator(SUMMARY_SELECTOR);
    await summary.filter({ hasNotText: STILL_COUNTING }).waitFor({ timeout: RESULT_TIMEOUT_MS * 4 });
    const countedMs = Number(await page.evaluate("performance.now()"));
    const matches = Number(((await summary.textContent()) ?? "").replace(/,/g, "").match(/^\d+/)?.[0] ?? 0);
    await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
    const before = await counters();
    await new Promise((resolve) => setTimeout(resolve, IDLE_WINDOW_MS));
    const after = await counters();
    const all = await Promise.all(pending);
    const first = all.filter((r) => r.finishedAt <= shownAt);
    const sum = (list: Received[], key: "bytes" | "bytesGzip") => list.reduce((total, r) => total + r[key], 0);
    return {
      word,
      firstResultMs,
      ownCostMs: firstResultMs - baselineMs,
      countedMs,
      matches,
      requests: first.length,
      bytes: sum(first, "bytes"),
      bytesGzip: sum(first, "bytesGzip"),
      settledBytes: sum(all, "bytes"),
      settledBytesGzip: sum(all, "bytesGzip"),
      busyAfterSettled: Math.min(1, ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) / (IDLE_WINDOW_MS / 1000)),
      domNodes: after.Nodes ?? 0,
    };
  } finally {
    await context.close();
  }
}

/** Times a search for each word on the site served at `baseUrl`. */
export async function timeSearches(executablePath: string, baseUrl: string, words: readonly string[], onProgress: (line: string) => void = () => {}): Promise<SearchReport> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    // One untimed visit first, so the first word does not also pay for the browser's own start-up.
    const warm = await browser.newContext();
    await (await warm.newPage()).goto(`${baseUrl}/`);
    await warm.close();
    const timings: SearchTiming[] = [];
    const baselineMs: number[] = [];
    // Alternated, baseline then search, so both meet the machine in the same state.
    for (const word of words) {
      onProgress(`search "${word}" (${timings.length + 1}/${words.length}), after the baseline ${BASELINE_PATH}`);
      const baseline = await timeBaseline(browser, baseUrl);
      baselineMs.push(baseline);
      timings.push(await timeOne(browser, baseUrl, word, baseline));
    }
    return {
      words: timings,
      medianFirstResultMs: median(timings.map((t) => t.firstResultMs)),
      medianOwnCostMs: median(timings.map((t) => t.ownCostMs)),
      medianCountedMs: median(timings.map((t) => t.countedMs)),
      baselinePath: BASELINE_PATH,
      baselineMs,
      medianBaselineMs: median(baselineMs),
      medianBytes: median(timings.map((t) => t.bytes)),
      medianBytesGzip: median(timings.map((t) => t.bytesGzip)),
      medianBusyAfterSettled: median(timings.map((t) => t.busyAfterSettled)),
      idleWindowMs: IDLE_WINDOW_MS,
    };
  } finally {
    await browser.close();
  }
}
