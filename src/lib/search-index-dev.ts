/**
 * The search index on the dev server (issue #16: a saved release on screen within 1.5 s). A
 * shard takes Pagefind seconds to index, so after a save the browser is not kept waiting for
 * it: the rebuilt pages are served at once with the index as it was, and only the shards whose
 * pages changed are indexed again, behind the reload, each then swapped in whole. A search in
 * the few seconds between may miss the edit; the terminal says when the index has caught up.
 * The first build waits for the whole index, so search works when the server says it is ready.
 */
import { readdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { forEachLimited } from "./for-each-limited.ts";
import { BUNDLE, buildShard, indexersFrom, indexedLine, plannedShards, SEARCH_PAGE, SEARCH_PAGE_MARKER, type ShardManifest, writeSearchPageHead } from "./search-index.ts";
import type { SearchShard } from "./search-shards.ts";

/** A shard's pages and when each was last written: the same key, the same index. */
async function shardKey(output: string, shard: SearchShard): Promise<string> {
  const times = await Promise.all(shard.urls.map((url) => stat(path.join(output, url, "index.html")).then((s) => s.mtimeMs, () => 0)));
  return JSON.stringify([shard.urls, times]);
}

interface Indexed {
  key: string;
  manifest: ShardManifest;
}

const indexed = new Map<string, Indexed>();
let current: ShardManifest[] | undefined;
let queue: Promise<void> = Promise.resolve();
/** The search page as the last build wrote it, with the marker the head goes in. */
let searchPage: string | undefined;

/** Re-indexes the shards whose pages changed (SEARCH_INDEXERS at once), and points the search page at the result. */
async function catchUp(output: string, shards: readonly SearchShard[], log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const bundle = path.join(output, BUNDLE);
  const manifest: ShardManifest[] = [];
  const keys: string[] = [];
  const redo: number[] = [];
  for (const [index, shard] of shards.entries()) {
    const key = await shardKey(output, shard);
    const known = indexed.get(shard.id);
    // The newest shard also carries the shared files and Pagefind's worker: redo it if it moved.
    if (known && known.key === key && (index !== 0 || current?.[0]?.id === shard.id)) manifest[index] = known.manifest;
    else redo.push(index);
    keys[index] = key;
  }
  await forEachLimited(redo, indexersFrom(process.env), async (index) => {
    const shard = shards[index]!;
    const next = path.join(bundle, `${shard.id}.next`);
    await rm(next, { recursive: true, force: true });
    const made = await buildShard(output, shard, next, index === 0);
    await rm(path.join(bundle, shard.id), { recursive: true, force: true });
    await rename(next, path.join(bundle, shard.id));
    indexed.set(shard.id, { key: keys[index]!, manifest: made });
    manifest[index] = made;
  });
  const redone = redo.length;
  const ids = new Set(shards.map((s) => s.id));
  for (const name of await readdir(bundle).catch(() => [] as string[])) {
    if (/^s\d+$/.test(name) && !ids.has(name)) {
      indexed.delete(name);
      await rm(path.join(bundle, name), { recursive: true, force: true });
    }
  }
  current = manifest;
  if (searchPage !== undefined) await writeSearchPageHead(output, manifest, searchPage);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (redone === shards.length) log(indexedLine(manifest, seconds));
  else if (redone > 0) log(`[newsroom] pagefind: re-indexed ${redone} of ${shards.length} shards in ${seconds}s; the search index is up to date`);
}

/** After each dev-server build: the search page at once with the index it has, the rest behind it. */
export async function updateSearchIndexServing(output: string, log: (line: string) => void = console.log): Promise<void> {
  const shards = plannedShards();
  const page = await readFile(path.join(output, SEARCH_PAGE), "utf8").catch(() => undefined);
  // A rebuild that left the search page as it was leaves it without the marker: keep the last.
  if (page === undefined || page.includes(SEARCH_PAGE_MARKER)) searchPage = page;
  const first = current === undefined;
  if (!first && searchPage !== undefined) await writeSearchPageHead(output, current!, searchPage);
  const job = queue.then(() => catchUp(output, shards, log));
  queue = job.catch((error: unknown) => log(`[newsroom] pagefind: the search index was not updated: ${error instanceof Error ? error.message : String(error)}`));
  if (first) await job;
}
