/** Counts what a build wrote: pages, files and bytes, with the search index apart. */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export interface SiteStats {
  /** HTML files written. */
  pages: number;
  files: number;
  bytes: number;
  /** Files and bytes under pagefind/ (the search index), part of the totals above. */
  searchIndexFiles: number;
  searchIndexBytes: number;
}

export async function siteStats(root: string): Promise<SiteStats> {
  const stats: SiteStats = { pages: 0, files: 0, bytes: 0, searchIndexFiles: 0, searchIndexBytes: 0 };
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  await Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const file = path.join(e.parentPath, e.name);
        const { size } = await stat(file);
        stats.files++;
        stats.bytes += size;
        if (e.name.endsWith(".html")) stats.pages++;
        if (path.relative(root, file).split(path.sep)[0] === "pagefind") {
          stats.searchIndexFiles++;
          stats.searchIndexBytes += size;
        }
      }),
  );
  return stats;
}
