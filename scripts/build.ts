/**
 * `npm run build`: validates every release, builds the site into a staging folder next to the
 * output folder, and only then swaps it into place. Bad content stops the build with one line
 * per problem and leaves the output folder as it was; a failure half-way never leaves a
 * half-built site where the CDN or the dev server would serve it.
 */
import { rm, rename, stat } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { markPhases, phase } from "./build-phases.ts";
import { rules } from "../_data/releases.ts";
import { loadReleasesCached, problemLine, ReleaseValidationError, releasesDir } from "../src/lib/release-loader.ts";

const output = path.resolve(process.env.OUTPUT_DIR || "_site");
const staging = `${output}.staging-${process.pid}`;
const previous = `${output}.previous-${process.pid}`;

async function exists(dir: string): Promise<boolean> {
  return stat(dir).then(() => true, () => false);
}

async function main(): Promise<void> {
  try {
    await loadReleasesCached(releasesDir(), rules);
    phase("validated");
  } catch (error) {
    if (!(error instanceof ReleaseValidationError)) throw error;
    for (const p of error.problems) console.error(problemLine(p));
    console.error(`Build stopped: ${error.problems.length} problem${error.problems.length === 1 ? "" : "s"} in ${releasesDir()}; nothing was written.`);
    process.exitCode = 1;
    return;
  }
  try {
    // .eleventy.ts names no output folder, so the one given here is the one Eleventy writes to.
    const eleventy = new Eleventy("src/pages", staging, { configPath: ".eleventy.ts", quietMode: true, runMode: "build", config: markPhases });
    await eleventy.write();
    phase("indexed");
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const hadOutput = await exists(output);
  if (hadOutput) await rename(output, previous);
  await rename(staging, output);
  if (hadOutput) await rm(previous, { recursive: true, force: true });
}

await main();
