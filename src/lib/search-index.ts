/**
 * The Pagefind search index, written into the output folder at the end of every build. Pagefind's
 * Node API drives the pagefind binary, which reads the built pages itself (in parallel, in its
 * own process) and indexes the release pages: the only ones that mark their text with
 * `data-pagefind-body`. https://pagefind.app/docs/node-api/
 *
 * Measured (npm run bench, 1,000 releases): handing each page to Pagefind as Eleventy renders it
 * (addHTMLFile from a transform) cost ~2.5 s of Node's main thread to encode the pages for the
 * pipe, and still left 3–6 s of indexing after rendering; reading the finished folder
 * (addDirectory) takes ~1.1 s plus ~2.8 s to write the index, and none of Node's time.
 */
import path from "node:path";
import { performance } from "node:perf_hooks";
import type UserConfig from "@11ty/eleventy/UserConfig";
import * as pagefind from "pagefind";

function failIfAny(errors: readonly string[], what: string): void {
  if (errors.length > 0) throw new Error(`Pagefind failed ${what}:\n${errors.join("\n")}`);
}

export default function searchIndexPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const started = performance.now();
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    try {
      const added = await index.addDirectory({ path: directories.output });
      failIfAny(added.errors, `reading ${directories.output}`);
      const written = await index.writeFiles({ outputPath: path.join(directories.output, "pagefind") });
      failIfAny(written.errors, "writing the index");
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      console.log(`[newsroom] pagefind: indexed ${added.page_count} pages in ${seconds}s`);
    } finally {
      await index.deleteIndex();
    }
  });
}

/** Stops the pagefind process so a one-off build can exit. */
export async function closeSearchIndex(): Promise<void> {
  await pagefind.close();
}
