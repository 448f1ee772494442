/**
 * The feeds and the JSON index as feed readers and aggregators fetch them: served with their
 * media types, well-formed and namespace-correct XML (libxml2's xmllint), read the same way by
 * two independent parsers (feedsmith and @rowanmanning/feed-parser), with the seed release's
 * full content, absolute URLs and an id that survives a new title and slug.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { parseFeed as parseWithFeedParser } from "@rowanmanning/feed-parser";
import { load } from "cheerio";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { buildSite } from "./support/build.ts";
import { SEED_PATH } from "./support/sites.ts";

// The e2e build runs with SITE_URL empty, so absolute URLs use the default origin (_data/site.ts).
const ORIGIN = "https://newsroom.example.org";
const SEED_URL = `${ORIGIN}${SEED_PATH}`;
const SEED_ID = "tag:newsroom.example.org,2011:NR2011-31";
const SEED_TITLE = "Councils should adopt a more collaborative approach to commissioning services for young people";
const SEED_SUMMARY_START = "A report published today by Ofsted has found that local authorities are not always considering";
const QUOTE = "Youth services play a vital role in young people’s educational and social development.";
const NOTE = "The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects";
const CATEGORIES = [
  { term: "youth-services", label: "Youth services" },
  { term: "local-authorities", label: "Local authorities" },
];
const REPO = path.resolve(import.meta.dirname, "..");

const RSS = "application/rss+xml; charset=utf-8";
const ATOM = "application/atom+xml; charset=utf-8";
const RSS_FEEDS = ["/feed.xml", "/topics/youth-services/feed.xml"];
const ATOM_FEEDS = ["/atom.xml", "/topics/youth-services/atom.xml"];

/** Fetches a feed from the served site and checks its status and Content-Type. */
async function fetchFeed(request: APIRequestContext, urlPath: string, contentType: string): Promise<string> {
  const response = await request.get(urlPath);
  expect(response.status(), urlPath).toBe(200);
  expect(response.headers()["content-type"], urlPath).toBe(contentType);
  return response.text();
}

/** libxml2's namespace-aware parser: exit status 0 and nothing on stderr, not even a warning. */
function expectWellFormedXml(xml: string, name: string): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), "newsroom-feed-"));
  const file = path.join(dir, name.replace(/\W+/g, "-") + ".xml");
  writeFileSync(file, xml);
  const result = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
  rmSync(dir, { recursive: true, force: true });
  expect(result.error, name).toBeUndefined();
  expect(result.stderr, name).toBe("");
  expect(result.status, name).toBe(0);
}

/** Every link and image in a feed item's HTML is absolute: the reader does not know the page. */
function expectAbsoluteUrls(html: string): void {
  const $ = load(html);
  const urls = $("[href], [src]").map((_, el) => $(el).attr("href") ?? $(el).attr("src")).get();
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url).toMatch(/^(?:https?:\/\/[^/]|mailto:|tel:)/);
}

/** The seed release's full text: lede, the Chief Inspector's words, notes and media contacts. */
function expectSeedContent(html: string | null | undefined): void {
  expect(html).toContain(SEED_SUMMARY_START);
  expect(html).toContain(QUOTE);
  expect(html).toContain("Miriam Rosen");
  expect(html).toContain("Notes to editors");
  expect(html).toContain(NOTE);
  expect(html).toContain("Media enquiries");
  expect(html).toContain('href="tel:+442074216899"');
  expectAbsoluteUrls(html!);
}

for (const urlPath of RSS_FEEDS) {
  test(`RSS ${urlPath}: well-formed, and the seed item as two parsers read it`, async ({ request }) => {
    const xml = await fetchFeed(request, urlPath, RSS);
    expectWellFormedXml(xml, urlPath);
    expect(xml).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"');

    const rss = parseRssFeed(xml);
    expect(rss.link).toBe(urlPath === "/feed.xml" ? `${ORIGIN}/` : `${ORIGIN}/topics/youth-services/`);
    expect(rss.language).toBe("en-GB");
    expect(rss.atom?.links?.find((l) => l.rel === "self")?.href).toBe(`${ORIGIN}${urlPath}`);
    expect(rss.lastBuildDate).toBe("Tue, 09 Aug 2011 00:00:00 +0100");
    const item = rss.items?.[0];
    expect(item?.title).toBe(SEED_TITLE);
    expect(item?.link).toBe(SEED_URL);
    expect(item?.guid).toEqual({ value: SEED_ID, isPermaLink: false });
    expect(item?.pubDate).toBe("Tue, 09 Aug 2011 00:00:00 +0100");
    expect(item?.atom?.updated).toBeUndefined();
    expect(item?.categories?.map((c) => c.name)).toEqual(CATEGORIES.map((c) => c.label));
    expect(item?.description).toMatch(new RegExp(`^${SEED_SUMMARY_START}`));
    expect(item?.dc?.creators).toEqual(["Ofsted"]);
    expectSeedContent(item?.content?.encoded);

    const feed = parseWithFeedParser(xml);
    expect(feed.self).toBe(`${ORIGIN}${urlPath}`);
    expect(feed.language).toBe("en-GB");
    expect(feed.updated?.toISOString()).toBe("2011-08-08T23:00:00.000Z");
    const parsed = feed.items[0]!;
    expect([parsed.id, parsed.url, parsed.title]).toEqual([SEED_ID, SEED_URL, SEED_TITLE]);
    expect(parsed.published?.toISOString()).toBe("2011-08-08T23:00:00.000Z");
    expect(parsed.categories.map((c) => [c.label, c.url])).toEqual(CATEGORIES.map((c) => [c.label, `${ORIGIN}/topics/${c.term}/`]));
    expect(parsed.description).toMatch(new RegExp(`^${SEED_SUMMARY_START}`));
    expectSeedContent(parsed.content);
  });
}

for (const urlPath of ATOM_FEEDS) {
  test(`Atom ${urlPath}: well-formed, and the seed entry as two parsers read it`, async ({ request }) => {
    const xml = await fetchFeed(request, urlPath, ATOM);
    expectWellFormedXml(xml, urlPath);

    const atom = parseAtomFeed(xml);
    expect(atom.id).toBe(urlPath === "/atom.xml" ? "tag:newsroom.example.org,2011:feed" : "tag:newsroom.example.org,2011:topics/youth-services");
    expect(atom.links?.find((l) => l.rel === "self")?.href).toBe(`${ORIGIN}${urlPath}`);
    expect(atom.updated).toBe("2011-08-09T00:00:00.000+01:00");
    expect(atom.authors?.[0]?.name).toBe("Ofsted");
    expect(atom.xml?.lang).toBe("en-GB");
    const entry = atom.entries?.[0];
    expect(entry?.id).toBe(SEED_ID);
    expect(entry?.title?.value).toBe(SEED_TITLE);
    expect(entry?.links?.find((l) => l.rel === "alternate")?.href).toBe(SEED_URL);
    expect(entry?.published).toBe("2011-08-09T00:00:00.000+01:00");
    expect(entry?.updated).toBe("2011-08-09T00:00:00.000+01:00");
    expect(entry?.categories).toEqual(CATEGORIES.map((c) => ({ ...c, scheme: `${ORIGIN}/topics/` })));
    expect(entry?.summary?.value).toMatch(new RegExp(`^${SEED_SUMMARY_START}`));
    expect(entry?.content?.type).toBe("html");
    expectSeedContent(entry?.content?.value);

    const feed = parseWithFeedParser(xml);
    expect(feed.self).toBe(`${ORIGIN}${urlPath}`);
    expect(feed.language).toBe("en-GB");
    const parsed = feed.items[0]!;
    expect([parsed.id, parsed.url, parsed.title]).toEqual([SEED_ID, SEED_URL, SEED_TITLE]);
    expect(parsed.published?.toISOString()).toBe("2011-08-08T23:00:00.000Z");
    expect(parsed.categories.map((c) => [c.term, c.label])).toEqual(CATEGORIES.map((c) => [c.term, c.label]));
    expectSeedContent(parsed.content);
  });
}

test("a topic without releases still has valid, empty feeds to subscribe to", async ({ request }) => {
  const rss = await fetchFeed(request, "/topics/schools/feed.xml", RSS);
  expectWellFormedXml(rss, "schools-rss");
  expect(parseRssFeed(rss).items ?? []).toHaveLength(0);
  expect(parseWithFeedParser(rss).title).toBe("Ofsted newsroom: Schools");
  const atom = await fetchFeed(request, "/topics/schools/atom.xml", ATOM);
  expectWellFormedXml(atom, "schools-atom");
  expect(parseAtomFeed(atom).entries ?? []).toHaveLength(0);
  expect(parseWithFeedParser(atom).items).toHaveLength(0);
});

test("JSON Feed 1.1: the seed item as feedsmith and the spec read it", async ({ request }) => {
  const text = await fetchFeed(request, "/feed.json", "application/feed+json; charset=utf-8");
  const feed = parseJsonFeed(text);
  expect(feed.title).toBe("Ofsted newsroom");
  expect(feed.feed_url).toBe(`${ORIGIN}/feed.json`);
  expect(feed.home_page_url).toBe(`${ORIGIN}/`);
  const item = feed.items?.[0];
  expect([item?.id, item?.url, item?.title]).toEqual([SEED_ID, SEED_URL, SEED_TITLE]);
  expect(item?.date_published).toBe("2011-08-09T00:00:00.000+01:00");
  expect(item?.tags).toEqual(CATEGORIES.map((c) => c.label));
  expect(item?.summary).toMatch(new RegExp(`^${SEED_SUMMARY_START}`));
  expectSeedContent(item?.content_html);

  // The raw document, against the spec's required fields (https://www.jsonfeed.org/version/1.1/).
  const raw = JSON.parse(text) as { version: string; language: string; items: Record<string, unknown>[] };
  expect(raw.version).toBe("https://jsonfeed.org/version/1.1");
  expect(raw.language).toBe("en-GB");
  expect(raw.items[0]).not.toHaveProperty("date_modified");
});

test("a feed item shows the release's resources and media contacts in the page's own words", async ({ request }) => {
  const feed = parseJsonFeed(await (await request.get("/feed.json")).text());
  const item = load(feed.items?.find((i) => i.id === SEED_ID)?.content_html ?? "");
  const page = load(await (await request.get(SEED_PATH)).text());
  const text = (html: ReturnType<typeof load>, selector: string) => html(selector).text().replace(/\s+/g, " ").trim();
  for (const section of [".nr-resources", ".nr-contacts"]) {
    expect(text(item, section), section).not.toBe("");
    expect(text(item, section), section).toBe(text(page, section));
  }
  // The seed's one resource has no link, and both say so alike.
  expect(text(item, ".nr-resources")).toContain("Report (not available online)");
});

test("/api/releases.json lists every published release with its fields", async ({ request }) => {
  const response = await request.get("/api/releases.json");
  expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
  const index = (await response.json()) as { version: number; count: number; topics: { slug: string; url: string }[]; releases: Record<string, unknown>[] };
  expect(index.version).toBe(1);
  expect(index.count).toBe(1);
  expect(index.releases).toHaveLength(1);
  expect(index.topics.find((t) => t.slug === "youth-services")?.url).toBe(`${ORIGIN}/topics/youth-services/`);
  expect(index.releases[0]).toEqual({
    ref: "NR2011-31",
    id: SEED_ID,
    title: SEED_TITLE,
    summary: expect.stringMatching(new RegExp(`^${SEED_SUMMARY_START}`)),
    type: "press-release",
    published: "2011-08-09T00:00:00.000+01:00",
    modified: "2011-08-09T00:00:00.000+01:00",
    url: SEED_URL,
    topics: CATEGORIES.map((c) => c.term),
    areas: ["Cumbria", "Merton"],
  });
});

const SITE_FEEDS = [
  { type: "application/rss+xml", href: `${ORIGIN}/feed.xml` },
  { type: "application/atom+xml", href: `${ORIGIN}/atom.xml` },
  { type: "application/feed+json", href: `${ORIGIN}/feed.json` },
];
const TOPIC_FEEDS = [
  { type: "application/rss+xml", href: `${ORIGIN}/topics/youth-services/feed.xml` },
  { type: "application/atom+xml", href: `${ORIGIN}/topics/youth-services/atom.xml` },
];

for (const { urlPath, feeds } of [
  { urlPath: "/", feeds: SITE_FEEDS },
  { urlPath: SEED_PATH, feeds: SITE_FEEDS },
  { urlPath: "/topics/youth-services/", feeds: [...TOPIC_FEEDS, ...SITE_FEEDS] },
]) {
  test(`${urlPath} announces its feeds for autodiscovery, and each one is served`, async ({ page, request }) => {
    await page.goto(urlPath);
    const links = page.locator('head link[rel="alternate"]');
    const found = await links.evaluateAll((els) => els.map((el) => ({ type: el.getAttribute("type"), href: el.getAttribute("href"), title: el.getAttribute("title") })));
    expect(found.map(({ type, href }) => ({ type, href }))).toEqual(feeds);
    for (const link of found) {
      expect(link.title).toMatch(/^Ofsted newsroom/);
      const response = await request.get(new URL(link.href!).pathname);
      expect(response.status(), link.href!).toBe(200);
      expect(response.headers()["content-type"]).toBe(`${link.type}; charset=utf-8`);
    }
  });
}

test("the home page and a topic page show where to subscribe, at phone width too", async ({ page }) => {
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/");
  const home = page.getByRole("region", { name: "Subscribe" });
  await expect(home.getByRole("link", { name: "RSS", exact: true })).toHaveAttribute("href", "/feed.xml");
  await expect(home.getByRole("link", { name: "Atom", exact: true })).toHaveAttribute("href", "/atom.xml");
  await expect(home.getByRole("link", { name: "JSON Feed", exact: true })).toHaveAttribute("href", "/feed.json");
  await expect(home.getByRole("link", { name: /Every release as JSON/ })).toHaveAttribute("href", "/api/releases.json");
  await expect(home).toContainText(`${ORIGIN}/feed.xml`);
  expect(await sideways()).toBeLessThanOrEqual(0);
  await page.goto("/topics/further-education-and-skills/");
  const topic = page.getByRole("region", { name: "Subscribe to this topic" });
  await expect(topic.getByRole("link", { name: "RSS", exact: true })).toHaveAttribute("href", "/topics/further-education-and-skills/feed.xml");
  await expect(topic.getByRole("link", { name: "Atom", exact: true })).toHaveAttribute("href", "/topics/further-education-and-skills/atom.xml");
  expect(await sideways()).toBeLessThanOrEqual(0);
});

test("a new title and slug keep the item id; a correction shows as an update", async ({ request }) => {
  test.setTimeout(180_000);
  const seedRss = parseRssFeed(await fetchFeed(request, "/feed.xml", RSS));
  const seedId = seedRss.items?.[0]?.guid?.value;
  expect(seedId).toBe(SEED_ID);

  // A second site: the seed with a new title and slug, corrected on a winter (GMT) day.
  const work = mkdtempSync(path.join(os.tmpdir(), "newsroom-feed-id-"));
  const releasesDir = path.join(work, "releases");
  cpSync(path.join(REPO, "src/releases"), releasesDir, { recursive: true });
  const [file] = readdirSync(path.join(releasesDir, "2011"));
  const source = path.join(releasesDir, "2011", file!);
  const original = readFileSync(source, "utf8");
  const renamed = original
    .replace(`title: ${SEED_TITLE}`, "title: Councils urged to commission young people’s services together")
    .replace("ref: NR2011-31\n", "ref: NR2011-31\nslug: councils-urged-to-commission-together\nupdated:\n  - { date: 2011-11-15T10:30, note: Corrected the title. }\n");
  expect(renamed).not.toBe(original);
  writeFileSync(source, renamed);
  try {
    const build = buildSite(releasesDir);
    expect(build.status, build.output).toBe(0);
    const { outputDir } = build;
    const newUrl = `${ORIGIN}/releases/2011/councils-urged-to-commission-together/`;

    const rssXml = readFileSync(path.join(outputDir, "feed.xml"), "utf8");
    expectWellFormedXml(rssXml, "renamed-rss");
    const rssItem = parseRssFeed(rssXml).items?.[0];
    expect(rssItem?.guid?.value).toBe(seedId);
    expect(rssItem?.title).toBe("Councils urged to commission young people’s services together");
    expect(rssItem?.link).toBe(newUrl);
    expect(rssItem?.pubDate).toBe("Tue, 09 Aug 2011 00:00:00 +0100");
    expect(rssItem?.atom?.updated).toBe("2011-11-15T10:30:00.000+00:00");

    const atomXml = readFileSync(path.join(outputDir, "atom.xml"), "utf8");
    expectWellFormedXml(atomXml, "renamed-atom");
    const entry = parseAtomFeed(atomXml).entries?.[0];
    expect(entry?.id).toBe(seedId);
    expect(entry?.updated).toBe("2011-11-15T10:30:00.000+00:00");
    expect(parseWithFeedParser(atomXml).items[0]?.id).toBe(seedId);

    const json = parseJsonFeed(readFileSync(path.join(outputDir, "feed.json"), "utf8"));
    expect(json.items?.[0]?.id).toBe(seedId);
    expect(json.items?.[0]?.date_modified).toBe("2011-11-15T10:30:00.000+00:00");

    const topicItem = parseWithFeedParser(readFileSync(path.join(outputDir, "topics/youth-services/feed.xml"), "utf8")).items[0];
    expect([topicItem?.id, topicItem?.url]).toEqual([seedId, newUrl]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
