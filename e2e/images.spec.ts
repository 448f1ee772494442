/**
 * Issue #13: photos and attachments, on the fixture site (fixture release NR2012-5 has a lead
 * photo, a chart its text places, a photo after the text, a PDF and a CSV; its images are made
 * by sharp in e2e/support/fixture-media.ts). The embargoed NR2013-9 and the draft NR2013-10
 * carry files too, and none of them may be published.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { AxeBuilder } from "@axe-core/playwright";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { parseFeed as parseWithFeedParser } from "@rowanmanning/feed-parser";
import { load } from "cheerio";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import sharp from "sharp";
import { LEAD_PHOTO } from "./support/fixture-media.ts";
import { fixtureSite, SEED_PATH, siteUrl } from "./support/sites.ts";

const ORIGIN = "https://newsroom.example.org";
const RELEASE = "/releases/2012/annual-report-finds-more-schools-are-good-or-outstanding/";
const MEDIA = path.join(fixtureSite.releasesDir, "2012", "NR2012-5");
const LEAD_ALT = "A headteacher talks with two pupils in a school corridor";
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

test.use({ baseURL: siteUrl(fixtureSite) });

const rendition = (format: string) => new RegExp(`^/media/img/[\\w-]+-(400|800|1200)\\.${format}$`);

test("the lead is a <picture> of AVIF, WebP and JPEG at three widths, fetched first, with its shape", async ({ page }) => {
  await page.goto(RELEASE);
  const lead = page.locator(".nr-release__header + .nr-figure--lead");
  await expect(lead).toHaveCount(1);
  // Phones (below the column's width) get at most the 800-pixel file; wider screens any.
  const phone = lead.locator("picture source[media='(max-width: 41.99rem)']");
  expect(await phone.evaluateAll((els) => els.map((s) => [s.getAttribute("type"), s.getAttribute("srcset")!.split(", ").map((c) => c.split(" ")[1])]))).toEqual([
    ["image/avif", ["400w", "800w"]],
    ["image/webp", ["400w", "800w"]],
  ]);
  const sources = lead.locator("picture source:not([media])");
  await expect(sources).toHaveCount(2);
  expect(await sources.evaluateAll((els) => els.map((s) => s.getAttribute("type")))).toEqual(["image/avif", "image/webp"]);
  for (const [i, format] of ["avif", "webp"].entries()) {
    const srcset = (await sources.nth(i).getAttribute("srcset"))!.split(", ");
    expect(srcset.map((s) => s.split(" ")[1])).toEqual(["400w", "800w", "1200w"]);
    for (const s of srcset) expect(s.split(" ")[0]).toMatch(rendition(format));
    expect(await sources.nth(i).getAttribute("sizes")).toBe("(min-width: 42rem) 40rem, calc(100vw - 2rem)");
  }
  const img = lead.locator("img");
  await expect(img).toHaveAttribute("src", rendition("jpeg"));
  await expect(img).toHaveAttribute("width", "1200");
  await expect(img).toHaveAttribute("height", "800");
  await expect(img).toHaveAttribute("alt", LEAD_ALT);
  await expect(img).toHaveAttribute("fetchpriority", "high");
  expect(await img.getAttribute("loading")).toBeNull();
  // Every other image waits until it is near the screen.
  const others = page.locator(".nr-release img:not(.nr-figure--lead img)");
  await expect(others).toHaveCount(2);
  for (const other of await others.all()) await expect(other).toHaveAttribute("loading", "lazy");
});

test("the text places the chart where it says; the other photo follows the text; each has caption, credit and download", async ({ page }) => {
  await page.goto(RELEASE);
  const chart = page.locator(".nr-release__body > .nr-figure");
  await expect(chart.locator("img")).toHaveAttribute("alt", /^Bar chart: the share of good or outstanding schools/);
  await expect(chart.locator("figcaption")).toContainText("Schools judged good or outstanding, 2009 to 2012.");
  // Between the two paragraphs, as the markdown has it.
  expect(await chart.evaluate((el) => [el.previousElementSibling?.textContent?.slice(0, 18), el.nextElementSibling?.textContent?.slice(0, 18)])).toEqual([
    "The annual report ",
    "Inspectors found t",
  ]);
  const gallery = page.locator("section.nr-gallery");
  await expect(gallery.getByRole("heading", { level: 2 })).toHaveText("Photos");
  await expect(gallery.locator("img")).toHaveAttribute("alt", "A teacher reads to a class sitting on a carpet");
  const lead = page.locator(".nr-figure--lead figcaption");
  await expect(lead).toContainText("Pupils at a school judged outstanding in 2012.");
  await expect(lead).toContainText("Credit: Ofsted / Jane Smith");
  await expect(lead).toContainText("Licence: Free to use with this release, with credit");
  const bytes = statSync(path.join(MEDIA, "headteacher.jpg")).size;
  await expect(lead.getByRole("link")).toHaveText(`Download original (JPEG, ${LEAD_PHOTO.width} × ${LEAD_PHOTO.height} pixels, ${(bytes / 1e6).toFixed(1)} MB)`);
});

/** Sum of a layout's shifts while the page loads, with every image held back a moment. */
async function layoutShift(page: Page): Promise<number> {
  await page.route("**/media/img/**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.goto(RELEASE, { waitUntil: "load" });
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
}

for (const [width, device] of [[390, "phone"], [1280, "desktop"]] as const) {
  test(`${device}: nothing moves when the images arrive`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    expect(await layoutShift(page)).toBe(0);
  });
}

for (const dpr of [2, 3]) test.describe(`at a 390-pixel phone width, ${dpr}×`, () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: dpr });
  test("the browser takes the lead as AVIF, at most 60 KB", async ({ page }) => {
    const sizes = new Map<string, number>();
    page.on("response", async (response) => {
      if (response.url().includes("/media/img/")) sizes.set(new URL(response.url()).pathname, (await response.body()).length);
    });
    await page.goto(RELEASE, { waitUntil: "load" });
    const chosen = await page.locator(".nr-figure--lead img").evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname);
    // 358 CSS pixels at 2× or 3×: the 800-pixel rendition, the widest a phone is offered.
    expect(chosen).toMatch(/-800\.avif$/);
    await expect.poll(() => sizes.get(chosen)).toBeLessThanOrEqual(60 * 1024);
  });
});

test("HTML and CSS before first render stay within 14 KB compressed on a page with images", async ({ request }) => {
  const html = await (await request.get(RELEASE)).body();
  const css = load(html.toString())('link[rel="stylesheet"]').map((_, el) => el.attribs.href).get();
  let total = gzipSync(html).length;
  for (const href of css) total += gzipSync(await (await request.get(href)).body()).length;
  expect(total).toBeLessThanOrEqual(14 * 1024);
});

/** Fetches a URL of the built site and checks status, type and, when given, the exact bytes. */
async function expectServed(request: APIRequestContext, url: string, type: string, bytes?: number): Promise<Buffer> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toMatch(new RegExp(`^${type.replace("+", "\\+")}`));
  const body = await response.body();
  if (bytes !== undefined) expect(body.length, url).toBe(bytes);
  return body;
}

test("downloads: every original and attachment is served whole, with its type, at /media/<ref>/<name>", async ({ page, request }) => {
  await page.goto(RELEASE);
  const links = page.locator(".nr-figure__download");
  await expect(links).toHaveCount(3);
  const expected: Record<string, string> = { "headteacher.jpg": "image/jpeg", "inspections-chart.png": "image/png", "classroom.jpg": "image/jpeg" };
  for (const link of await links.all()) {
    const href = (await link.getAttribute("href"))!;
    const name = href.replace("/media/nr2012-5/", "");
    expect(Object.keys(expected)).toContain(name);
    expect(await link.getAttribute("download")).toBe("");
    await expectServed(request, href, expected[name]!, statSync(path.join(MEDIA, name)).size);
  }
  const resources = page.locator(".nr-resources__item");
  await expect(resources.nth(0).getByRole("link")).toHaveAttribute("href", "/media/nr2012-5/annual-report-summary.pdf");
  await expect(resources.nth(0)).toContainText("Report, PDF, 1 KB");
  await expect(resources.nth(1)).toContainText("Data, CSV, 1 KB");
  const pdf = await expectServed(request, "/media/nr2012-5/annual-report-summary.pdf", "application/pdf", statSync(path.join(MEDIA, "annual-report-summary.pdf")).size);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  await expectServed(request, "/media/nr2012-5/inspection-outcomes.csv", "text/csv", statSync(path.join(MEDIA, "inspection-outcomes.csv")).size);
  // Renditions are named by their content: cached for a year. Originals keep their address and
  // revalidate, so a corrected photo reaches readers there (netlify.toml).
  const rendition = (await page.locator(".nr-figure--lead img").getAttribute("src"))!;
  expect((await request.get(rendition)).headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect((await request.get("/media/nr2012-5/headteacher.jpg")).headers()["cache-control"]).toBe("public, max-age=60, must-revalidate");
});

test("embargoed and draft releases publish no image and no file", async ({ request }) => {
  for (const url of ["/media/nr2013-9/zephyrine-photo.jpg", "/media/nr2013-9/zephyrine-report.pdf", "/media/nr2013-10/quillwort-photo.jpg"]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
  const written = readdirSync(path.join(fixtureSite.outputDir, "media"), { recursive: true, encoding: "utf8" });
  expect(written.filter((f) => /nr2013|zephyrine|quillwort/i.test(f))).toEqual([]);
  // Three published images, each in three formats at three widths: nothing of the other two.
  expect(readdirSync(path.join(fixtureSite.outputDir, "media", "img"))).toHaveLength(27);
});

test("social cards: og:image and summary_large_image with absolute URL, size and alt; JSON-LD image", async ({ page, request }) => {
  await page.goto(RELEASE);
  const meta = async (attr: string, name: string) => page.locator(`meta[${attr}="${name}"]`).getAttribute("content");
  const image = (await meta("property", "og:image"))!;
  expect(image).toMatch(new RegExp(`^${ORIGIN}/media/img/[\\w-]+-1200\\.jpeg$`));
  expect(await meta("property", "og:image:type")).toBe("image/jpeg");
  expect(await meta("property", "og:image:width")).toBe("1200");
  expect(await meta("property", "og:image:height")).toBe("800");
  expect(await meta("property", "og:image:alt")).toBe(LEAD_ALT);
  expect(await meta("name", "twitter:card")).toBe("summary_large_image");
  expect(await meta("name", "twitter:image")).toBe(image);
  expect(await meta("name", "twitter:image:alt")).toBe(LEAD_ALT);
  const body = await expectServed(request, new URL(image).pathname, "image/jpeg");
  expect(await sharp(body).metadata()).toMatchObject({ format: "jpeg", width: 1200, height: 800 });
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { image: Record<string, unknown>[] };
  expect(ld.image).toHaveLength(3);
  expect(ld.image[0]).toMatchObject({ "@type": "ImageObject", url: image, contentUrl: `${ORIGIN}/media/nr2012-5/headteacher.jpg`, width: 3000, height: 2000, description: LEAD_ALT, creditText: "Ofsted / Jane Smith" });
  // A release without images keeps the small card.
  await page.goto(SEED_PATH);
  expect(await meta("name", "twitter:card")).toBe("summary");
  await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
});

test("feeds carry the lead image: RSS enclosure and media:content, Atom enclosure, JSON Feed image", async ({ request }) => {
  const rssXml = await (await request.get("/feed.xml")).text();
  expect(rssXml).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
  const item = parseRssFeed(rssXml).items!.find((i) => i.link === `${ORIGIN}${RELEASE}`)!;
  const enclosure = item.enclosures?.[0];
  expect(enclosure?.url).toMatch(new RegExp(`^${ORIGIN}/media/img/[\\w-]+-1200\\.jpeg$`));
  expect(enclosure?.type).toBe("image/jpeg");
  const jpeg = await expectServed(request, new URL(enclosure!.url!).pathname, "image/jpeg");
  expect(enclosure?.length).toBe(jpeg.length);
  const media = (item as { media?: { contents?: { url?: string; width?: number; height?: number; description?: { value?: string } }[] } }).media?.contents?.[0];
  expect(media).toMatchObject({ url: enclosure!.url, width: 1200, height: 800 });
  // Every URL in the content, srcset too, is absolute: a feed reader does not know the page.
  const $ = load(item.content!.encoded!);
  expect($("figure img")).toHaveLength(3);
  for (const srcset of $("[srcset]").map((_, el) => el.attribs.srcset).get()) for (const part of srcset.split(", ")) expect(part).toMatch(new RegExp(`^${ORIGIN}/`));
  const parsed = parseWithFeedParser(rssXml).items.find((i) => i.url === `${ORIGIN}${RELEASE}`)!;
  expect(parsed.media.map((m) => m.url)).toContain(enclosure!.url);

  const atom = parseAtomFeed(await (await request.get("/atom.xml")).text());
  const entry = atom.entries!.find((e) => e.links?.some((l) => l.href === `${ORIGIN}${RELEASE}`))!;
  expect(entry.links?.find((l) => l.rel === "enclosure")).toMatchObject({ href: enclosure!.url, type: "image/jpeg", length: jpeg.length });

  const json = parseJsonFeed(await (await request.get("/feed.json")).text());
  expect(json.items?.find((i) => i.url === `${ORIGIN}${RELEASE}`)?.image).toBe(enclosure!.url);
});

for (const [width, device] of [[320, "phone"], [1280, "desktop"]] as const) {
  test(`${device}: the release page with images has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(RELEASE);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  });
}

test("print keeps the lead photo and its credit, and drops the download links", async ({ page }) => {
  await page.goto(RELEASE);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".nr-figure--lead img")).toBeVisible();
  await expect(page.locator(".nr-figure--lead .nr-figure__credit")).toBeVisible();
  for (const link of await page.locator(".nr-figure__download").all()) await expect(link).toBeHidden();
});

test("/media/ lists every published image, newest release first, with its release and download", async ({ page, request }) => {
  await page.goto("/media/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Photos and graphics");
  const items = page.locator(".nr-media__item");
  await expect(items).toHaveCount(3);
  expect(await items.locator("img").evaluateAll((imgs) => imgs.map((img) => img.getAttribute("alt")))).toEqual([
    LEAD_ALT,
    "Bar chart: the share of good or outstanding schools rose in each of the last four years",
    "A teacher reads to a class sitting on a carpet",
  ]);
  for (const item of await items.all()) {
    await expect(item.locator(".nr-media__release a")).toHaveAttribute("href", RELEASE);
    const download = (await item.locator(".nr-figure__download").getAttribute("href"))!;
    expect((await request.get(download)).status()).toBe(200);
  }
  await expect(page.locator("body")).not.toContainText(/zephyrine|quillwort/i);
  await expect(page.locator("footer").getByRole("link", { name: "Photos" })).toHaveAttribute("href", "/media/");
});
