/**
 * Lighthouse's four category scores for a few pages, with its default (mobile) settings, in
 * Debian's Chromium. We start a browser for each page ourselves (headless, the project's
 * container flags, a throwaway profile, a debugging port the OS picks) and hand Lighthouse its
 * port: Lighthouse's Node API then drives it like chrome-launcher would. Lighthouse 12 (13 needs
 * Node 22).
 * https://github.com/GoogleChrome/lighthouse/blob/main/docs/readme.md#using-programmatically
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { CHROMIUM_ARGS } from "../browser.ts";
import { endOnExit } from "./children.ts";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  page: string;
  url: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  /** Lab metrics from the performance category, ms (CLS unitless). */
  metrics: Record<string, number>;
  /** Audits that cost points, by category, so a score below 100 says why. */
  failing: Record<Category, string[]>;
  warnings: string[];
  /**
   * Lighthouse's measure of this machine's CPU speed at the time (higher is faster). Its mobile
   * preset slows the CPU 4× on top of the machine as it is, so on a busy machine Total Blocking
   * Time, and with it the performance score, drop for reasons that are not the page's.
   */
  benchmarkIndex: number | undefined;
  /** Why there are no scores, when Lighthouse could not finish. */
  error?: string | undefined;
}

/** The parts of a Lighthouse result this module reads. */
export interface LhrLike {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; numericValue?: number } | undefined>;
  runWarnings: string[];
  environment?: { benchmarkIndex?: number };
}

const METRICS: Record<string, string> = {
  "first-contentful-paint": "FCP",
  "largest-contentful-paint": "LCP",
  "total-blocking-time": "TBT",
  "cumulative-layout-shift": "CLS",
  "speed-index": "SI",
};

/** Scores (0–100), metrics and the audits that cost points, from a Lighthouse result. */
export function summariseLhr(page: string, url: string, lhr: LhrLike): LighthouseResult {
  const scores = {} as Record<Category, number | null>;
  const failing = {} as Record<Category, string[]>;
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category?.score == null ? null : Math.round(category.score * 100);
    failing[id] = (category?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit !== undefined && audit.scoreDisplayMode !== "notApplicable" && audit.score !== null && audit.score < 1)
      .map((audit) => audit!.title);
  }
  const metrics: Record<string, number> = {};
  for (const [id, name] of Object.entries(METRICS)) {
    const value = lhr.audits[id]?.numericValue;
    if (value !== undefined) metrics[name] = value;
  }
  return { page, url, scores, metrics, failing, warnings: lhr.runWarnings, benchmarkIndex: lhr.environment?.benchmarkIndex };
}

/** How long one page may take. Lighthouse waits for the page's CPU to go quiet; a page that never does would hang the run. */
export const PAGE_TIMEOUT_MS = 120_000;

async function waitForPort(profile: string, child: { exitCode: number | null }): Promise<number> {
  // Chromium writes the port it chose to DevToolsActivePort in its profile folder.
  const file = path.join(profile, "DevToolsActivePort");
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Chromium exited (${child.exitCode}) before opening its debugging port`);
    if (existsSync(file)) {
      const port = Number(readFileSync(file, "utf8").split("\n")[0]);
      if (port > 0) return port;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("Chromium did not open a debugging port within 30 s");
}

const COULD_NOT_TEST = "Lighthouse could not test the page";

function unscored(page: string, url: string, error: string): LighthouseResult {
  const none = { performance: null, accessibility: null, "best-practices": null, seo: null };
  return { page, url, scores: none, metrics: {}, failing: { performance: [], accessibility: [], "best-practices": [], seo: [] }, warnings: [], benchmarkIndex: undefined, error };
}

/** Lighthouse on one page, in a Chromium of its own, so a page that hangs cannot spoil the next. */
async function runOne(chromePath: string, page: string, url: string): Promise<LighthouseResult> {
  // Loaded here, not at the top: Lighthouse is large, and runs without the browser steps (and the unit tests) never need it.
  const { default: lighthouse } = await import("lighthouse");
  const profile = await mkdtemp(path.join(os.tmpdir(), "newsroom-lighthouse-"));
  const chrome = spawn(chromePath, [...CHROMIUM_ARGS, "--headless=new", "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"], { stdio: "ignore" });
  endOnExit(chrome);
  const exited = new Promise<void>((resolve) => chrome.once("exit", () => resolve()));
  let timer: NodeJS.Timeout | undefined;
  try {
    const port = await waitForPort(profile, chrome);
    const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), PAGE_TIMEOUT_MS)));
    const run = await Promise.race([lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] }), timeout]);
    if (run === "timeout") return unscored(page, url, `Lighthouse did not finish within ${PAGE_TIMEOUT_MS / 1000} s (a page that keeps the CPU busy never lets it)`);
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (run.lhr.runtimeError) return unscored(page, url, `${COULD_NOT_TEST}: ${run.lhr.runtimeError.message}`);
    return summariseLhr(page, url, run.lhr as unknown as LhrLike);
  } finally {
    clearTimeout(timer);
    // Chromium ends its renderer and GPU processes itself on SIGTERM.
    if (chrome.exitCode === null && chrome.signalCode === null) chrome.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    await rm(profile, { recursive: true, force: true });
  }
}

/**
 * Runs Lighthouse on each page in turn. A page Lighthouse cannot score is reported with the
 * reason, not thrown. A run that fails to record its trace (NO_NAVSTART and the like, which
 * Lighthouse itself says to retry; it happens now and then in a freshly started headless
 * Chromium) is tried once more; a time-out is not, since the page would only hang again.
 */
export async function runLighthouse(chromePath: string, pages: readonly { page: string; url: string }[], onProgress: (line: string) => void = () => {}): Promise<LighthouseResult[]> {
  const results: LighthouseResult[] = [];
  for (const { page, url } of pages) {
    onProgress(`lighthouse ${page} (${results.length + 1}/${pages.length})`);
    let result = await runOne(chromePath, page, url);
    if (result.error?.startsWith(COULD_NOT_TEST)) {
      onProgress(`lighthouse ${page}: ${result.error}; trying once more`);
      result = await runOne(chromePath, page, url);
    }
    results.push(result);
  }
  return results;
}
