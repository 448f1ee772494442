/**
 * The Pagefind search index, written into the output folder at the end of every build: one
 * index per shard of consecutive releases (search-shards.ts), each built by its own Pagefind
 * process (two at a time), which ends when its shard is written, so its memory goes with it.
 * Pagefind keeps every parsed page until it writes (https://github.com/Pagefind/pagefind/issues/842);
 * one run over 10,000 releases peaked at 3 GB, one shard of 1,000 stays a small fraction of that.
 *
 * Each shard's pages are hard-linked into a folder of their own, so Pagefind's CLI reads exactly
 * those pages, in parallel, in its own process: Node does no work per page, and no listing, topic
 * or search page is read at all.
 *
 * The browser loads one pagefind.js and one WebAssembly file for every shard (search.js); each
 * shard folder keeps only its own index. Then the search page gets the shard list and the
 * preloads for the newest shard, whose file names are known only now.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { copyFile, link, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { forEachLimited } from "./for-each-limited.ts";
import { searchSortKey, type SearchShard } from "./search-shards.ts";

/** Written by src/pages/search-plan.njk; read and removed here. */
export const PLAN_FILE = "search-plan.json";
/** Where the search page (src/pages/search.njk) wants the shard list and the preloads. */
export const SEARCH_PAGE_MARKER = "<!--newsroom:search-index-->";
export const SEARCH_PAGE = "search/index.html";
/**
 * A figure's credit and its "Download original (JPEG, 3000 × 2000 pixels, 1.2 MB)" link: the
 * same words under every photo (src/lib/figure.ts). Its caption and alt text stay searchable.
 */
const FIGURE_NOISE = ".nr-figure__credit, .nr-figure__download";
/** Pagefind processes at once, measured (bench/README.md, "Search shards"); SEARCH_INDEXERS overrides. */
const INDEXERS_AT_ONCE = 2;

export function indexersFrom(env: NodeJS.ProcessEnv): number {
  const value = Number(env.SEARCH_INDEXERS || INDEXERS_AT_ONCE);
  if (!Number.isInteger(value) || value < 1) throw new Error(`SEARCH_INDEXERS must be a positive whole number, not "${env.SEARCH_INDEXERS}"`);
  return value;
}

/** Word positions per index chunk (bench/README.md, "Search shards"). */
const INDEX_CHUNK_SIZE = 10_000;
export const BUNDLE = "pagefind";
/** The package's own command (its "bin"), beside its Node API (lib/index.js). */
const PAGEFIND_CLI = path.join(path.dirname(fileURLToPath(import.meta.resolve("pagefind"))), "runner", "bin.cjs");
/** What each shard folder keeps; pagefind.js and the wasm are shared, the UI bundles unused. */
const SHARD_FILES = /^(pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|index|fragment|filter)$/;

/** What the search page is told about each shard, newest first. */
export interface ShardManifest {
  id: string;
  count: number;
  /** The newest and oldest publication year in the shard (a year filter skips the others). */
  years: [number, number];
  /** Pagefind's name for the shard's metadata file; also the cache tag of its entry file. */
  meta: string;
}

/** A folder holding just the shard's pages, at their own paths, as hard links (copies where links fail). */
async function stageShard(output: string, staging: string, shard: SearchShard): Promise<void> {
  for (const url of shard.urls) {
    const from = path.join(output, url, "index.html");
    const to = path.join(staging, url, "index.html");
    await mkdir(path.dirname(to), { recursive: true });
    await link(from, to).catch(() => copyFile(from, to));
  }
}

const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill();
});

/**
 * Pagefind's own CLI over one shard's folder, in a process of its own: when it ends, its memory
 * is back, and if it is stopped (out of memory, say) the build hears how, where Pagefind's Node
 * API (https://pagefind.app/docs/node-api/) would wait forever on a process that has gone.
 */
function indexShard(staging: string, outputPath: string, shard: SearchShard): Promise<void> {
  const args = [PAGEFIND_CLI, "--site", staging, "--output-path", outputPath, "--force-language", "en", "--quiet", "--exclude-selectors", FIGURE_NOISE];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    // A build stopped half-way (or the dev server closed) stops its Pagefind processes too.
    running.add(child);
    child.on("exit", () => running.delete(child));
    let said = "";
    for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk: Buffer) => (said = (said + chunk.toString()).slice(-4000)));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) return resolve();
      const how = signal ? `was stopped by ${signal}${signal === "SIGKILL" ? " (out of memory?)" : ""}` : `exited with ${code}`;
      reject(new Error(`Pagefind ${how} while indexing search shard ${shard.id} (${shard.count} release pages)${said.trim() ? `:\n${said.trim()}` : ""}`));
    });
  });
}

interface EntryFile {
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

/**
 * Keeps the shard's own index files and points its entry at the one shared WebAssembly file.
 * Pagefind fetches `${basePath}wasm.${languages.en.wasm}.pagefind` (coupled_search.ts, loadWasm),
 * so "/../../wasm.en" resolves, by URL rules, from /pagefind/s3/ to /pagefind/wasm.en.pagefind:
 * every shard then asks for the same URL and the browser downloads it once.
 */
async function trimShard(folder: string, newest: boolean): Promise<{ hash: string; pages: number }> {
  for (const name of await readdir(folder)) {
    // The newest shard keeps Pagefind's worker script: the search page starts the worker from
    // the folder of the first shard it asks (src/assets/search.js), which is always this one.
    if (SHARD_FILES.test(name) || (newest && name === "pagefind-worker.js")) continue;
    await rm(path.join(folder, name), { recursive: true, force: true });
  }
  const entryPath = path.join(folder, "pagefind-entry.json");
  const entry = JSON.parse(await readFile(entryPath, "utf8")) as EntryFile;
  for (const language of Object.values(entry.languages)) if (language.wasm) language.wasm = `/../../wasm.${language.wasm}`;
  await writeFile(entryPath, JSON.stringify(entry));
  const en = entry.languages.en ?? Object.values(entry.languages)[0];
  if (!en) throw new Error(`Pagefind wrote no index into ${folder}`);
  return { hash: en.hash, pages: en.page_count };
}

/** The shard list and the newest shard's preloads, for the head of the search page. */
export function searchPageHead(manifest: readonly ShardManifest[]): string {
  const newest = manifest[0];
  const preload = (href: string) => `<link rel="preload" href="${href}" as="fetch" crossorigin>`;
  const lines: string[] = [];
  if (newest) {
    lines.push(`<link rel="modulepreload" href="/${BUNDLE}/pagefind.js">`, preload(`/${BUNDLE}/wasm.en.pagefind`));
    lines.push(preload(`/${BUNDLE}/${newest.id}/pagefind-entry.json?ts=${newest.meta}`));
    lines.push(preload(`/${BUNDLE}/${newest.id}/pagefind.${newest.meta}.pf_meta`));
  }
  const json = JSON.stringify(manifest).replace(/</g, "\\u003c");
  lines.push(`<script type="application/json" id="nr-search-shards">${json}</script>`);
  return lines.join("\n");
}

/** The shard list the build's search-plan.json gives (search-plan.njk), once read removed. */
export async function readPlan(output: string): Promise<SearchShard[]> {
  const planPath = path.join(output, PLAN_FILE);
  const shards = JSON.parse(await readFile(planPath, "utf8")) as SearchShard[];
  await rm(planPath);
  return shards;
}

/** Pagefind's settings for every shard, set once before the first. */
function configurePagefind(): void {
  // jemalloc (Pagefind's allocator) hands freed memory back at once: ~15% lower peak (issue #17).
  process.env._RJEM_MALLOC_CONF ??= "dirty_decay_ms:0,muzzy_decay_ms:0";
  // Index chunks of about half Pagefind's default (20,000 word positions, pagefind/src/options.rs):
  // the chunk a search needs first is then ~12 KB instead of ~25 KB, at the cost of twice as many
  // (cacheable) files. The variable is Pagefind's own, marked unstable: e2e tests cover it.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
}

/**
 * One shard's index, written into `folder` (its place under /pagefind/ or, on the dev server,
 * a folder it is then moved from); the newest also writes the files every shard shares.
 */
export async function buildShard(output: string, shard: SearchShard, folder: string, newest: boolean): Promise<ShardManifest> {
  configurePagefind();
  const own = `${output.replace(/[\\/]+$/, "")}.search-${process.pid}-${shard.id}`;
  try {
    await stageShard(output, own, shard);
    await indexShard(own, folder, shard);
    if (newest) {
      const bundle = path.join(output, BUNDLE);
      for (const shared of ["pagefind.js", "wasm.en.pagefind"]) await copyFile(path.join(folder, shared), path.join(bundle, shared));
    }
    const { hash, pages } = await trimShard(folder, newest);
    if (pages !== shard.count) throw new Error(`Pagefind indexed ${pages} pages for search shard ${shard.id}, expected ${shard.count}`);
    return { id: shard.id, count: shard.count, years: [shard.newestYear, shard.oldestYear], meta: hash };
  } finally {
    await rm(own, { recursive: true, force: true });
  }
}

/** Puts the shard list and the newest shard's preloads into the search page, if the site has one. */
export async function writeSearchPageHead(output: string, manifest: readonly ShardManifest[]): Promise<void> {
  const pagePath = path.join(output, SEARCH_PAGE);
  const page = await readFile(pagePath, "utf8").catch(() => undefined);
  if (page === undefined) return;
  if (!page.includes(SEARCH_PAGE_MARKER)) throw new Error(`${SEARCH_PAGE} has no ${SEARCH_PAGE_MARKER} for the search index`);
  await writeFile(pagePath, page.replace(SEARCH_PAGE_MARKER, () => searchPageHead(manifest)));
}

export const indexedLine = (manifest: readonly ShardManifest[], seconds: string) => {
  const total = manifest.reduce((sum, s) => sum + s.count, 0);
  return `[newsroom] pagefind: indexed ${total} pages in ${seconds}s (${manifest.length} shard${manifest.length === 1 ? "" : "s"}, largest ${Math.max(0, ...manifest.map((s) => s.count))})`;
};

/** Builds every shard's index into `${output}/pagefind/` and tells the search page about them. */
export async function writeSearchIndex(output: string, log: (line: string) => void = console.log, indexersAtOnce = indexersFrom(process.env)): Promise<ShardManifest[]> {
  const shards = await readPlan(output);
  const bundle = path.join(output, BUNDLE);
  await rm(bundle, { recursive: true, force: true });
  const manifest: ShardManifest[] = [];
  const started = performance.now();
  // A few shards at a time (INDEXERS_AT_ONCE): each Pagefind process spends part of its run on
  // one core (start-up, writing), so two overlap into the idle time. Each has its own folder.
  await forEachLimited(shards, indexersAtOnce, async (shard, index) => {
    manifest[index] = await buildShard(output, shard, path.join(bundle, shard.id), index === 0);
  });
  await writeSearchPageHead(output, manifest);
  log(indexedLine(manifest, ((performance.now() - started) / 1000).toFixed(2)));
  return manifest;
}

export default function searchIndexPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("searchSortKey", searchSortKey);
  // The words a filter value is shown with: releases are filtered by topic slug and type key.
  eleventyConfig.addFilter("searchLabels", (topics: readonly { slug: string; title: string }[], types: Record<string, string>) =>
    JSON.stringify({ topic: Object.fromEntries(topics.map((t) => [t.slug, t.title])), type: types }));
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    if (runMode === "build") return void (await writeSearchIndex(directories.output));
    // The dev server re-indexes what changed, behind the reload (search-index-dev.ts).
    const { updateSearchIndexServing } = await import("./search-index-dev.ts");
    await updateSearchIndexServing(directories.output);
  });
}

