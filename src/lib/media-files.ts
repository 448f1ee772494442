/**
 * The files a build publishes beside its pages: the processed images (from the cache folder,
 * images.ts), each image's original and each local attachment (from the releases folder). Only
 * the published releases' files are listed (release-media.ts runs on them alone), so an
 * embargoed or draft release's files are never written. They are copied after Eleventy has
 * written the pages, into the same staging folder, so a failed copy fails the whole build and
 * scripts/build.ts leaves the live site as it was.
 */
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";

/** Site path → source file, for the build under way. */
const files = new Map<string, string>();

/** Lists a file to publish at `sitePath` (such as /media/nr2011-31/report.pdf). */
export function publishFile(sitePath: string, source: string): void {
  const earlier = files.get(sitePath);
  if (earlier !== undefined && earlier !== source) throw new Error(`${sitePath} would be both ${earlier} and ${source}`);
  files.set(sitePath, source);
}

/** The files listed so far, for tests and the build log. */
export function publishedFiles(): ReadonlyMap<string, string> {
  return files;
}

/** Copies every listed file into `outputDir`. */
export async function copyPublishedFiles(outputDir: string): Promise<number> {
  const folders = new Set([...files.keys()].map((sitePath) => path.dirname(path.join(outputDir, decodeURIComponent(sitePath)))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all([...files].map(([sitePath, source]) => copyFile(source, path.join(outputDir, decodeURIComponent(sitePath)))));
  return files.size;
}

export default function mediaFilesPlugin(eleventyConfig: UserConfig): void {
  // Each build (and each dev-server rebuild) lists its own files, from _data/releases.ts.
  eleventyConfig.on("eleventy.before", () => files.clear());
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    await copyPublishedFiles(directories.output);
  });
}
