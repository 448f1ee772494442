/**
 * The Pagefind search index, written into the output folder at the end of every build: one
 * index per shard of consecutive releases (search-shards.ts), each built by its own Pagefind
 * process (two at a time), which ends when its shard is written, so its memory goes with it.
 * Pagefind keeps every parsed page until it writes (https://github.com/Pagefind/pagefind/issues/842);
 * one run over 10,000 releases peaked at 3 GB, one shard of 1,000 stays a small fraction of that.
 *
 * Once Eleventy has rendered a shard's last release page, the shard's pages are hard-linked into
 * a folder of its own and Pagefind's CLI indexes that folder in a process of its own, while Eleventy
 * goes on rendering on the other core (issue #16: the peer pipeline indexes only after Eleventy
 * has finished). Pagefind reads exactly the release pages, no listing, topic or search page.
 * A shard whose pages an earlier build indexed byte for byte is taken from the cache instead
 * (search-shard-cache.ts): a publish re-indexes the newest shard only.
 *
 * The browser loads one pagefind.js and one WebAssembly file for every shard (search.js); each
 * shard folder keeps only its own index. Then the search page gets the shard list and the
 * preloads for the newest shard, whose file names are known only now.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { limiter } from "./for-each-limited.ts";
import { linkOrCopy } from "./link-or-copy.ts";
import { shownPath } from "./shown-path.ts";
import { pageDigest, pruneShards, restoreShard, saveShard, shardCacheDir, shardKey } from "./search-shard-cache.ts";
import { searchSortKey, type SearchShard } from "./search-shards.ts";

/** Where the search page (src/pages/search.njk) wants the shard list and the preloads. */
export const SEARCH_PAGE_MARKER = "<!--newsroom:search-index-->";
export const SEARCH_PAGE = "search/index.html";
/**
 * A figure's credit and its "Download original (JPEG, 3000 × 2000 pixels, 1.2 MB)" link: the
 * same words under every photo (src/lib/figure.ts). Its caption and alt text stay searchable.
 */
const FIGURE_NOISE = ".nr-figure__credit, .nr-figure__download";
/** Written by the newest shard's run and shared by every shard, at the bundle's root (trimShard). */
const SHARED_FILES = ["pagefind.js", "wasm.en.pagefind"];
/** How every shard is indexed: also part of each shard's key in the cache (pagefindSettings). */
const INDEX_OPTIONS = ["--force-language", "en", "--exclude-selectors", FIGURE_NOISE];
/**
 * Pagefind's allocator (jemalloc, through tikv-jemallocator: pagefind/src/main.rs) asked to back
 * its heap and its own metadata with transparent huge pages where the kernel allows them
 * (opt.thp and opt.metadata_thp, https://jemalloc.net/jemalloc.3.html). A shard's run touches
 * ~450 MB of fresh memory: with 4 KB pages that was ~110,000 page faults, a sixth of its samples
 * under `perf`, and much of its user time in copying into new pages. With huge pages, ~6,000
 * faults: one shard of 1,000 releases, alternated, 2.7 s to 1.9–2.4 s wall, 3.9 to 2.6–3.3 s of
 * CPU; the 4,000-release build from 1.16× the peer pipeline to 1.04× (issue #16, bench/README.md,
 * bench/results-4000-16.md). Where the kernel has huge pages off (or it is not Linux) jemalloc
 * goes on with small pages. The output is the same bytes. A value of _RJEM_MALLOC_CONF set by
 * whoever runs the build wins.
 */
const PAGEFIND_ALLOCATOR = "thp:always,metadata_thp:always";
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

/** A page as Eleventy hands it over, before it writes it. */
interface PageText {
  url: string;
  content: string;
}

/**
 * A folder holding just the shard's pages, at their own paths, as hard links to the pages
 * Eleventy wrote (copies where links fail); `written`, a page that may not be in the output yet,
 * is written from its text. Synchronous, as Eleventy's own writes: a few milliseconds per hundred
 * pages.
 */
function stageShard(output: string, staging: string, shard: SearchShard, written?: PageText): void {
  for (const url of shard.urls) {
    const to = path.join(staging, url, "index.html");
    mkdirSync(path.dirname(to), { recursive: true });
    if (url === written?.url) {
      writeFileSync(to, written.content);
      continue;
    }
    const from = path.join(output, url, "index.html");
    try {
      linkOrCopy(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`search shard ${shard.id}: ${url} is not in ${shownPath(output)} yet, so it cannot be indexed`);
      throw error;
    }
  }
}

const running = new Set<ChildProcess>();
/** Shard folders of pages not yet indexed, removed however the build ends. */
const staged = new Set<string>();
process.once("exit", () => {
  for (const child of running) child.kill();
  for (const folder of staged) rmSync(folder, { recursive: true, force: true });
});

/**
 * Pagefind's own CLI over one shard's folder, in a process of its own: when it ends, its memory
 * is back, and if it is stopped (out of memory, say) the build hears how, where Pagefind's Node
 * API (https://pagefind.app/docs/node-api/) would wait forever on a process that has gone.
 */
function indexShard(staging: string, outputPath: string, shard: SearchShard): Promise<void> {
  const args = [PAGEFIND_CLI, "--site", staging, "--output-path", outputPath, "--quiet", ...INDEX_OPTIONS];
  return new Promise((resolve, reject) => {
    const env = { ...process.env, _RJEM_MALLOC_CONF: process.env._RJEM_MALLOC_CONF ?? PAGEFIND_ALLOCATOR };
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], env });
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

/** This build's shards, as its data cut them, and how many of each one's pages are written. */
interface Plan {
  shards: SearchShard[];
  shardOf: Map<string, number>;
  written: number[];
  /** Each shard's pages' digests, for its key in the cache (search-shard-cache.ts); none when the cache is off. */
  digests: string[][];
  jobs: Promise<ShardManifest>[];
  started: number | undefined;
  /** The cache's folder, the keys this build used and how many shards came from it. */
  cache: string | undefined;
  used: Set<string>;
  reused: number;
}

let plan: Plan | undefined;

/** Called with the data (_data/releases.ts): which release pages make which shard, newest first. */
export function planSearchIndex(shards: readonly SearchShard[]): void {
  plan = {
    shards: [...shards],
    shardOf: new Map(shards.flatMap((s, i) => s.urls.map((url) => [url, i] as const))),
    written: shards.map(() => 0),
    digests: shards.map(() => []),
    jobs: [],
    started: undefined,
    cache: shardCacheDir(),
    used: new Set(),
    reused: 0,
  };
}

/** The shards of the last build's data. */
export function plannedShards(): readonly SearchShard[] {
  if (!plan) throw new Error("the search index has no plan: _data/releases.ts calls planSearchIndex");
  return plan.shards;
}

const stagingFolder = (output: string, shard: SearchShard) => `${output.replace(/[\\/]+$/, "")}.search-${process.pid}-${shard.id}`;

/** Pagefind's settings for every shard, set once before the first. */
function configurePagefind(): void {
  // Index chunks of about half Pagefind's default (20,000 word positions, pagefind/src/options.rs):
  // the chunk a search needs first is then ~12 KB instead of ~25 KB, at the cost of twice as many
  // (cacheable) files. The variable is Pagefind's own, marked unstable: e2e tests cover it.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
}

/** What Pagefind's output depends on besides the pages and its version: the key's settings (search-shard-cache.ts). */
function pagefindSettings(): string[] {
  configurePagefind();
  return [process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? "", ...INDEX_OPTIONS];
}

/**
 * One shard's index, written into `folder` (its place under /pagefind/ or, on the dev server,
 * a folder it is then moved from); the newest also writes the files every shard shares. `last`
 * is the shard's last page when Eleventy may not have written it yet (stagePage).
 */
export async function buildShard(output: string, shard: SearchShard, folder: string, newest: boolean, last?: PageText): Promise<ShardManifest> {
  configurePagefind();
  const own = stagingFolder(output, shard);
  staged.add(own);
  try {
    stageShard(output, own, shard, last);
    await indexShard(own, folder, shard);
    if (newest) {
      const bundle = path.join(output, BUNDLE);
      for (const shared of SHARED_FILES) await copyFile(path.join(folder, shared), path.join(bundle, shared));
    }
    const { hash, pages } = await trimShard(folder, newest);
    if (pages !== shard.count) throw new Error(`Pagefind indexed ${pages} pages for search shard ${shard.id}, expected ${shard.count}`);
    return { id: shard.id, count: shard.count, years: [shard.newestYear, shard.oldestYear], meta: hash };
  } finally {
    await rm(own, { recursive: true, force: true });
    staged.delete(own);
  }
}

/**
 * Puts the shard list and the newest shard's preloads into the search page, if the site has
 * one. `page` is the page as Eleventy wrote it, marker and all (read from the output if not given).
 */
export async function writeSearchPageHead(output: string, manifest: readonly ShardManifest[], page?: string): Promise<void> {
  const pagePath = path.join(output, SEARCH_PAGE);
  const text = page ?? (await readFile(pagePath, "utf8").catch(() => undefined));
  if (text === undefined) return;
  if (!text.includes(SEARCH_PAGE_MARKER)) throw new Error(`${SEARCH_PAGE} has no ${SEARCH_PAGE_MARKER} for the search index`);
  await writeFile(pagePath, text.replace(SEARCH_PAGE_MARKER, () => searchPageHead(manifest)));
}

export const indexedLine = (manifest: readonly ShardManifest[], seconds: string) => {
  const total = manifest.reduce((sum, s) => sum + s.count, 0);
  return `[newsroom] pagefind: indexed ${total} pages in ${seconds}s (${manifest.length} shard${manifest.length === 1 ? "" : "s"}, largest ${Math.max(0, ...manifest.map((s) => s.count))})`;
};

/**
 * A release page as Eleventy hands it over for writing: counted (and its digest kept, for the
 * cache) until its shard's last page, then the shard is taken from the cache or staged and
 * indexed. Two Pagefind processes at most (SEARCH_INDEXERS).
 *
 * The other pages of the shard are in the output by then: they come from one template, whose
 * pages Eleventy renders one after another, writing each before rendering the next
 * (Template.generateMapEntry, @11ty/eleventy 3.1), so they are hard-linked, not written again;
 * only the last, which Eleventy writes after its transforms, goes along as text. Writing every
 * page a second time, as it came, cost the main thread 0.75 s at 4,000 pages (mkdir and write;
 * issue #16).
 */
function stagePage(output: string, url: string, content: string, gate: ReturnType<typeof limiter>): void {
  const index = plan?.shardOf.get(url);
  if (!plan || index === undefined) return;
  const current = plan;
  const shard = current.shards[index]!;
  if (current.cache) current.digests[index]!.push(pageDigest(url, content));
  current.written[index]! += 1;
  if (current.written[index] !== shard.count) return;
  const job = gate(() => {
    current.started ??= performance.now();
    return indexOrReuse(output, current, index, { url, content });
  });
  job.catch(() => undefined); // awaited, and its error reported, after Eleventy has finished
  current.jobs[index] = job;
}

/** A shard from the cache when an earlier build indexed the same pages, else indexed now and kept there. */
async function indexOrReuse(output: string, current: Plan, index: number, last: PageText): Promise<ShardManifest> {
  const shard = current.shards[index]!;
  const newest = index === 0;
  const bundle = path.join(output, BUNDLE);
  const folder = path.join(bundle, shard.id);
  if (!current.cache) return buildShard(output, shard, folder, newest, last);
  const key = shardKey(shard.id, newest, pagefindSettings(), current.digests[index]!);
  current.used.add(key);
  await mkdir(bundle, { recursive: true });
  const shared = newest ? SHARED_FILES : [];
  const cached = await restoreShard<ShardManifest>(current.cache, key, folder, bundle, shared);
  if (cached) {
    current.reused += 1;
    return cached;
  }
  const made = await buildShard(output, shard, folder, newest, last);
  await saveShard(current.cache, key, folder, bundle, shared, made);
  return made;
}

/** Once Eleventy has written every page: waits for every shard and tells the search page about them. */
async function finishSearchIndex(output: string, log: (line: string) => void): Promise<ShardManifest[]> {
  const current = plan!;
  const eleventyDone = performance.now();
  const manifest = await Promise.all(current.shards.map((shard, i) =>
    current.jobs[i] ?? Promise.reject(new Error(`search shard ${shard.id}: ${current.written[i]} of its ${shard.count} release pages were written`))));
  await writeSearchPageHead(output, manifest);
  if (current.cache) await pruneShards(current.cache, current.used);
  const done = performance.now();
  log(indexedLine(manifest, ((done - (current.started ?? eleventyDone)) / 1000).toFixed(2)));
  if (current.cache) log(`[newsroom] pagefind: ${current.reused} of ${manifest.length} shard${manifest.length === 1 ? "" : "s"} unchanged since an earlier build, copied from ${shownPath(current.cache)}`);
  log(`[newsroom] pagefind: finished ${((done - eleventyDone) / 1000).toFixed(2)}s after Eleventy's last page`);
  return manifest;
}

export default function searchIndexPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("searchSortKey", searchSortKey);
  // The words a filter value is shown with: releases are filtered by topic slug and type key.
  eleventyConfig.addFilter("searchLabels", (topics: readonly { slug: string; title: string }[], types: Record<string, string>) =>
    JSON.stringify({ topic: Object.fromEntries(topics.map((t) => [t.slug, t.title])), type: types }));
  let gate = limiter(indexersFrom(process.env));
  let output = "";
  let building = false;
  eleventyConfig.on("eleventy.before", async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    output = directories.output;
    building = runMode === "build";
    if (!building) return;
    gate = limiter(indexersFrom(process.env));
    await rm(path.join(output, BUNDLE), { recursive: true, force: true });
  });
  // The last transform: what it is given is what Eleventy writes (there are no others). The dev
  // server indexes after its rebuild instead (search-index-dev.ts).
  eleventyConfig.addTransform("search-shard-pages", function (this: { page: { url: string } }, content: string) {
    if (building) stagePage(output, this.page.url, content, gate);
    return content;
  });
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    if (runMode === "build") return void (await finishSearchIndex(directories.output, console.log));
    // The dev server re-indexes what changed, behind the reload (search-index-dev.ts).
    const { updateSearchIndexServing } = await import("./search-index-dev.ts");
    await updateSearchIndexServing(directories.output);
  });
}
