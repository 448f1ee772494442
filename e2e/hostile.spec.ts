/**
 * Issue #7, item 4: hostile content stays inert. Each file in e2e/fixtures/hostile/ passes the
 * schema and carries raw HTML, script and data URLs, attribute and <script> breakouts or
 * template syntax in its body or front matter; any payload that ran would call alert(), set
 * window.__pwned or request http://127.0.0.1:9/…. Each file also says "Surrounding text <ref>
 * is shown." and its summary "Summary <ref> is shown.", which must still reach the reader.
 *
 * The real build turns the seed plus those files into a site (with SITE_URL set to the test
 * server, so every absolute URL, feeds included, points at it), the real server serves it, and
 * Chromium opens every page that shows them. The browser context bypasses the
 * Content-Security-Policy from netlify.toml: the policy is a second line of defence that feeds,
 * the JSON index and anyone re-serving the pages do not have, and it would hide a payload rather
 * than prove the markup inert.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { site as siteData } from "../_data/site.ts";
import { topics } from "../_data/topics.ts";
import { rules } from "../_data/releases.ts";
import { loadReleases, type Release } from "../src/lib/release-loader.ts";
import { buildSite } from "./support/build.ts";
import { assembleContent } from "./support/content.ts";
import { domProblems, staticProblems, watchPage, watchProblems, type Watch } from "./support/inert.ts";
import { freePort, serveSite, type ServedSite } from "./support/served-site.ts";

const FIXTURES = "e2e/fixtures/hostile";
const refNumber = (file: string) => Number(/^HX\d{4}-(\d+)-/.exec(path.basename(file))?.[1]);
const hostileFiles = readdirSync(FIXTURES, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".md"))
  .sort((a, b) => refNumber(a) - refNumber(b));
const refOf = (file: string) => /^(HX\d{4}-\d+)-/.exec(path.basename(file))![1]!;

let served: ServedSite | undefined;
let contentDir = "";
let outputDir = "";
let origin = "";
const releases = new Map<string, Release>();
const byUrl = new Map<string, Release>();

// Each worker builds and serves its own copy (about 5–15 s), on a port from its own slice of
// 4600–4699, so the two workers never share a server or race for a port.
test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(240_000);
  const port = await freePort(4600 + testInfo.parallelIndex * 50, 4649 + testInfo.parallelIndex * 50);
  origin = `http://localhost:${port}`;
  contentDir = mkdtempSync(path.join(os.tmpdir(), "newsroom-hostile-"));
  const content = path.join(contentDir, "releases");
  await assembleContent(content, ["src/releases", FIXTURES]);
  const build = buildSite(content, { SITE_URL: origin });
  expect(build.status, build.output).toBe(0);
  outputDir = build.outputDir;
  for (const release of await loadReleases(content, rules)) {
    releases.set(release.ref, release);
    byUrl.set(release.url, release);
  }
  expect([...releases.keys()].filter((ref) => ref.startsWith("HX"))).toHaveLength(hostileFiles.length);
  served = await serveSite(outputDir, port);
});

test.afterAll(async () => {
  await served?.stop();
  for (const dir of [contentDir, outputDir && path.dirname(outputDir)]) if (dir) rmSync(dir, { recursive: true, force: true });
});

test.use({ bypassCSP: true });

function release(ref: string): Release {
  const found = releases.get(ref);
  if (!found) throw new Error(`${ref} was not built`);
  return found;
}

/** Opens a page while watching it, and waits until nothing more loads. */
async function openWatched(page: Page, sitePath: string): Promise<Watch> {
  const watch = watchPage(page, origin);
  await page.goto(`${origin}${sitePath}`);
  await page.waitForLoadState("networkidle");
  return watch;
}

/** No dialog, foreign request, popup, changed global, script, handler, frame or script URL. */
async function expectInert(page: Page, watch: Watch, url: string): Promise<void> {
  expect.soft(watchProblems(watch), "what the page did").toEqual([]);
  expect.soft(await domProblems(page, url), "what the page holds").toEqual([]);
  // HX2020-20 writes {{ 7 * 191 }} in every field: 1337 anywhere means a template evaluated it.
  expect.soft(await page.locator("body").innerText(), "evaluated template syntax").not.toContain("1337");
}

/** The built file behind a site path, checked without a browser. */
function expectStaticallyClean(sitePath: string): void {
  const file = path.join(outputDir, sitePath.endsWith(".html") ? sitePath : path.join(sitePath, "index.html"));
  expect.soft(staticProblems(readFileSync(file, "utf8")), `the HTML of ${sitePath}`).toEqual([]);
}

/** Every front-matter field appears as the literal text the press officer typed. */
async function expectFieldsShownAsText(page: Page, r: Release): Promise<void> {
  const soft = expect.soft;
  await soft(page.locator(".nr-release__title")).toHaveText(r.title);
  await soft(page.locator(".nr-release__lede")).toHaveText(r.summary);
  await soft(page.locator(".nr-breadcrumbs [aria-current='page']")).toHaveText(r.title);
  await soft(page).toHaveTitle(`${r.title} – ${siteData.name}`);
  for (const selector of ['meta[property="og:title"]', 'meta[name="twitter:title"]']) await soft(page.locator(selector)).toHaveAttribute("content", r.title);
  for (const selector of ['meta[name="description"]', 'meta[property="og:description"]', 'meta[name="twitter:description"]']) {
    await soft(page.locator(selector)).toHaveAttribute("content", r.summary);
  }
  // Search filters: one attribute per area, holding exactly the area.
  const filters = await page.locator("[data-pagefind-filter^='area:']").evaluateAll((els) => els.map((el) => el.getAttribute("data-pagefind-filter")));
  soft(filters, "area filters").toEqual(r.areas.map((area) => `area:${area}`));
  if (r.areas.length > 0) {
    await soft(page.locator(".nr-release-meta__row").filter({ hasText: "Areas" }).locator(".nr-release-meta__value")).toHaveText(r.areas.join(", "));
  }
  await soft(page.locator(".nr-resources__link, .nr-resources__title")).toHaveText(r.resources.map((item) => item.title));
  const resourceLinks = await page.locator(".nr-resources__link").evaluateAll((els) => els.map((el) => el.getAttribute("href")));
  soft(resourceLinks, "resource links").toEqual(r.resources.flatMap((item) => (item.url ? [item.url] : [])));
  await soft(page.locator(".nr-related__item")).toHaveText(r.related.map((item) => item.title));
  const relatedLinks = await page.locator(".nr-related__item a").evaluateAll((els) => els.map((el) => el.getAttribute("href")));
  soft(relatedLinks, "related links").toEqual(r.related.flatMap((item) => (item.url ? [item.url] : [])));
  if (r.contacts) {
    await soft(page.locator(".nr-contacts__name")).toHaveText(r.contacts.map((c) => (c.role ? `${c.name} (${c.role})` : c.name)));
    await soft(page.locator(".nr-contacts__hours")).toHaveText(r.contacts.flatMap((c) => (c.hours ? [c.hours] : [])));
  }
  for (const [i, change] of r.history.entries()) await soft(page.locator(".nr-history__item").nth(i)).toContainText(change.note);
  // JSON-LD: still one valid JSON document, holding the literal values.
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  soft(blocks, "JSON-LD blocks").toHaveLength(1);
  let jsonLd: Record<string, unknown> = {};
  let parseError: string | undefined;
  try {
    jsonLd = JSON.parse(blocks[0] ?? "") as Record<string, unknown>;
  } catch (error) {
    parseError = `${String(error)} in ${blocks[0]}`;
  }
  soft(parseError, "JSON-LD parses").toBeUndefined();
  soft(jsonLd.headline, "JSON-LD headline").toBe(r.title);
  soft(jsonLd.description, "JSON-LD description").toBe(r.summary);
  soft(jsonLd.identifier, "JSON-LD identifier").toBe(r.ref);
  if (r.areas.length > 0) soft(jsonLd.contentLocation, "JSON-LD places").toEqual(r.areas.map((name) => ({ "@type": "Place", name })));
  // Neighbouring releases are named by their titles, as text.
  for (const link of await page.locator(".nr-pagination a").all()) {
    const neighbour = byUrl.get((await link.getAttribute("href")) ?? "");
    soft(neighbour, "a neighbour link to a release").toBeDefined();
    if (neighbour) await soft(link.locator(".nr-pagination__title")).toHaveText(neighbour.title);
  }
}

/** Checks, beyond the shared ones, for fixtures whose payload has a feature of its own. */
const EXTRA_CHECKS: Record<string, (page: Page) => Promise<void>> = {
  // The attribution becomes a figcaption built by hand in markdown.ts: it must escape too.
  "HX2020-17": async (page) => {
    await expect.soft(page.locator(".nr-quote__speaker")).toHaveText(["<script>window.__pwned = 17</script>Mallory <img src=x onerror=alert(17)>", 'Eve" onmouseover="alert(17)']);
    await expect.soft(page.locator(".nr-quote__role")).toHaveText(["Chief <b onmouseover=alert(17)>Inspector</b>", 'Head of <a href="javascript:alert(17)">Mischief</a>']);
  },
  // Template syntax is text a press officer typed: shown as written, neither run nor dropped.
  "HX2020-20": async (page) => {
    await expect.soft(page.locator(".nr-release__body")).toContainText('{{ 7 * 191 }} {% include "layouts/base.njk" %}');
    await expect.soft(page.locator(".nr-release__body")).toContainText('{{ "<script>window.__pwned = 20</script>" | safe }}');
    await expect.soft(page.locator(".nr-notes__item")).toContainText('{{ "<script>alert(20)</script>" | safe }} and {{ site.url }}');
  },
};

test.describe("each hostile release page", () => {
  for (const file of hostileFiles) {
    const ref = refOf(file);
    test(`${ref}: ${path.basename(file, ".md").slice(ref.length + 1)}`, async ({ page }) => {
      const r = release(ref);
      const watch = await openWatched(page, r.url);
      await expect(page.getByText(`Surrounding text ${ref} is shown.`)).toBeVisible();
      await expectInert(page, watch, `${origin}${r.url}`);
      await expectFieldsShownAsText(page, r);
      await EXTRA_CHECKS[ref]?.(page);
      expectStaticallyClean(r.url);
    });
  }
});

/** Later pages of a listing of `count` releases, as collections.ts cuts them. */
/** Each row (a listing item or a search result) links to a release and shows its title and summary as text. */
async function expectRowsShowTheirRelease(rows: Locator, linkSelector: string, summarySelector: string): Promise<void> {
  for (const row of await rows.all()) {
    const link = row.locator(linkSelector);
    const shown = byUrl.get((await link.getAttribute("href")) ?? "");
    expect.soft(shown, "a row links to a release").toBeDefined();
    if (!shown) continue;
    await expect.soft(link).toHaveText(shown.title);
    await expect.soft(row.locator(summarySelector)).toHaveText(shown.summary);
  }
}

function laterPages(base: string, count: number): string[] {
  return Array.from({ length: Math.max(0, Math.ceil(count / siteData.pageSize) - 1) }, (_, i) => `${base}page/${i + 2}/`);
}

const LISTINGS = [
  "/",
  "/releases/",
  ...laterPages("/releases/", hostileFiles.length + 1),
  "/releases/2020/",
  ...laterPages("/releases/2020/", hostileFiles.length),
  "/releases/2011/",
  ...topics.map((t) => `/topics/${t.slug}/`),
];

test.describe("each listing that shows hostile releases", () => {
  for (const listing of LISTINGS) {
    test(listing, async ({ page }) => {
      const watch = await openWatched(page, listing);
      const items = page.locator(".nr-release-list__item");
      await expect(items.first()).toBeVisible();
      await expectInert(page, watch, `${origin}${listing}`);
      await expectRowsShowTheirRelease(items, ".nr-release-list__title a", ".nr-release-list__summary");
      expectStaticallyClean(listing);
    });
  }
});

test.describe("search results for hostile releases", () => {
  // Pagefind's own UI renders titles, summaries, excerpts and filter values from the index.
  for (const query of ["HX2020", "script alert", "onerror", "javascript"]) {
    // As search.js writes the query back into the address.
    const searchPath = `/search/?${new URLSearchParams({ q: query })}`;
    test(searchPath, async ({ page }) => {
      const watch = await openWatched(page, searchPath);
      const results = page.locator(".nr-search-result");
      await expect(results.first()).toBeVisible();
      await page.waitForLoadState("networkidle");
      await expectInert(page, watch, `${origin}${searchPath}`);
      await expectRowsShowTheirRelease(results, ".nr-search-result__title a", ".nr-search-result__summary");
      // Every area is a filter value, offered when a result has it: markup in one shows as its text.
      if (query === "HX2020") await expect.soft(page.locator(".nr-search__filters").getByText("<img src=x onerror=alert(21)>")).toBeVisible();
    });
  }
});

test("a search query with markup is shown as text", async ({ page }) => {
  // Not release content, but the same renderer: the query comes back in the summary line.
  const query = '"><img src=x onerror="window.__pwned = 1"><script>alert(1)</script>';
  const searchPath = `/search/?${new URLSearchParams({ q: query })}`;
  const watch = await openWatched(page, searchPath);
  await expect(page.locator("#nr-search-summary")).toContainText(query);
  await expectInert(page, watch, `${origin}${searchPath}`);
});

test("the search index's filters hold each area as written, and only the site's topics", async ({ page }) => {
  await page.goto(`${origin}/search/`);
  // Pagefind's own API (https://pagefind.app/docs/api/) on every shard, as an expression so it
  // runs untranspiled.
  const filters = (await page.evaluate(`(async () => {
    const pagefind = await import("/pagefind/pagefind.js");
    const shards = JSON.parse(document.getElementById("nr-search-shards").textContent);
    const all = {};
    for (const shard of shards) {
      const one = pagefind.createInstance({ basePath: "/pagefind/" + shard.id + "/", noWorker: true });
      for (const [key, values] of Object.entries(await one.filters())) Object.assign((all[key] ??= {}), values);
    }
    return all;
  })()`)) as Record<string, Record<string, number>>;
  const all = [...releases.values()];
  // An area such as "Leeds, topic:Injected by an area" must stay one area, not add a topic.
  expect(Object.keys(filters.area ?? {}).sort()).toEqual([...new Set(all.flatMap((r) => r.areas))].sort());
  expect(Object.keys(filters.topic ?? {}).sort()).toEqual([...new Set(all.flatMap((r) => r.topics))].sort());
  expect(Object.keys(filters).sort()).toEqual(["area", "topic", "type", "year"]);
});

/** One feed entry, as a feed reader reads it. */
interface FeedEntry {
  link: string;
  title: string;
  summary: string;
  content: string;
}

// XML 1.0 cannot carry these (feeds.ts drops them), so a feed shows the rest of the text.
const xmlText = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");

/** Parses a feed with Chromium's strict XML parser (or JSON.parse); throws on a malformed feed. */
async function feedEntries(page: Page, feedPath: string, text: string): Promise<FeedEntry[]> {
  if (feedPath.endsWith(".json")) {
    const feed = JSON.parse(text) as { items: { url: string; title: string; summary: string; content_html: string }[] };
    return feed.items.map((item) => ({ link: item.url, title: item.title, summary: item.summary, content: item.content_html }));
  }
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    const error = doc.querySelector("parsererror");
    if (error) return { error: error.textContent ?? "parsererror" };
    const text = (parent: Element, selector: string) => parent.querySelector(selector)?.textContent ?? "";
    const rss = Array.from(doc.querySelectorAll("item")).map((item) => ({
      link: text(item, "link"),
      title: text(item, "title"),
      summary: text(item, "description"),
      content: item.getElementsByTagNameNS("http://purl.org/rss/1.0/modules/content/", "encoded")[0]?.textContent ?? "",
    }));
    const atom = Array.from(doc.querySelectorAll("entry")).map((entry) => ({
      link: entry.querySelector("link[rel='alternate']")?.getAttribute("href") ?? "",
      title: text(entry, "title"),
      summary: text(entry, "summary"),
      content: text(entry, "content"),
    }));
    return { entries: [...rss, ...atom] };
  }, text);
  if ("error" in parsed) throw new Error(`${feedPath} is not well-formed XML: ${parsed.error}`);
  return parsed.entries;
}

const SITE_FEEDS = ["/feed.xml", "/atom.xml", "/feed.json"];
const TOPIC_FEEDS = topics.flatMap((t) => [`/topics/${t.slug}/feed.xml`, `/topics/${t.slug}/atom.xml`]);

test.describe("feeds that carry hostile releases", () => {
  for (const feedPath of [...SITE_FEEDS, ...TOPIC_FEEDS]) {
    test(feedPath, async ({ page, request, context }) => {
      test.setTimeout(180_000);
      const response = await request.get(`${origin}${feedPath}`);
      test.skip(response.status() === 404, `${feedPath} is not built`);
      expect(response.status()).toBe(200);
      const text = await response.text();
      if (!feedPath.endsWith(".json")) {
        // Item HTML travels escaped: the XML itself holds no markup beyond the feed's own.
        expect.soft(text.match(/<(?:script|iframe|object|embed|img|svg|style|a|form|meta|base)\b[^>]{0,60}/gi) ?? [], "unescaped markup in the XML").toEqual([]);
      }
      // As a browser shows the feed itself.
      const watch = await openWatched(page, feedPath);
      await expectInert(page, watch, `${origin}${feedPath}`);

      const entries = await feedEntries(page, feedPath, text);
      const hostile = entries.filter((entry) => byUrl.get(entry.link.slice(origin.length))?.ref.startsWith("HX"));
      expect(hostile.length, "hostile releases in the feed").toBeGreaterThan(0);
      for (const entry of hostile) {
        const r = byUrl.get(entry.link.slice(origin.length))!;
        expect.soft(entry.title, `${r.ref} title`).toBe(xmlText(r.title));
        expect.soft(entry.summary, `${r.ref} summary`).toBe(xmlText(r.summary));
      }

      if (TOPIC_FEEDS.includes(feedPath)) {
        // A topic feed's items are the site feed's items: same content, proven below.
        const siteFeed = feedPath.endsWith("atom.xml") ? "/atom.xml" : "/feed.xml";
        const siteEntries = await feedEntries(page, siteFeed, await (await request.get(`${origin}${siteFeed}`)).text());
        const siteContent = new Map(siteEntries.map((entry) => [entry.link, entry.content]));
        for (const entry of hostile) expect.soft(entry.content, entry.link).toBe(siteContent.get(entry.link));
        return;
      }

      // As a feed reader that shows item HTML as it comes: a blank page with only the content.
      const reader = await context.newPage();
      const readerWatch = watchPage(reader, origin);
      for (const entry of hostile) {
        const r = byUrl.get(entry.link.slice(origin.length))!;
        // setContent waits for the load event, so every image and frame has been asked for.
        await reader.setContent(`<!doctype html><html><head><meta charset="utf-8"><title>${r.ref}</title></head><body><article>${entry.content}</article></body></html>`);
        await expect.soft(reader.getByText(`Surrounding text ${r.ref} is shown.`), `${r.ref} in the reader`).toBeVisible();
        expect.soft(await domProblems(reader, "about:blank"), `${r.ref} content in the reader`).toEqual([]);
      }
      expect.soft(watchProblems(readerWatch), "what the feed reader did").toEqual([]);
    });
  }
});

test("the JSON index holds the literal titles, summaries and areas", async ({ request }) => {
  const index = (await (await request.get(`${origin}/api/releases.json`)).json()) as { releases: { ref: string; title: string; summary: string; areas: string[] }[] };
  const hostile = index.releases.filter((entry) => entry.ref.startsWith("HX"));
  expect(hostile).toHaveLength(hostileFiles.length);
  for (const entry of hostile) {
    const r = release(entry.ref);
    expect.soft(entry, entry.ref).toMatchObject({ title: r.title, summary: r.summary, areas: r.areas });
  }
});

test("no HTML file the build wrote carries a script, handler, script URL, frame, plugin, base or refresh", () => {
  const pages = readdirSync(outputDir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));
  expect(pages.length).toBeGreaterThan(hostileFiles.length);
  const problems = Object.fromEntries(
    pages.map((file) => [file, staticProblems(readFileSync(path.join(outputDir, file), "utf8"))] as const).filter(([, found]) => found.length > 0),
  );
  expect(problems).toEqual({});
});
