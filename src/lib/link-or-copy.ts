/**
 * A file put in a second place as a hard link, or as a copy where the file system will not link
 * it (another device, no hard links). Used to stage a search shard's pages (search-index.ts) and
 * to save and restore shards in the cache (search-shard-cache.ts). A missing source is an error
 * either way, as the copy would fail on it too.
 */
import { copyFileSync, linkSync } from "node:fs";

export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw error;
    copyFileSync(from, to);
  }
}
