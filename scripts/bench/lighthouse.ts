/**
 * Lighthouse 12 (13 needs Node 22), default mobile preset, in Debian's Chromium: each page is
 * run `runs` times, each run in a Chromium of its own started by chrome-launcher (Lighthouse's
 * own launcher), and the run Lighthouse's computeMedianRun picks (the one nearest the median
 * FCP and TTI, as Lighthouse CI reports) is summarised.
 * https://github.com/GoogleChrome/lighthouse/blob/main/docs/readme.md#using-programmatically
 * https://github.com/GoogleChrome/lighthouse/blob/main/docs/variability.md
 */
import { launch } from "chrome-launcher";
import { CHROMIUM_ARGS } from "../browser.ts";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  page: string;
  url: string;
  /** 0–100 per category, from the median run; null when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  /** Every run's performance score, to show the spread. */
  performanceRuns: (number | null)[];
  /** Lab metrics of the median run, ms (CLS unitless). */
  metrics: Record<string, number>;
  /** Audits that cost points, by category, so a score below 100 says why. */
  failing: Record<Category, string[]>;
  /** Lighthouse's measure of this machine's CPU speed then: a busy machine loses TBT for no fault of the page. */
  benchmarkIndex: number | undefined;
  /** Why there are no scores, when Lighthouse could not finish. */
  error?: string | undefined;
}

/** The parts of a Lighthouse result this module reads. */
export interface LhrLike {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; numericValue?: number } | undefined>;
  environment?: { benchmarkIndex?: number };
  runtimeError?: { message: string };
}

const METRICS: Record<string, string> = { "first-contentful-paint": "FCP", "largest-contentful-paint": "LCP", "total-blocking-time": "TBT", "cumulative-layout-shift": "CLS", "speed-index": "SI" };

const score = (lhr: LhrLike, id: Category) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id]!.score! * 100));

/** Scores (0–100), metrics and the audits that cost points, from a Lighthouse result. */
export function summariseLhr(page: string, url: string, lhr: LhrLike, performanceRuns = [score(lhr, "performance")]): LighthouseResult {
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, score(lhr, id)])) as Record<Category, number | null>;
  const failing = Object.fromEntries(CATEGORIES.map((id) => [id, (lhr.categories[id]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a !== undefined && a.scoreDisplayMode !== "notApplicable" && a.score !== null && a.score < 1)
    .map((a) => a!.title)])) as Record<Category, string[]>;
  const metrics = Object.fromEntries(Object.entries(METRICS).flatMap(([id, name]) => (lhr.audits[id]?.numericValue === undefined ? [] : [[name, lhr.audits[id]!.numericValue!]])));
  return { page, url, scores, performanceRuns, metrics, failing, benchmarkIndex: lhr.environment?.benchmarkIndex };
}

/** How long one run may take: Lighthouse waits for the CPU to go quiet, and a page that never lets it would hang the run. */
export const RUN_TIMEOUT_MS = 120_000;

async function runOnce(chromePath: string, url: string): Promise<LhrLike> {
  // Loaded here: Lighthouse is large, and runs without the browser steps (and the unit tests) never need it.
  const { default: lighthouse } = await import("lighthouse");
  const chrome = await launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS, "--headless=new"], logLevel: "silent" });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`Lighthouse did not finish within ${RUN_TIMEOUT_MS / 1000} s (a page that keeps the CPU busy never lets it)`)), RUN_TIMEOUT_MS)));
    const run = await Promise.race([lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] }), timeout]);
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (run.lhr.runtimeError) throw new Error(`Lighthouse could not test the page: ${run.lhr.runtimeError.message}`);
    return run.lhr as unknown as LhrLike;
  } finally {
    clearTimeout(timer);
    chrome.kill();
  }
}

/**
 * Lighthouse on each page, `runs` times. A run that fails to record its trace (NO_NAVSTART and
 * the like, which Lighthouse says to retry) is tried once more; a time-out is not, as the page
 * would only hang again. A page with no run scored is reported with the reason, not thrown.
 */
export async function runLighthouse(chromePath: string, pages: readonly { page: string; url: string }[], runs: number, onProgress: (line: string) => void): Promise<LighthouseResult[]> {
  const { computeMedianRun } = await import("lighthouse/core/lib/median-run.js");
  const results: LighthouseResult[] = [];
  for (const { page, url } of pages) {
    onProgress(`lighthouse ${page} (${results.length + 1}/${pages.length}), ${runs} run${runs === 1 ? "" : "s"}`);
    const lhrs: LhrLike[] = [];
    let error: Error | undefined;
    for (let attempt = 0; lhrs.length < runs && attempt <= runs && !error?.message.includes("did not finish"); attempt++) {
      try {
        lhrs.push(await runOnce(chromePath, url));
      } catch (e) {
        error = e as Error;
      }
    }
    if (lhrs.length > 0) results.push(summariseLhr(page, url, computeMedianRun(lhrs as never) as unknown as LhrLike, lhrs.map((lhr) => score(lhr, "performance"))));
    else {
      const none = Object.fromEntries(CATEGORIES.map((c) => [c, null])) as Record<Category, null>;
      const failing = Object.fromEntries(CATEGORIES.map((c) => [c, [] as string[]])) as Record<Category, string[]>;
      results.push({ page, url, scores: none, performanceRuns: [], metrics: {}, failing, benchmarkIndex: undefined, error: error?.message ?? "not run" });
    }
  }
  return results;
}
