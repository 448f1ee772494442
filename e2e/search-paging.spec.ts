/**
 * Search results a page at a time, on a site with more matches than one page: the benchmark's
 * synthetic releases (scripts/fixtures/synthetic-releases.ts), built and served by the real scripts. A page
 * of results must not lay out a row for every match (that blocked phones for seconds), yet the
 * visitor must hear and see the full count and be able to reach every result.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { site } from "../_data/site.ts";
import { writeFixtures } from "../scripts/fixtures/synthetic-releases.ts";
import { searchWords } from "../scripts/fixtures/vocabulary.ts";
import { buildSite } from "./support/build.ts";
import { freePort, serveSite, type ServedSite } from "./support/served-site.ts";

const RELEASES = 50;
const PAGE = site.searchPageSize;
/** The generated text's most common searchable word (in nearly every release), found after writing it. */
let WORD = "";

let served: ServedSite | undefined;
let work = "";
let outputDir = "";

// Each worker builds and serves its own copy on a port from its own slice of 4700–4799.
test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(240_000);
  work = mkdtempSync(path.join(os.tmpdir(), "newsroom-paging-"));
  const content = path.join(work, "releases");
  const { words } = await writeFixtures(content, { n: RELEASES, repoRoot: path.resolve(import.meta.dirname, "..") });
  WORD = searchWords(words, 1)[0]!.word;
  const build = buildSite(content);
  expect(build.status, build.output).toBe(0);
  outputDir = build.outputDir;
  served = await serveSite(outputDir, await freePort(4700 + testInfo.parallelIndex * 50, 4749 + testInfo.parallelIndex * 50));
});

test.afterAll(async () => {
  await served?.stop();
  for (const dir of [work, outputDir && path.dirname(outputDir)]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const rows = (page: Page) => page.locator("#nr-search-results > li");
const summary = (page: Page) => page.locator("#nr-search-summary");
const more = (page: Page) => page.getByRole("button", { name: "Show more results" });

/** Records what the live regions say, as a screen reader would hear it. */
async function listen(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const said: string[] = ((window as unknown as { said: string[] }).said = []);
    new MutationObserver(() => {
      for (const region of document.querySelectorAll("[aria-live]")) {
        const text = region.textContent?.trim();
        if (text && said.at(-1) !== text) said.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said);
}

/** The full count from the summary ("47 results for said"). */
async function total(page: Page): Promise<number> {
  await expect(summary(page)).toHaveText(new RegExp(`^\\d+ results for ${WORD}$`));
  return Number((await summary(page).textContent())!.split(" ")[0]);
}

test("a common word shows one page of results, with the full count shown and announced", async ({ page }) => {
  const heard = await listen(page);
  await page.goto(`${served!.origin}/search/?q=${WORD}`);
  const count = await total(page);
  expect(count, "the word must match more than two pages for this test to mean anything").toBeGreaterThan(2 * PAGE);
  await expect(rows(page)).toHaveCount(PAGE);
  await expect(page.locator("#nr-search-shown")).toHaveText(`Showing ${PAGE} of ${count}`);
  await expect(more(page)).toBeVisible();
  await expect.poll(heard).toContain(`${count} results for ${WORD}`);
  expect(await heard(), "the count is of every match, not of the rows shown").not.toContain(`${PAGE} results for ${WORD}`);
});

test("show more adds the next page, moves focus to its first result, and ends with every result", async ({ page }) => {
  const heard = await listen(page);
  await page.goto(`${served!.origin}/search/?q=${WORD}`);
  const count = await total(page);
  await expect(rows(page)).toHaveCount(PAGE);

  await more(page).click();
  await expect(rows(page)).toHaveCount(2 * PAGE);
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("href", /^\/releases\/\d{4}\/[a-z0-9-]+\/$/);
  expect(await focused.evaluate((link) => [...link.closest("#nr-search-results")!.children].indexOf(link.closest("li")!))).toBe(PAGE);
  await expect.poll(heard).toContain(`Showing ${2 * PAGE} of ${count}`);

  // One page per click, each waited for, until every result is listed.
  for (let listed = 2 * PAGE; listed < count; listed += PAGE) {
    await more(page).click();
    await expect(rows(page)).toHaveCount(Math.min(listed + PAGE, count));
  }
  await expect(page.locator("#nr-search-shown")).toHaveText(`Showing ${count} of ${count}`);
  await expect(more(page)).toBeHidden();
});

test("a new search starts again from the first page", async ({ page }) => {
  await page.goto(`${served!.origin}/search/?q=${WORD}`);
  await total(page);
  await more(page).click();
  await expect(rows(page)).toHaveCount(2 * PAGE);
  await page.getByRole("searchbox", { name: "Search this site" }).fill(`${WORD}s`);
  await expect(summary(page)).toHaveText(new RegExp(`results? for ${WORD}s$`));
  await expect.poll(() => rows(page).count()).toBeLessThanOrEqual(PAGE);
});

test("a search with fewer matches than a page has no show-more button", async ({ page }) => {
  await page.goto(`${served!.origin}/search/?q=NR2015-1`);
  await expect(rows(page).first()).toBeVisible();
  const count = await rows(page).count();
  expect(count).toBeLessThanOrEqual(PAGE);
  await expect(more(page)).toBeHidden();
});
