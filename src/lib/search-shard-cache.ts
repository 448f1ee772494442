/**
 * Search shards kept between builds: a shard whose release pages are byte for byte what an
 * earlier build indexed is copied from the cache instead of being indexed again. Shards are cut
 * from the oldest release (search-shards.ts), so publishing one release changes the newest shard
 * only, and a press office's publish re-indexes ~1,000 pages instead of the whole archive
 * (issue #16: "a press office waits for the whole of it every time it publishes").
 *
 * The key is a hash of everything Pagefind's output depends on: its version and settings, the
 * shard's folder and role, and each page's URL and HTML. Pagefind's output is the same for the
 * same input (the snapshot builds compare byte for byte), so a cached shard is the shard.
 * Netlify keeps the folder between deploys (netlify/plugins/build-cache). SEARCH_INDEX_CACHE
 * moves it; "off" turns it off (the benchmark's cold builds).
 *
 * Pagefind has no incremental mode of its own (checked: pagefind 1.6 CLI and Node API options).
 */
import { createHash } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { linkOrCopy } from "./link-or-copy.ts";

/** A cached shard's folder: `shard/` (its files under /pagefind/<id>/), `shared/` (the files at the bundle's root the newest shard brings) and `manifest.json`, written last. */
const MANIFEST = "manifest.json";

// Pagefind's package exports no package.json: read it beside its entry (lib/index.js).
const pagefindVersion = (JSON.parse(readFileSync(fileURLToPath(new URL("../package.json", import.meta.resolve("pagefind"))), "utf8")) as { version: string }).version;

/** SEARCH_INDEX_CACHE, else .cache/search-index in the working directory; undefined when "off". */
export function shardCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SEARCH_INDEX_CACHE === "off") return undefined;
  return path.resolve(env.SEARCH_INDEX_CACHE || ".cache/search-index");
}

/** A page's part of its shard's key. */
export const pageDigest = (url: string, html: string): string => createHash("sha256").update(url).update("\0").update(html).digest("base64url");

/** The shard's key: Pagefind's version and `settings`, the shard's id and role, and its pages' digests, sorted (so in any order given). */
export function shardKey(id: string, newest: boolean, settings: readonly string[], digests: readonly string[]): string {
  const hash = createHash("sha256").update(JSON.stringify([pagefindVersion, settings, id, newest]));
  for (const digest of [...digests].sort()) hash.update(digest);
  return hash.digest("hex").slice(0, 32);
}

/**
 * `from`'s files under `to`, as hard links (copies where a link cannot be made: another file
 * system, say). By hand: Node's fs.cp (checked, Node 20) and fs-extra's copy have no link mode,
 * and fs.cp took 0.3 s for one shard's 1,172 files, which at 10,000 releases added 4.8 s to a
 * build that saved its shards; this takes ~15 ms. Neither side is ever written in place: the
 * cache's entries are made once, and each build writes a new output folder.
 */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else linkOrCopy(source, target);
  }
}

/** Puts a cached shard into `folder` (and its `shared` files into `bundle`); its manifest, or undefined if it is not cached. */
export async function restoreShard<T>(cache: string, key: string, folder: string, bundle: string, shared: readonly string[]): Promise<T | undefined> {
  const entry = path.join(cache, key);
  const manifest = await readFile(path.join(entry, MANIFEST), "utf8").then((text) => JSON.parse(text) as T, () => undefined);
  if (manifest === undefined) return undefined;
  await rm(folder, { recursive: true, force: true });
  linkTree(path.join(entry, "shard"), folder);
  for (const name of shared) await copyFile(path.join(entry, "shared", name), path.join(bundle, name));
  return manifest;
}

/** Keeps a freshly indexed shard (after trimming) for later builds. A failure to save only costs the next build time. */
export async function saveShard(cache: string, key: string, folder: string, bundle: string, shared: readonly string[], manifest: unknown): Promise<void> {
  const entry = path.join(cache, key);
  const partial = `${entry}.partial-${process.pid}`;
  try {
    await rm(partial, { recursive: true, force: true });
    linkTree(folder, path.join(partial, "shard"));
    await mkdir(path.join(partial, "shared"), { recursive: true });
    for (const name of shared) await copyFile(path.join(bundle, name), path.join(partial, "shared", name));
    await writeFile(path.join(partial, MANIFEST), JSON.stringify(manifest));
    // An entry already there has the same key, so the same files: it stays, as another build may be copying it.
    await rename(partial, entry).catch(() => rm(partial, { recursive: true, force: true }));
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    console.warn(`[newsroom] search index cache: could not keep a shard in ${cache}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A cached shard unused for this long is removed: a week of publishing leaves a few old newest shards behind. */
export const KEEP_UNUSED_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Marks the entries this build used (their manifest's time) and removes those no build has used
 * for KEEP_UNUSED_MS. By age, not by "not used now": builds of other sites (the e2e suite's,
 * a preview's) may share the folder, and a shard replaced by an edit is garbage either way.
 */
export async function pruneShards(cache: string, used: ReadonlySet<string>, now = Date.now()): Promise<void> {
  const time = new Date(now);
  for (const key of used) await utimes(path.join(cache, key, MANIFEST), time, time).catch(() => undefined);
  for (const name of await readdir(cache).catch(() => [] as string[])) {
    if (used.has(name)) continue;
    const at = await stat(path.join(cache, name, MANIFEST)).then((s) => s.mtimeMs, () => undefined);
    // A folder without a manifest is a save under way (or one that died): left to its own age.
    const since = at ?? (await stat(path.join(cache, name)).then((s) => s.mtimeMs, () => now));
    if (now - since > KEEP_UNUSED_MS) await rm(path.join(cache, name), { recursive: true, force: true });
  }
}
