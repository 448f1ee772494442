/**
 * A press office moving its GOV.UK archive: GOV.UK's own example news articles
 * (e2e/fixtures/govuk/, unchanged) are imported with `npm run import -- --from govuk` beside the
 * real content, built and served. Every imported release must keep every word of its GOV.UK
 * body, pass axe (WCAG 2.2 AA, phone and desktop), the Nu Html Checker and xmllint, and show
 * its states: withdrawn, published under a former government, Arabic and Urdu right to left,
 * and its lead image, taken offline from a folder (--images) of files made here by sharp.
 * Screenshots go to e2e/.artifacts/screenshots/govuk-*.png.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { rules } from "../_data/releases.ts";
import { site } from "../_data/site.ts";
import { imagesFromFolder } from "../src/lib/import/govuk/image-source.ts";
import { importClaims, planGovukImport } from "../src/lib/import/govuk/import.ts";
import { missingWords } from "../src/lib/import/govuk/words.ts";
import { loadReleases, readClaims, type Release } from "../src/lib/release-loader.ts";
import { buildSite } from "./support/build.ts";
import { assembleContent } from "./support/content.ts";
import { freePort, serveSite, type ServedSite } from "./support/served-site.ts";

const FIXTURES = "e2e/fixtures/govuk";
const ROOT = path.resolve(import.meta.dirname, "..");
const SCREENSHOTS = path.join(import.meta.dirname, ".artifacts", "screenshots");
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const vnuJar = path.join(path.dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")), "build/dist/vnu.jar");
const fixtureNames = readdirSync(FIXTURES).filter((name) => name.endsWith(".json")).sort();
// Local copies of two lead images, as a press office would keep them: the Christmas photo at
// GOV.UK's own 960 pixels (four examples share it), the High Commissioner's at 1200, wide enough
// to lead. The other examples' images are absent: each is a warning and a link to GOV.UK's copy.
const CHRISTMAS = "s960_Christmas.jpg";
const HIGH_COMMISSIONER = "s960_British_High_Commissioner__Jane_Marriott_CMG_OBE_with_Chief_Guest_at_the_Islamabad_KBP_Federal_Minister_Ahsan_Iqbal.jpg";
const LOCAL_IMAGES: [string, number][] = [[CHRISTMAS, 960], [HIGH_COMMISSIONER, 1200]];

let served: ServedSite | undefined;
let workDir = "";
let outputDir = "";
let origin = "";
let importOutput = { status: 0 as number | null, stdout: "", stderr: "" };
/** Each example's release: the one its import wrote last (GOV.UK's examples share some content_ids). */
const releaseOf = new Map<string, Release>();
const superseded: string[] = [];

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(300_000);
  const port = await freePort(4800 + testInfo.parallelIndex * 50, 4849 + testInfo.parallelIndex * 50);
  origin = `http://localhost:${port}`;
  workDir = mkdtempSync(path.join(os.tmpdir(), "newsroom-govuk-"));
  const content = path.join(workDir, "releases");
  await assembleContent(content, ["src/releases"]);
  const images = path.join(workDir, "images");
  mkdirSync(images);
  for (const [name, width] of LOCAL_IMAGES) {
    await sharp({ create: { width, height: (width * 2) / 3, channels: 3, background: "#2a6f97" } }).jpeg({ quality: 60 }).toFile(path.join(images, name));
  }
  // Which example each file comes from, worked out by the same plan the command follows.
  const before = importClaims(await readClaims(content));
  const sources = fixtureNames.map((name) => ({ name, text: readFileSync(path.join(FIXTURES, name), "utf8") }));
  const plan = await planGovukImport(sources, before, { dir: content, prefix: "GOV", organisation: site.organisation.name, rules, images: imagesFromFolder(images) });
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/import-release.ts", "--from", "govuk", FIXTURES, "--out", content, "--images", images], { cwd: ROOT, encoding: "utf8" });
  importOutput = { status: run.status, stdout: run.stdout, stderr: run.stderr };
  const build = buildSite(content, { SITE_URL: origin });
  expect(build.status, build.output).toBe(0);
  outputDir = build.outputDir;
  const byFile = new Map((await loadReleases(content, rules)).map((r) => [path.resolve(r.file), r]));
  // An update replaces the file an earlier item wrote (under the same or a new name).
  const writer = new Map<string, string>();
  for (const outcome of plan) {
    if (!outcome.ok) continue;
    for (const file of new Set([outcome.replaces, outcome.file])) {
      const earlier = file && writer.get(file);
      if (earlier) superseded.push(earlier);
      if (file) writer.delete(file);
    }
    writer.set(outcome.file, outcome.source);
  }
  for (const [file, source] of writer) releaseOf.set(source, byFile.get(file)!);
  served = await serveSite(outputDir, port);
});

test.afterAll(async () => {
  await served?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  if (outputDir) rmSync(path.dirname(outputDir), { recursive: true, force: true });
});

test("every example imports: one path printed per item, no errors", () => {
  expect(importOutput.status, importOutput.stderr).toBe(0);
  const printed = importOutput.stdout.trim().split("\n");
  expect(printed).toHaveLength(fixtureNames.length);
  expect(importOutput.stderr).toContain(`${fixtureNames.length} imported, 0 not imported`);
  expect(importOutput.stderr).not.toMatch(/error:/);
  // The two pairs that share a content_id: the second of each updates the first's release.
  expect(printed.filter((line) => line.includes("(updated")).length).toBe(2);
  expect(superseded.sort()).toEqual(["news_article.json", "news_article_government_response.json"]);
  expect(releaseOf.size).toBe(fixtureNames.length - 2);
});

test("lead images: a local copy wide enough leads, GOV.UK's 960 pixels opens the text, an absent one is a warning and a link", async ({ page }) => {
  const captioned = releaseOf.get("news_article_with_image_caption.json")!;
  await page.goto(`${origin}${captioned.url}`);
  const lead = page.locator(".nr-figure--lead");
  await expect(lead).toContainText("British High Commissioner, Jane Marriott CMG OBE with Chief Guest, Ahsan Iqbal at the Islamabad KBP.");
  // GOV.UK gives it no alt text: decorative, as GOV.UK shows it, and a warning says to describe it.
  await expect(lead.locator("img")).toHaveAttribute("alt", "");
  const name = HIGH_COMMISSIONER.replace(/^s960_/, "");
  await expect(lead.getByRole("link", { name: /Download original/ })).toHaveAttribute("href", `/media/${captioned.ref.toLowerCase()}/${name}`);
  expect(importOutput.stderr).toContain('news_article_with_image_caption.json: warning: "details.images[0].alt_text": is empty');

  const christmas = releaseOf.get("news_article_withdrawn.json")!;
  await page.goto(`${origin}${christmas.url}`);
  await expect(page.locator(".nr-figure--lead")).toHaveCount(0);
  const first = page.locator(".nr-release__body > :first-child");
  await expect(first).toHaveClass(/nr-figure/);
  await expect(first.locator("img")).toHaveAttribute("alt", "Christmas");
  await expect(first).toContainText("Number 10 elf, Published under Creative Commons");
  expect(importOutput.stderr).toMatch(/news_article_withdrawn\.json: warning: "details\.images\[0\]": the lead image is 960 pixels wide/);
  // Shared with its image all the same: the first image is the release's image.
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\.jpe?g$/);

  const absent = releaseOf.get("best-practice-event.json")!;
  expect(importOutput.stderr).toMatch(/best-practice-event\.json: warning: "details\.images\[0\]": the lead image https:\/\/assets\.publishing\.service\.gov\.uk\/\S*PTN-D1322-115_960x640\.jpg was not imported \(no /);
  await page.goto(`${origin}${absent.url}`);
  await expect(page.locator(".nr-figure")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Lead image: Networking hub at CDE event\./ })).toHaveAttribute("href", /^https:\/\/assets\.publishing\.service\.gov\.uk\/.*s960_PTN-D1322-115_960x640\.jpg$/);
});

test("nothing is lost: every word of each GOV.UK body is in the built article", async ({ request }) => {
  for (const [name, release] of releaseOf) {
    const html = await (await request.get(`${origin}${release.url}`)).text();
    const article = /<article[\s\S]*<\/article>/.exec(html)![0];
    let source = JSON.parse(readFileSync(path.join(FIXTURES, name), "utf8")).details.body as string;
    // Two changes the importer warns about: hand-numbered notes ("1. ") are numbered by the list,
    // and the notes' own heading ("Background") is the page's "Notes to editors".
    source = source.replace(/<p>\s*\d{1,2}[.)]\s/g, "<p>").replace(/<h2 id="background">Background<\/h2>/, "");
    expect(missingWords(source, article), `${name} → ${release.url}`).toEqual([]);
  }
});

for (const [device, width] of [["phone", 320], ["desktop", 1280]] as const) {
  test(`every imported release passes axe (WCAG 2.2 AA) on a ${device}, with a screenshot`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: device === "phone" ? 640 : 800 });
    for (const [name, release] of releaseOf) {
      await page.goto(`${origin}${release.url}`);
      await page.screenshot({ path: path.join(SCREENSHOTS, `govuk-${name.replace(/\.json$/, "")}-${device}.png`), fullPage: true });
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`), name).toEqual([]);
      // Readable at 320 px: nothing wider than the screen.
      if (device === "phone") expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(width);
    }
  });
}

test("every page of the site with the imports passes the Nu Html Checker; every XML file passes xmllint", () => {
  const files = readdirSync(outputDir, { recursive: true, encoding: "utf8" });
  const pages = files.filter((f) => f.endsWith(".html")).map((f) => path.join(outputDir, f));
  const run = spawnSync("java", ["-jar", vnuJar, "--errors-only", "--format", "json", ...pages], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  expect(run.error).toBeUndefined();
  const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: { url: string; lastLine?: number; message: string }[] };
  expect(messages.map((m) => `${path.relative(outputDir, new URL(m.url).pathname)}:${m.lastLine}: ${m.message}`)).toEqual([]);
  for (const xml of files.filter((f) => f.endsWith(".xml"))) {
    const lint = spawnSync("xmllint", ["--noout", path.join(outputDir, xml)], { encoding: "utf8" });
    expect(`${lint.status} ${lint.stderr}`, xml).toBe("0 ");
  }
});

test.describe("withdrawn", () => {
  const withdrawn = () => releaseOf.get("news_article_withdrawn.json")!;

  test("the release stays at its URL with the notice, the date and the explanation", async ({ page }) => {
    const response = await page.goto(`${origin}${withdrawn().url}`);
    expect(response?.status()).toBe(200);
    const notice = page.locator(".nr-notice--withdrawn");
    await expect(notice.getByRole("heading", { level: 2 })).toHaveText("This release was withdrawn on 22 August 2019");
    await expect(notice).toContainText("We’ve withdrawn this news article");
    // As GOV.UK does, a withdrawn page stays open to search engines: it is the public record.
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    expect(response?.headers()["x-robots-tag"]).toBeUndefined();
    // Search results can mark it: Pagefind metadata on the page.
    await expect(page.locator("[data-pagefind-meta^='withdrawn:']")).toHaveAttribute("data-pagefind-meta", "withdrawn:22 August 2019");
  });

  test("listings mark it; feeds and the JSON index show it as updated on the withdrawal date", async ({ page, request }) => {
    await page.goto(`${origin}/releases/2016/`);
    const row = page.locator(".nr-release-list__item", { has: page.locator(`a[href="${withdrawn().url}"]`) });
    await expect(row.locator(".nr-tag--withdrawn")).toHaveText("Withdrawn");
    const atom = await (await request.get(`${origin}/atom.xml`)).text();
    const entry = atom.split("<entry>").find((e) => e.includes(withdrawn().ref))!;
    expect(entry).toContain("<updated>2019-08-22T10:29:02.000+01:00</updated>");
    expect(entry).toContain("Withdrawn on 22 August 2019:");
    const index = (await (await request.get(`${origin}/api/releases.json`)).json()) as { releases: { ref: string; withdrawn?: string }[] };
    expect(index.releases.find((r) => r.ref === withdrawn().ref)?.withdrawn).toBe("2019-08-22T10:29:02.000+01:00");
  });

  test("search finds it, marked as withdrawn", async ({ page }) => {
    await page.goto(`${origin}/search/?q=${withdrawn().ref}`);
    const row = page.locator(".nr-search-result").first();
    await expect(row.getByRole("link")).toHaveAttribute("href", withdrawn().url);
    await expect(row.locator(".nr-search-result__withdrawn")).toHaveText("Withdrawn 22 August 2019");
  });
});

test("a political release from a former government says which government published it", async ({ page }) => {
  // Published on 29 February 2016: Cameron's second government, by _data/governments.ts (GOV.UK's
  // example links it to the coalition, which had ended; the import warns of the difference).
  await page.goto(`${origin}${releaseOf.get("news_article_history_mode.json")!.url}`);
  await expect(page.locator(".nr-notice--history")).toHaveText("This was published under the 2015 to 2016 Cameron Conservative government");
  // 25 January 2024: Sunak's government, as GOV.UK's own link says.
  await page.goto(`${origin}${releaseOf.get("news_article_history_mode_translated_arabic.json")!.url}`);
  await expect(page.locator(".nr-notice--history")).toHaveText("This was published under the 2022 to 2024 Sunak Conservative government");
  await page.goto(`${origin}${releaseOf.get("news_article_with_image_caption.json")!.url}`);
  await expect(page.locator(".nr-notice--history")).toHaveCount(0);
});

for (const [name, lang] of [["news_article_history_mode_translated_arabic.json", "ar"], ["news_article_news_story_translated_arabic.json", "ur"]] as const) {
  test(`${lang}: the release's own words are lang="${lang}" dir="rtl"; the page around them stays en-GB`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${origin}${releaseOf.get(name)!.url}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
    for (const selector of [".nr-release__title", ".nr-release__lede", ".nr-release__body", ".nr-breadcrumbs [aria-current]"]) {
      await expect(page.locator(selector)).toHaveAttribute("lang", lang);
      await expect(page.locator(selector)).toHaveAttribute("dir", "rtl");
    }
    await expect(page.locator(".nr-release-meta")).not.toHaveAttribute("dir", "rtl");
    expect(await page.locator(".nr-release__body").evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    // The quote's rule is on the right, where right-to-left text starts.
    const quote = page.locator(".nr-quote").first();
    expect(await quote.evaluate((el) => getComputedStyle(el).borderRightWidth)).toBe("5px");
    await page.screenshot({ path: path.join(SCREENSHOTS, `govuk-${lang}-phone-rtl.png`), fullPage: true });
  });
}
