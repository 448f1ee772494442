/** Counts what a build wrote: pages (HTML files), files and bytes, with the search index (pagefind/) apart. */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export type SiteStats = Awaited<ReturnType<typeof siteStats>>;

export async function siteStats(root: string) {
  const stats = { pages: 0, files: 0, bytes: 0, searchIndexFiles: 0, searchIndexBytes: 0 };
  const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  for (const [file, { size }] of await Promise.all(files.map(async (f) => [f, await stat(f)] as const))) {
    stats.files++;
    stats.bytes += size;
    if (file.endsWith(".html")) stats.pages++;
    if (path.relative(root, file).split(path.sep)[0] === "pagefind") {
      stats.searchIndexFiles++;
      stats.searchIndexBytes += size;
    }
  }
  return stats;
}
