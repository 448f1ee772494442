/**
 * Stylesheets and scripts are served under a name with their content hash, so a CDN can cache
 * them for a year (`immutable`) and a change still reaches readers at once. A build serves them
 * minified by esbuild (already the TypeScript loader's engine): the search page's script is on
 * the way to its first result, and every byte there counts (issue #17). On the dev server they
 * are copied as written, under plain names, so an edit shows on reload.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { transform } from "esbuild";
import { isDevServer } from "./run-mode.ts";

const SOURCE = "src/assets";

/** `site.css` → `/assets/site.3f2a9c1b.css`, from the file's bytes. */
export function fingerprintedPath(file: string, contents: Buffer): string {
  const hash = createHash("sha256").update(contents).digest("hex").slice(0, 10);
  const ext = path.extname(file);
  return `/assets/${path.basename(file, ext)}.${hash}${ext}`;
}

/**
 * A stylesheet or an ES module, minified (https://esbuild.github.io/api/#minify). esbuild's
 * asynchronous API: its service process minifies while Eleventy goes on reading its config and
 * data; transformSync held the main thread 0.13 s doing it (node --cpu-prof, issue #16).
 */
async function minified(file: string, source: string): Promise<string> {
  const loader = path.extname(file) === ".css" ? "css" : "js";
  return (await transform(source, { loader, minify: true, legalComments: "none", format: loader === "js" ? "esm" : undefined, target: "es2022" })).code;
}

export default function assetsPlugin(eleventyConfig: UserConfig, options: { files: string[] }): void {
  const serving = isDevServer();
  const urls: Record<string, string> = {};
  const copies: Record<string, string> = {};
  const built: Record<string, string> = {};
  const pending: Promise<void>[] = [];
  for (const file of options.files) {
    const source = path.join(SOURCE, file);
    if (serving) {
      urls[file] = `/assets/${file}`;
      copies[source] = `assets/${file}`;
    } else {
      pending.push((async () => {
        const code = await minified(file, await readFile(source, "utf8"));
        urls[file] = fingerprintedPath(file, Buffer.from(code));
        built[urls[file]] = code;
      })());
    }
  }
  // Awaited by the data and by the writing below, whichever asks first; a failure stops the build.
  const ready = Promise.all(pending);
  ready.catch(() => undefined);
  // The favicon keeps its well-known name: browsers and feed readers ask for it by that name.
  eleventyConfig.addPassthroughCopy({ [path.join(SOURCE, "favicon.svg")]: "favicon.svg", ...copies });
  eleventyConfig.on("eleventy.before", async ({ directories }: { directories: { output: string } }) => {
    await ready;
    for (const [url, code] of Object.entries(built)) {
      const to = path.join(directories.output, url);
      await mkdir(path.dirname(to), { recursive: true });
      await writeFile(to, code);
    }
  });
  eleventyConfig.addWatchTarget(SOURCE);
  eleventyConfig.addGlobalData("assets", async () => {
    await ready;
    return urls;
  });
}
