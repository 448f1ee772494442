/**
 * The baseline the full build is compared with: bare Eleventy over the same markdown files, as
 * templates, with one one-line layout, no plugins, no data files and Eleventy's defaults
 * otherwise, in a throwaway project run by the Eleventy CLI from this repository's node_modules.
 * Its config only prints the same phase marks as our build (scripts/build-phases.ts), from
 * Eleventy's events and its own write benchmarks, so both sides are split the same way.
 */
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { MARKER_FILE } from "../fixtures/synthetic-releases.ts";

const CONFIG_FILE = "eleventy.config.mjs";

// Plain JavaScript, so the baseline pays for no TypeScript loader.
const CONFIG = `const mark = (name, detail = "") => console.log(\`[newsroom] phase \${name} at \${(performance.now() / 1000).toFixed(3)}s\${detail}\`);
export default function (eleventyConfig) {
  eleventyConfig.on("eleventy.before", () => mark("eleventy.before"));
  eleventyConfig.on("eleventy.after", () => {
    const a = eleventyConfig.benchmarkManager.get("Aggregate");
    mark("eleventy.after", \` (writing \${((a.get("Template Write").getTotal() + a.get("Template make parent directory").getTotal()) / 1000).toFixed(3)}s)\`);
  });
}
export const config = { dir: { input: "content" }, templateFormats: ["md"] };
`;
const LAYOUT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>{{ title }}</title><main>{{ content | safe }}</main></html>\n`;

/** Writes the throwaway project into `dir`, with a copy of the fixtures as its content, and returns the command that builds it into `output`. */
export async function createBaselineProject(repoRoot: string, dir: string, fixturesDir: string, output: string): Promise<{ command: string; args: string[]; cwd: string }> {
  await rm(dir, { recursive: true, force: true });
  const content = path.join(dir, "content");
  await cp(fixturesDir, content, { recursive: true });
  await rm(path.join(content, MARKER_FILE), { force: true });
  await mkdir(path.join(content, "_includes"), { recursive: true });
  await writeFile(path.join(dir, CONFIG_FILE), CONFIG);
  await writeFile(path.join(content, "_includes", "base.njk"), LAYOUT);
  // A directory data file gives every page the layout (https://www.11ty.dev/docs/data-template-dir/).
  await writeFile(path.join(content, "content.json"), `${JSON.stringify({ layout: "base.njk" })}\n`);
  const cli = path.join(repoRoot, "node_modules", "@11ty", "eleventy", "cmd.cjs");
  return { command: process.execPath, args: [cli, `--config=${CONFIG_FILE}`, `--output=${output}`, "--quiet"], cwd: dir };
}
