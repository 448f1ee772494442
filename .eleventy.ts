/**
 * Eleventy's configuration, kept to a table of contents: folders and engines here, everything
 * else in one plugin per module of src/lib. Eleventy 3 does not look for a TypeScript config by
 * itself: every command passes --config=.eleventy.ts and runs under tsx.
 */
import { pathToFileURL } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { site } from "./_data/site.ts";
import { strings } from "./_data/strings.ts";
import { topics } from "./_data/topics.ts";
import assetsPlugin from "./src/lib/assets.ts";
import devRebuildPlugin from "./src/lib/dev-rebuild.ts";
import filtersPlugin from "./src/lib/filters.ts";
import mediaFilesPlugin from "./src/lib/media-files.ts";
import { releasesDir } from "./src/lib/release-loader.ts";
import searchIndexPlugin from "./src/lib/search-index.ts";

export default function (eleventyConfig: UserConfig): void {
  // _data/*.ts modules are imported as they are (tsx strips their types); a module whose default
  // export is a function is called on every build, so the dev server sees content changes.
  // https://www.11ty.dev/docs/data-custom/
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: async (file: string) => {
      const { default: value } = (await import(pathToFileURL(file).href)) as { default: unknown };
      return typeof value === "function" ? await (value as () => unknown)() : value;
    },
  });
  // Releases are data, not templates (see _data/releases.ts): watch them for the dev server.
  eleventyConfig.addWatchTarget(releasesDir());
  eleventyConfig.addPlugin(devRebuildPlugin, { releases: releasesDir() });
  eleventyConfig.addPlugin(filtersPlugin, { site, topics, strings });
  eleventyConfig.addPlugin(assetsPlugin, { files: ["site.css", "search.js"] });
  eleventyConfig.addPlugin(searchIndexPlugin);
  eleventyConfig.addPlugin(mediaFilesPlugin);
  eleventyConfig.setServerOptions({ showVersion: false });
}

// Every template is Nunjucks: release bodies are markdown, but they are data rendered by
// src/lib/markdown.ts, not templates. No output folder here: Eleventy's default is _site, and
// scripts/build.ts (its staging folder) or `--output` on the command line names another one.
// A folder given here would win over the one the build script passes to Eleventy's constructor
// (ProjectDirectories.setViaConfigObject, @11ty/eleventy 3.1).
export const config = {
  dir: {
    input: "src/pages",
    includes: "../../_includes",
    data: "../../_data",
  },
  templateFormats: ["njk"],
};
