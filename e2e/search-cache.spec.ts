/**
 * Issue #16: a publish re-indexes only the search shards whose pages changed. 24 generated
 * releases in 3 shards of 8, built with one search index cache: built again unchanged, every
 * shard is copied; with one release added, only the newest shard is indexed, the index is the
 * one a build without the cache writes, and a visitor finds the new release and the old ones.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { writeFixtures } from "../scripts/fixtures/synthetic-releases.ts";
import { newRelease } from "../scripts/bench/publish.ts";
import { newestFirst } from "../src/lib/collections.ts";
import { rules } from "../_data/releases.ts";
import { loadReleases } from "../src/lib/release-loader.ts";
import { buildSite, type BuildResult } from "./support/build.ts";
import { freePort, serveSite, type ServedSite } from "./support/served-site.ts";

const SHARD_SIZE = "8";
/** Planted in the oldest release before the first build, and in the release added later. */
const OLD_WORD = "grommelstack";
const NEW_WORD = "brindlewhorl";

// One set of builds for the three tests, in one worker.
test.describe.configure({ mode: "serial" });

let work = "";
let cache = "";
let content = "";
const builds: BuildResult[] = [];
let served: ServedSite | undefined;
let addedTitle = "";

/** Every file under the site's /pagefind/, by path, as a hash of its bytes. */
function searchIndex(site: string): Record<string, string> {
  const root = path.join(site, "pagefind");
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(files.map((e) => {
    const file = path.join(e.parentPath, e.name);
    return [path.relative(root, file), createHash("sha256").update(readFileSync(file)).digest("hex")];
  }).sort(([a], [b]) => a!.localeCompare(b!)));
}

const build = (env: Record<string, string> = {}) => {
  const result = buildSite(content, { SEARCH_SHARD_SIZE: SHARD_SIZE, SEARCH_INDEX_CACHE: cache, ...env });
  expect(result.status, result.output).toBe(0);
  builds.push(result);
  return result;
};

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(240_000);
  work = mkdtempSync(path.join(os.tmpdir(), "newsroom-search-cache-"));
  cache = path.join(work, "cache");
  content = path.join(work, "releases");
  await writeFixtures(content, { n: 24, repoRoot: path.resolve(import.meta.dirname, "..") });
  const listed = newestFirst(await loadReleases(content, rules));
  const oldest = listed.at(-1)!;
  writeFileSync(oldest.file, `${readFileSync(oldest.file, "utf8").trimEnd()}\n\nThe ${OLD_WORD} stood.\n`);
  build();
  build();
  const newest = listed[0]!;
  const added = newRelease(readFileSync(newest.file, "utf8"));
  addedTitle = /^title: (.+)$/m.exec(added)![1]!;
  writeFileSync(path.join(path.dirname(newest.file), `added-${path.basename(newest.file)}`), `${added.trimEnd()}\n\nA ${NEW_WORD} arrived.\n`);
  build();
  build({ SEARCH_INDEX_CACHE: "off" });
  served = await serveSite(builds[2]!.outputDir, await freePort(5300 + testInfo.parallelIndex * 20, 5319 + testInfo.parallelIndex * 20));
});

test.afterAll(async () => {
  await served?.stop();
  for (const dir of [work, ...builds.map((b) => path.dirname(b.outputDir))]) if (dir) rmSync(dir, { recursive: true, force: true });
});

test("the first build indexes every shard, and an unchanged rebuild copies every one with the same bytes", () => {
  expect(builds[0]!.output).toContain("pagefind: 0 of 3 shards unchanged since an earlier build");
  expect(builds[1]!.output).toContain("pagefind: 3 of 3 shards unchanged since an earlier build");
  expect(searchIndex(builds[1]!.outputDir)).toEqual(searchIndex(builds[0]!.outputDir));
});

test("with one release added, only the newest shard is indexed, and the index is what a build without the cache writes", () => {
  expect(builds[2]!.output).toContain("pagefind: 2 of 3 shards unchanged since an earlier build");
  expect(builds[2]!.output).toMatch(/indexed 25 pages in [\d.]+s \(3 shards, largest 9\)/);
  expect(builds[3]!.output).not.toContain("unchanged since an earlier build");
  expect(searchIndex(builds[2]!.outputDir)).toEqual(searchIndex(builds[3]!.outputDir));
});

test("a visitor finds the release just published and one in a shard copied from the cache", async ({ page }) => {
  await page.goto(`${served!.origin}/search/?q=${NEW_WORD}`);
  await expect(page.locator("#nr-search-summary")).toHaveText(`1 result for ${NEW_WORD}`);
  await expect(page.locator("#nr-search-results > li").first()).toContainText(addedTitle);
  await page.goto(`${served!.origin}/search/?q=${OLD_WORD}`);
  await expect(page.locator("#nr-search-summary")).toHaveText(`1 result for ${OLD_WORD}`);
});
