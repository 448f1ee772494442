/**
 * The baseline the full build is compared with: bare Eleventy over the same markdown files, as
 * templates, with one one-line layout, no plugins, no data files and Eleventy's defaults
 * otherwise. It is a throwaway project in a temporary folder with its own tiny config, run by the
 * Eleventy CLI from this repository's node_modules, so it measures what Eleventy itself costs
 * for N pages of this content.
 */
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { MARKER_FILE } from "./fixtures.ts";

export const BASELINE_CONFIG = "eleventy.config.mjs";

// Plain JavaScript, so the baseline pays for no TypeScript loader.
const CONFIG = `export const config = { dir: { input: "content" }, templateFormats: ["md"] };\n`;
const LAYOUT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>{{ title }}</title><main>{{ content | safe }}</main></html>\n`;

/** Writes the throwaway project into `dir`, with a copy of the fixtures as its content. */
export async function createBaselineProject(dir: string, fixturesDir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  const content = path.join(dir, "content");
  await cp(fixturesDir, content, { recursive: true });
  await rm(path.join(content, MARKER_FILE), { force: true });
  await mkdir(path.join(content, "_includes"), { recursive: true });
  await writeFile(path.join(dir, BASELINE_CONFIG), CONFIG);
  await writeFile(path.join(content, "_includes", "base.njk"), LAYOUT);
  // A directory data file gives every page the layout (https://www.11ty.dev/docs/data-template-dir/).
  await writeFile(path.join(content, "content.json"), `${JSON.stringify({ layout: "base.njk" })}\n`);
}

/** The command that builds the baseline project in `dir` into `output`. */
export function baselineCommand(repoRoot: string, dir: string, output: string): { command: string; args: string[]; cwd: string } {
  const cli = path.join(repoRoot, "node_modules", "@11ty", "eleventy", "cmd.cjs");
  return { command: process.execPath, args: [cli, `--config=${BASELINE_CONFIG}`, `--output=${output}`, "--quiet"], cwd: dir };
}
