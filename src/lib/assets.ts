/**
 * Stylesheets and scripts are served under a name with their content hash, so a CDN can cache
 * them for a year (`immutable`) and a change still reaches readers at once. On the dev server
 * names stay plain, so an edit shows on reload.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";

const SOURCE = "src/assets";

/** `site.css` → `/assets/site.3f2a9c1b.css`, from the file's bytes. */
export function fingerprintedPath(file: string, contents: Buffer): string {
  const hash = createHash("sha256").update(contents).digest("hex").slice(0, 10);
  const ext = path.extname(file);
  return `/assets/${path.basename(file, ext)}.${hash}${ext}`;
}

export default function assetsPlugin(eleventyConfig: UserConfig, options: { files: string[] }): void {
  const serving = process.env.ELEVENTY_RUN_MODE === "serve" || process.env.ELEVENTY_RUN_MODE === "watch";
  const urls: Record<string, string> = {};
  const copies: Record<string, string> = {};
  for (const file of options.files) {
    const source = path.join(SOURCE, file);
    const url = serving ? `/assets/${file}` : fingerprintedPath(file, readFileSync(source));
    urls[file] = url;
    copies[source] = url.slice(1);
  }
  // The favicon keeps its well-known name: browsers and feed readers ask for it by that name.
  eleventyConfig.addPassthroughCopy({ [path.join(SOURCE, "favicon.svg")]: "favicon.svg", ...copies });
  eleventyConfig.addWatchTarget(SOURCE);
  eleventyConfig.addGlobalData("assets", urls);
}
