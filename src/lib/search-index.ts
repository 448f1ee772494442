/**
 * The Pagefind search index, built while Eleventy renders: each release page is handed to
 * Pagefind's indexer as soon as it is rendered (an Eleventy transform), and the indexer runs as
 * its own process (Pagefind's Node API drives the pagefind binary), so indexing overlaps
 * rendering on the second core instead of re-reading every page after the build.
 * https://pagefind.app/docs/node-api/ · https://www.11ty.dev/docs/transforms/
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import type UserConfig from "@11ty/eleventy/UserConfig";
import * as pagefind from "pagefind";

/** Only pages that mark their searchable text are indexed: the release pages. */
const INDEXABLE = "data-pagefind-body";

interface Run {
  index: pagefind.PagefindIndex;
  pending: Promise<void>[];
  started: number;
  errors: string[];
}

function check(response: { errors: string[] }, what: string, run: Run): void {
  for (const error of response.errors) run.errors.push(`${what}: ${error}`);
}

export default function searchIndexPlugin(eleventyConfig: UserConfig): void {
  let run: Run | undefined;

  eleventyConfig.on("eleventy.before", async () => {
    const created = await pagefind.createIndex({ forceLanguage: "en" });
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join("; ")}`);
    run = { index: created.index, pending: [], started: performance.now(), errors: [] };
  });

  eleventyConfig.addTransform("search-index", function (this: { page: { url: string | false } }, content: string) {
    const { url } = this.page;
    if (run && url && content.includes(INDEXABLE)) {
      const current = run;
      current.pending.push(current.index.addHTMLFile({ url, content }).then((response) => check(response, url, current)));
    }
    return content;
  });

  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    if (!run) return;
    const current = run;
    run = undefined;
    const rendered = performance.now();
    await Promise.all(current.pending);
    const written = await current.index.writeFiles({ outputPath: path.join(directories.output, "pagefind") });
    check(written, "writing the index", current);
    await current.index.deleteIndex();
    if (current.errors.length > 0) throw new Error(`Pagefind failed:\n${current.errors.join("\n")}`);
    const seconds = (ms: number) => (ms / 1000).toFixed(2);
    const done = performance.now();
    console.log(
      `[newsroom] pagefind: indexed ${current.pending.length} pages in ${seconds(done - current.started)}s (${seconds(done - rendered)}s after rendering finished)`,
    );
  });
}

/** Stops the pagefind process so a one-off build can exit. */
export async function closeSearchIndex(): Promise<void> {
  await pagefind.close();
}
