/**
 * Search across a sharded index, as a visitor uses it: 48 generated releases (the benchmark's
 * realistic text) cut into 6 shards of 8 (SEARCH_SHARD_SIZE), with made-up words planted in
 * known releases, so every count and order below is worked out from the content itself.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { site } from "../_data/site.ts";
import { topics } from "../_data/topics.ts";
import { writeFixtures } from "../scripts/fixtures/synthetic-releases.ts";
import { newestFirst } from "../src/lib/collections.ts";
import { rules } from "../_data/releases.ts";
import { loadReleases, type Release } from "../src/lib/release-loader.ts";
import { buildSite } from "./support/build.ts";
import { freePort, serveSite, type ServedSite } from "./support/served-site.ts";

const RELEASES = 48;
const SHARD_SIZE = 8;
const PAGE = site.searchPageSize;
/** In every release but each fourth: 36 matches in every shard. */
const COMMON = "zephrondle";
/** In the three oldest releases only (the oldest shard); five times in the middle one. */
const RARE = "quorbling";
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

let served: ServedSite | undefined;
let work = "";
let outputDir = "";
/** Every release, newest first, as the listing orders them. */
let all: Release[] = [];
let common: Release[] = [];
let rare: Release[] = [];

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(240_000);
  work = mkdtempSync(path.join(os.tmpdir(), "newsroom-shards-"));
  const content = path.join(work, "releases");
  await writeFixtures(content, { n: RELEASES, repoRoot: path.resolve(import.meta.dirname, "..") });
  let listed = newestFirst(await loadReleases(content, rules));
  // Two releases at one instant on each side of a shard boundary (positions 7 and 8).
  const [a, b] = [listed[SHARD_SIZE - 1]!, listed[SHARD_SIZE]!];
  const sameDate = readFileSync(a.file, "utf8").match(/^date: .*$/m)![0];
  writeFileSync(b.file, readFileSync(b.file, "utf8").replace(/^date: .*$/m, sameDate));
  listed = newestFirst(await loadReleases(content, rules));
  listed.forEach((release, i) => {
    const planted: string[] = [];
    if (i % 4 !== 1) planted.push(`A ${COMMON} was seen.`);
    const fromOldest = listed.length - 1 - i;
    if (fromOldest < 3) planted.push(Array.from({ length: fromOldest === 1 ? 5 : 1 }, () => `The ${RARE} grew.`).join(" "));
    if (planted.length) writeFileSync(release.file, `${readFileSync(release.file, "utf8").trimEnd()}\n\n${planted.join("\n\n")}\n`);
  });
  all = listed;
  common = all.filter((_, i) => i % 4 !== 1);
  rare = all.slice(-3);
  const build = buildSite(content, { SEARCH_SHARD_SIZE: String(SHARD_SIZE) });
  expect(build.status, build.output).toBe(0);
  expect(build.output).toMatch(new RegExp(`indexed ${RELEASES} pages in [\\d.]+s \\(${RELEASES / SHARD_SIZE} shards, largest ${SHARD_SIZE}\\)`));
  outputDir = build.outputDir;
  served = await serveSite(outputDir, await freePort(4800 + testInfo.parallelIndex * 50, 4849 + testInfo.parallelIndex * 50));
});

test.afterAll(async () => {
  await served?.stop();
  for (const dir of [work, outputDir && path.dirname(outputDir)]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const rows = (page: Page) => page.locator("#nr-search-results > li");
const refs = (page: Page) => page.locator(".nr-search-result__ref");
const summary = (page: Page) => page.locator("#nr-search-summary");
const group = (page: Page, name: string) => page.getByRole("group", { name });
const refsOf = (releases: readonly Release[]) => releases.map((r) => r.ref);
const open = (page: Page, query: string) => page.goto(`${served!.origin}/search/?${query}`);

test.describe("on a wide screen", () => {
  test.use({ viewport: { width: 1280, height: 1600 } });

  test("newest first: the first page is exactly the newest matches, whatever shard they are in, and the count is exact", async ({ page }) => {
    await open(page, `q=${COMMON}`);
    await expect(summary(page)).toHaveText(`${common.length} results for ${COMMON}`);
    await expect(refs(page)).toHaveText(refsOf(common.slice(0, PAGE)));
    await page.getByRole("button", { name: "Show more results" }).click();
    await expect(refs(page)).toHaveText(refsOf(common));
    await expect(page.locator(":focus")).toHaveText(common[PAGE]!.title);
    await expect(page.getByRole("button", { name: "Show more results" })).toBeHidden();
  });

  test("releases published at one instant keep the listing's order across a shard boundary", async ({ page }) => {
    await open(page, `q=${COMMON}`);
    await page.getByRole("button", { name: "Show more results" }).click();
    await expect(refs(page)).toHaveCount(common.length);
    const shown = await refs(page).allTextContents();
    const [a, b] = [all[SHARD_SIZE - 1]!, all[SHARD_SIZE]!];
    expect(a.published).toBe(b.published);
    // Positions 7 and 8 both carry the common word (only each fourth from position 1 does not).
    expect(shown.indexOf(a.ref)).toBeGreaterThanOrEqual(0);
    expect(shown.indexOf(b.ref)).toBe(shown.indexOf(a.ref) + 1);
    expect(shown).toEqual(refsOf(common));
  });

  test("a word only in the oldest shard is found, and relevance ranks across shards", async ({ page }) => {
    await open(page, `q=${RARE}`);
    await expect(summary(page)).toHaveText(`3 results for ${RARE}`);
    await expect(refs(page)).toHaveText(refsOf(rare));
    await page.getByLabel("Sort by").selectOption("relevance");
    await expect(page).toHaveURL(new RegExp(`\\?q=${RARE}&sort=relevance$`));
    await expect(refs(page).first()).toHaveText(rare[1]!.ref);
    await expect(summary(page)).toHaveText(`3 results for ${RARE}`);
  });

  test("each filter narrows the results and every value shows its exact count", async ({ page }) => {
    await open(page, `q=${COMMON}`);
    const years = new Map<number, number>();
    for (const r of common) years.set(r.year, (years.get(r.year) ?? 0) + 1);
    for (const [year, n] of years) await expect(group(page, "Year").getByRole("checkbox", { name: `${year} (${n})` })).toBeVisible();
    const [year, n] = [...years].sort((x, y) => y[1] - x[1])[0]!;
    await group(page, "Year").getByRole("checkbox", { name: String(year) }).check();
    await expect(page).toHaveURL(new RegExp(`\\?q=${COMMON}&year=${year}$`));
    await expect(summary(page)).toHaveText(n === 1 ? `1 result for ${COMMON}` : `${n} results for ${COMMON}`);
    const inYear = common.filter((r) => r.year === year);
    await expect(refs(page)).toHaveText(refsOf(inYear));
    // Topic counts within the chosen year.
    const slug = inYear[0]!.topics[0]!;
    const title = topics.find((t) => t.slug === slug)!.title;
    const inTopic = inYear.filter((r) => r.topics.includes(slug));
    await expect(group(page, "Topic").getByRole("checkbox", { name: `${title} (${inTopic.length})` })).toBeVisible();
    await group(page, "Topic").getByRole("checkbox", { name: title }).check();
    await expect(refs(page)).toHaveText(refsOf(inTopic));
    await expect(page).toHaveURL(new RegExp(`\\?q=${COMMON}&year=${year}&topic=${slug}$`));
    // Back walks the choices in reverse.
    await page.goBack();
    await expect(refs(page)).toHaveText(refsOf(inYear));
    await expect(group(page, "Topic").getByRole("checkbox", { name: title })).not.toBeChecked();
    await page.goBack();
    await expect(summary(page)).toHaveText(`${common.length} results for ${COMMON}`);
    await expect(group(page, "Year").getByRole("checkbox", { name: String(year) })).not.toBeChecked();
  });

  test("type and area filters, and a deep link that carries them all", async ({ page }) => {
    const withArea = common.find((r) => r.areas.length > 0)!;
    const area = withArea.areas[0]!;
    const type = withArea.type;
    const expected = common.filter((r) => r.areas.includes(area) && r.type === type);
    await open(page, `q=${COMMON}&type=${type}&area=${encodeURIComponent(area)}&sort=relevance`);
    await expect(summary(page)).toHaveText(expected.length === 1 ? `1 result for ${COMMON}` : `${expected.length} results for ${COMMON}`);
    await expect(page.getByLabel("Sort by")).toHaveValue("relevance");
    await expect(group(page, "Area").getByRole("checkbox", { name: area })).toBeChecked();
    expect((await refs(page).allTextContents()).sort()).toEqual(refsOf(expected).sort());
  });

  test("a search for a ref lists its release first, in any case", async ({ page }) => {
    const target = all[30]!;
    await open(page, `q=${target.ref.toLowerCase()}`);
    await expect(refs(page).first()).toHaveText(target.ref);
    await expect(rows(page).first().getByRole("link")).toHaveAttribute("href", target.url);
  });

  test("until every shard has answered, the page says it is still counting", async ({ page }) => {
    // Hold back the oldest shard's answer: the newest matches show, the count waits.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/pagefind/s0/index/**", async (route) => {
      await held;
      await route.continue();
    });
    await open(page, `q=${COMMON}`);
    await expect(refs(page)).toHaveText(refsOf(common.slice(0, PAGE)));
    await expect(summary(page)).toHaveText(/still counting$/);
    release();
    await expect(summary(page)).toHaveText(`${common.length} results for ${COMMON}`);
  });

  test("keyboard: type, Enter, then reach the results and the filters", async ({ page }) => {
    await open(page, "");
    const input = page.getByRole("searchbox", { name: "Search this site" });
    await input.focus();
    await page.keyboard.type(RARE);
    await page.keyboard.press("Enter");
    await expect(summary(page)).toHaveText(`3 results for ${RARE}`);
    await expect(page).toHaveURL(new RegExp(`\\?q=${RARE}$`));
    await expect(group(page, "Year")).toBeVisible();
    // Search button, sort, the filters' summary and checkboxes, then the results.
    const reached: string[] = [];
    for (let i = 0; i < 60 && !reached.includes(rare[0]!.url); i++) {
      await page.keyboard.press("Tab");
      reached.push(await page.evaluate(() => document.activeElement?.getAttribute("href") ?? document.activeElement?.id ?? ""));
    }
    expect(reached).toContain(rare[0]!.url);
    expect(reached.indexOf("nr-search-sort")).toBeGreaterThan(0);
    expect(reached.findIndex((id) => id.startsWith("nr-filter-year-"))).toBeGreaterThan(reached.indexOf("nr-search-sort"));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`${served!.origin}${rare[0]!.url}`);
  });

  test("no WCAG 2.2 AA violations with results and filters shown", async ({ page }) => {
    await open(page, `q=${COMMON}&year=${common[0]!.year}`);
    await expect(group(page, "Year")).toBeVisible();
    await expect(rows(page).first()).toHaveClass("nr-search-result");
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  });

  test("one WebAssembly download serves every shard", async ({ page }) => {
    const fetched: string[] = [];
    page.on("requestfinished", async (request) => {
      if (/\.pagefind$/.test(request.url())) fetched.push(new URL(request.url()).pathname);
    });
    await open(page, `q=${COMMON}`);
    await expect(summary(page)).toHaveText(`${common.length} results for ${COMMON}`);
    expect(new Set(fetched)).toEqual(new Set(["/pagefind/wasm.en.pagefind"]));
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test("filters are folded above the results, and open on request", async ({ page }) => {
    await open(page, `q=${COMMON}`);
    await expect(refs(page).first()).toHaveText(common[0]!.ref);
    const filters = page.locator("#nr-search-filters");
    await expect(filters).not.toHaveAttribute("open");
    await filters.locator("summary").click();
    await expect(group(page, "Year")).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
