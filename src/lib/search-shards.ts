/**
 * How the search index is cut: consecutive releases in date order, one Pagefind index per
 * shard. Pagefind keeps every page it parses until it writes the index (~300 KB a page,
 * https://github.com/Pagefind/pagefind/issues/842), so one run over a whole archive grows
 * without bound; one run per shard stays small at any archive size. Shards are cut from the
 * oldest release, so adding a release changes only the newest shard. A remainder of at least half
 * a shard is a shard of its own; a smaller one joins the newest full shard, so the newest shard
 * (the one every search asks first) holds between half and one and a half times `size`.
 *
 * The browser (src/assets/search.js) searches the newest shard first: sorted newest first, the
 * first page of results is exact as soon as that shard has answered.
 */
import type { Release } from "./release-loader.ts";

/** Releases per shard, measured (bench/README.md, "Search shards"). */
export const SEARCH_SHARD_SIZE = 1000;

export interface SearchShard {
  /** Folder under /pagefind/: "s0" holds the oldest releases. */
  id: string;
  count: number;
  /** Publication years of the newest and oldest release in the shard. */
  newestYear: number;
  oldestYear: number;
  /** The release pages it indexes, newest first. */
  urls: string[];
}

/** Cuts releases (newest first, as listed) into shards, newest shard first. */
export function planShards(newestFirst: readonly Pick<Release, "url" | "year">[], size = SEARCH_SHARD_SIZE): SearchShard[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`search shard size must be a positive whole number, not ${size}`);
  const total = newestFirst.length;
  const full = Math.floor(total / size);
  const count = Math.max(1, total - full * size >= size / 2 ? full + 1 : full);
  const shards: SearchShard[] = [];
  for (let k = count - 1; k >= 0; k--) {
    // Shard k holds oldest-first positions [k*size, (k+1)*size); the newest takes the rest.
    const fromOldest = k * size;
    const toOldest = k === count - 1 ? total : (k + 1) * size;
    const items = newestFirst.slice(total - toOldest, total - fromOldest);
    if (items.length === 0) continue;
    shards.push({ id: `s${k}`, count: items.length, newestYear: items[0]!.year, oldestYear: items.at(-1)!.year, urls: items.map((r) => r.url) });
  }
  return shards;
}

/**
 * The key Pagefind sorts release pages by (as a string, byte by byte): the UTC instant, then the
 * ref with its digit runs padded, so releases published at the same instant keep the listing's
 * order (newestFirst in collections.ts: ref compared numerically) inside a shard and across two.
 */
export function searchSortKey(release: Pick<Release, "published" | "ref">): string {
  const instant = new Date(release.published).toISOString();
  const ref = release.ref.toUpperCase().replace(/\d+/g, (digits) => digits.padStart(10, "0"));
  return `${instant} ${ref}`;
}

/** The shard size for this build: SEARCH_SHARD_SIZE if set (tests cut a small archive into several shards). */
export function shardSizeFrom(env: NodeJS.ProcessEnv): number {
  const value = env.SEARCH_SHARD_SIZE;
  if (value === undefined || value === "") return SEARCH_SHARD_SIZE;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) throw new Error(`SEARCH_SHARD_SIZE must be a positive whole number, not "${value}"`);
  return size;
}
