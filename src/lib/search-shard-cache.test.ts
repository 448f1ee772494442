import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { KEEP_UNUSED_MS, pageDigest, pruneShards, restoreShard, saveShard, shardCacheDir, shardKey } from "./search-shard-cache.ts";

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "newsroom-shard-cache-"));
const settings = ["10000", ".nr-figure__credit", "en"];
const SHARED = ["pagefind.js", "wasm.en.pagefind"];
const pages = [pageDigest("/releases/2024/a/", "<p>A</p>"), pageDigest("/releases/2024/b/", "<p>B</p>")];

test("a shard's key is the same for the same pages in any order, and changes with any page, setting or role", () => {
  const key = shardKey("s1", false, settings, pages);
  assert.equal(shardKey("s1", false, settings, [...pages].reverse()), key);
  assert.notEqual(shardKey("s1", false, settings, [pages[0]!, pageDigest("/releases/2024/b/", "<p>B!</p>")]), key);
  assert.notEqual(shardKey("s1", false, settings, [pages[0]!, pageDigest("/releases/2024/c/", "<p>B</p>")]), key);
  assert.notEqual(shardKey("s1", false, settings, pages.slice(0, 1)), key);
  assert.notEqual(shardKey("s1", false, ["20000", ...settings.slice(1)], pages), key);
  assert.notEqual(shardKey("s1", true, settings, pages), key);
  assert.notEqual(shardKey("s2", false, settings, pages), key);
});

test("the cache folder: .cache/search-index by default, SEARCH_INDEX_CACHE to move it, off for none", () => {
  assert.equal(shardCacheDir({}), path.resolve(".cache/search-index"));
  assert.equal(shardCacheDir({ SEARCH_INDEX_CACHE: "/tmp/x" }), "/tmp/x");
  assert.equal(shardCacheDir({ SEARCH_INDEX_CACHE: "off" }), undefined);
});

function shardFolder(root: string, text: string): { folder: string; bundle: string } {
  const bundle = path.join(root, "pagefind");
  const folder = path.join(bundle, "s0");
  mkdirSync(path.join(folder, "index"), { recursive: true });
  writeFileSync(path.join(folder, "index", "en_1.pf_index"), text);
  writeFileSync(path.join(folder, "pagefind-entry.json"), `{"text":"${text}"}`);
  for (const shared of SHARED) writeFileSync(path.join(bundle, shared), `${shared} ${text}`);
  return { folder, bundle };
}

test("a saved shard comes back whole, with the newest's shared files; an unknown key gives nothing", async () => {
  const cache = tmp();
  const from = shardFolder(tmp(), "one");
  await saveShard(cache, "k1", from.folder, from.bundle, SHARED, { id: "s0", meta: "en_1" });
  const to = path.join(tmp(), "pagefind");
  mkdirSync(to);
  assert.deepEqual(await restoreShard(cache, "k1", path.join(to, "s0"), to, SHARED), { id: "s0", meta: "en_1" });
  assert.equal(readFileSync(path.join(to, "s0", "index", "en_1.pf_index"), "utf8"), "one");
  assert.equal(readFileSync(path.join(to, "wasm.en.pagefind"), "utf8"), "wasm.en.pagefind one");
  assert.equal(await restoreShard(cache, "k2", path.join(to, "s1"), to, []), undefined);
  assert.equal(existsSync(path.join(to, "s1")), false);
});

test("a key already saved keeps its files: another build may be copying them", async () => {
  const cache = tmp();
  const first = shardFolder(tmp(), "first");
  await saveShard(cache, "k", first.folder, first.bundle, [], { n: 1 });
  const second = shardFolder(tmp(), "second");
  await saveShard(cache, "k", second.folder, second.bundle, [], { n: 2 });
  assert.equal(readFileSync(path.join(cache, "k", "shard", "index", "en_1.pf_index"), "utf8"), "first");
  assert.deepEqual(JSON.parse(readFileSync(path.join(cache, "k", "manifest.json"), "utf8")), { n: 1 });
});

test("shards unused for a week are removed; those this build used, and recent ones of other builds, stay", async () => {
  const cache = tmp();
  const from = shardFolder(tmp(), "x");
  for (const key of ["used", "recent", "old"]) await saveShard(cache, key, from.folder, from.bundle, [], {});
  const now = Date.now();
  const longAgo = new Date(now - KEEP_UNUSED_MS - 60_000);
  for (const key of ["used", "old"]) utimesSync(path.join(cache, key, "manifest.json"), longAgo, longAgo);
  await pruneShards(cache, new Set(["used"]), now);
  assert.equal(existsSync(path.join(cache, "used")), true);
  assert.equal(existsSync(path.join(cache, "recent")), true);
  assert.equal(existsSync(path.join(cache, "old")), false);
});
