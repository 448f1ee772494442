/**
 * Page weight: what a first visit to each kind of page downloads before it can render (the HTML,
 * its stylesheets and any parser-blocking script), raw, gzip and brotli, and how much JavaScript
 * each kind of page carries. Read from the built files, as Netlify would serve them.
 */
import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import * as cheerio from "cheerio";

export const PAGE_TYPES = ["home", "release", "archive", "year", "topic", "topics index", "search", "404"] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Script types the browser executes; anything else (application/ld+json, importmap…) is data. */
const EXECUTABLE_SCRIPT_TYPES = new Set(["", "text/javascript", "application/javascript", "module"]);

export interface PageResources {
  /** Stylesheets that block rendering (all but media="print"), in document order. */
  stylesheets: string[];
  /** Classic external scripts without async or defer: they block the parser where they stand. */
  blockingScripts: string[];
  /** Every external script the page runs, blocking or not. */
  scripts: string[];
  /** Bytes of JavaScript written inline in the page. */
  inlineScriptBytes: number;
}

/** The resources a page's HTML asks for, read from its markup. */
export function pageResources(html: string): PageResources {
  const $ = cheerio.load(html);
  const stylesheets = $("link[href]")
    .filter((_, el) => ($(el).attr("rel") ?? "").toLowerCase().split(/\s+/).includes("stylesheet") && ($(el).attr("media") ?? "all") !== "print")
    .map((_, el) => $(el).attr("href")!)
    .get();
  const blockingScripts: string[] = [];
  const scripts: string[] = [];
  let inlineScriptBytes = 0;
  $("script").each((_, el) => {
    const script = $(el);
    const type = (script.attr("type") ?? "").trim().toLowerCase();
    if (!EXECUTABLE_SCRIPT_TYPES.has(type)) return;
    const src = script.attr("src");
    if (src === undefined) {
      inlineScriptBytes += Buffer.byteLength(script.html() ?? "");
      return;
    }
    scripts.push(src);
    if (type !== "module" && script.attr("async") === undefined && script.attr("defer") === undefined) blockingScripts.push(src);
  });
  return { stylesheets, blockingScripts, scripts, inlineScriptBytes };
}

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/**
 * Compressed sizes as a CDN would send them: gzip at level 6 (zlib's and most servers' default)
 * and brotli at quality 11 (node's default, what precompressed assets use). Each file is
 * compressed on its own, as each is its own response.
 */
export function compressedSizes(data: Buffer): Sizes {
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 6 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }).length,
  };
}

export function addSizes(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };

/** The file a site-relative URL names in the built folder, or undefined for another origin. */
export function fileForUrl(root: string, url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined;
  const pathname = decodeURIComponent(url.split(/[?#]/)[0]!);
  const file = path.join(root, pathname.startsWith("/") ? pathname : `/${pathname}`);
  return pathname.endsWith("/") ? path.join(file, "index.html") : file;
}

export interface PageWeight {
  type: PageType;
  /** Site path of the page measured. */
  path: string;
  html: Sizes;
  /** HTML + stylesheets + parser-blocking scripts: the bytes before first render. */
  firstVisit: Sizes;
  /** All JavaScript the page runs: external scripts plus inline. */
  javascript: Sizes;
  stylesheets: string[];
  scripts: string[];
  /** Resources on other origins or missing from the build: not counted, listed so nobody misses them. */
  uncounted: string[];
}

async function resourceSizes(root: string, urls: readonly string[], cache: Map<string, Sizes>, uncounted: string[]): Promise<Sizes> {
  let total = ZERO;
  for (const url of urls) {
    const file = fileForUrl(root, url);
    if (!file || !existsSync(file)) {
      uncounted.push(url);
      continue;
    }
    let sizes = cache.get(file);
    if (!sizes) {
      sizes = compressedSizes(await readFile(file));
      cache.set(file, sizes);
    }
    total = addSizes(total, sizes);
  }
  return total;
}

/** Weighs one built page. */
export async function weighPage(root: string, type: PageType, sitePath: string, cache = new Map<string, Sizes>()): Promise<PageWeight> {
  const htmlBytes = await readFile(fileForUrl(root, sitePath)!);
  const resources = pageResources(htmlBytes.toString("utf8"));
  const uncounted: string[] = [];
  const html = compressedSizes(htmlBytes);
  const css = await resourceSizes(root, resources.stylesheets, cache, uncounted);
  const blocking = await resourceSizes(root, resources.blockingScripts, cache, uncounted);
  const external = await resourceSizes(root, resources.scripts, cache, []);
  // Inline scripts travel inside the HTML: counted in its compressed size, and here raw only.
  const javascript = addSizes(external, { raw: resources.inlineScriptBytes, gzip: resources.inlineScriptBytes, brotli: resources.inlineScriptBytes });
  return {
    type,
    path: sitePath,
    html,
    firstVisit: addSizes(addSizes(html, css), blocking),
    javascript,
    stylesheets: resources.stylesheets,
    scripts: resources.scripts,
    uncounted: [...new Set(uncounted)],
  };
}

async function subfolders(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/**
 * One representative page of each type in a built site. The release page is the largest one
 * built (the worst case for the 14 KB budget); the year is the newest; the topic the first
 * topic folder. Types the site does not have are left out.
 */
export async function findPageTypes(root: string): Promise<Partial<Record<PageType, string>>> {
  const found: Partial<Record<PageType, string>> = {};
  const has = (sitePath: string) => existsSync(fileForUrl(root, sitePath)!);
  if (has("/")) found.home = "/";
  if (has("/releases/")) found.archive = "/releases/";
  if (has("/topics/")) found["topics index"] = "/topics/";
  if (has("/search/")) found.search = "/search/";
  if (has("/404.html")) found["404"] = "/404.html";
  const years = (await subfolders(path.join(root, "releases"))).filter((y) => /^\d{4}$/.test(y));
  const newest = years[years.length - 1];
  if (newest && has(`/releases/${newest}/`)) found.year = `/releases/${newest}/`;
  let largest: { path: string; size: number } | undefined;
  for (const year of years) {
    for (const slug of await subfolders(path.join(root, "releases", year))) {
      if (slug === "page") continue;
      const file = path.join(root, "releases", year, slug, "index.html");
      const size = await stat(file).then((s) => s.size, () => -1);
      if (size > (largest?.size ?? -1)) largest = { path: `/releases/${year}/${slug}/`, size };
    }
  }
  if (largest) found.release = largest.path;
  const topic = (await subfolders(path.join(root, "topics")))[0];
  if (topic && has(`/topics/${topic}/`)) found.topic = `/topics/${topic}/`;
  return found;
}

/** Weighs one page of every type the site has, in PAGE_TYPES order. */
export async function weighSite(root: string): Promise<PageWeight[]> {
  const types = await findPageTypes(root);
  const cache = new Map<string, Sizes>();
  const weights: PageWeight[] = [];
  for (const type of PAGE_TYPES) {
    const sitePath = types[type];
    if (sitePath) weights.push(await weighPage(root, type, sitePath, cache));
  }
  return weights;
}
