import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import nunjucks from "nunjucks";
import { telUri } from "./phone-numbers.ts";
import { rfc822Date } from "./dates.ts";
import {
  absoluteHtml,
  buildFeed,
  componentRenderer,
  FEED_LIMIT,
  feedId,
  feedItemBuilder,
  feedLinks,
  type FeedItemContext,
  feedReleases,
  jsonFeed,
  releaseContentHtml,
  releaseId,
  xmlSafe,
} from "./feeds.ts";
import { loadReleases, type Release } from "./release-loader.ts";
import { releasesIndex } from "./releases-index.ts";
import { testRules } from "./testing/rules.ts";

const SITE_URL = "https://news.example.org";
const PAGE = `${SITE_URL}/releases/2011/a-title/`;
const topics = [
  { slug: "schools", title: "Schools", description: "About schools." },
  { slug: "early-years", title: "Early years", description: "About early years." },
];
// The page's own components, rendered as a build renders them (filters.ts gives Eleventy's environment).
const includes = fileURLToPath(new URL("../../_includes", import.meta.url));
const nunjucksEnv = new nunjucks.Environment(new nunjucks.FileSystemLoader(includes), { autoescape: true }).addFilter("telUri", telUri);
const context: FeedItemContext = {
  siteUrl: SITE_URL,
  topics,
  labels: { notes: "Notes to editors", contacts: "Media enquiries", resources: "Associated resources", noLink: "Not available online" },
  render: componentRenderer(nunjucksEnv),
};
/** An HTML fragment's text as a reader sees it: tags dropped, white space collapsed. */
const words = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
const site = {
  name: "Newsroom",
  description: "Releases.",
  language: "en-GB",
  url: SITE_URL,
  organisation: { name: "Ofsted", legalName: "Ofsted in full", url: "https://www.gov.uk/government/organisations/ofsted" },
};

/** Releases as the build loads them, from release files written to a temporary folder. */
async function load(files: Record<string, string>): Promise<Release[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "newsroom-feeds-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return loadReleases(dir, testRules);
}

const file = (fields: string, body = "Body text.") => `---\n${fields}\n---\n${body}\n`;
const seed = (fields = "") => file(`title: A title\nref: NR2011-31\ndate: 2011-08-09\nsummary: The lede.\ntopics: [schools]${fields}`);

async function one(text: string): Promise<Release> {
  const [release] = await load({ "a.md": text });
  return release!;
}

test("the id comes from the ref: a new title, slug and URL keep it", async () => {
  const before = await one(seed());
  const after = await one(file("title: A corrected title\nref: NR2011-31\ndate: 2011-08-09\nsummary: The lede.\nslug: corrected"));
  assert.notEqual(before.url, after.url);
  const [a, b] = await Promise.all([feedItemBuilder(context)(before), feedItemBuilder(context)(after)]);
  assert.equal(a.id, "tag:newsroom.example.org,2011:NR2011-31");
  assert.equal(b.id, a.id);
  assert.notEqual(b.url, a.url);
});

test("the id does not depend on the site URL, nor on the case the ref is written in", async () => {
  const release = await one(seed());
  const elsewhere = await feedItemBuilder({ ...context, siteUrl: "https://deploy-preview-7--newsroom.netlify.app" })(release);
  const here = await feedItemBuilder(context)(release);
  assert.equal(elsewhere.id, here.id);
  assert.equal(releaseId("nr2011-31"), releaseId("NR2011-31"));
  assert.equal(feedId(), "tag:newsroom.example.org,2011:feed");
  assert.equal(feedId({ slug: "schools" }), "tag:newsroom.example.org,2011:topics/schools");
});

test("links, images and fragments become absolute against the release page", async () => {
  const html = await absoluteHtml(
    '<p><a href="/topics/schools/">t</a> <a href="#notes-to-editors">n</a> <img src="chart.png" alt="c"> <a href="../older/">o</a>' +
      ' <a href="https://gov.uk/x">g</a> <a href="mailto:press@example.org">m</a> <a href="tel:+442074216899">p</a></p>',
    PAGE,
  );
  assert.match(html, /href="https:\/\/news\.example\.org\/topics\/schools\/"/);
  assert.match(html, /href="https:\/\/news\.example\.org\/releases\/2011\/a-title\/#notes-to-editors"/);
  assert.match(html, /src="https:\/\/news\.example\.org\/releases\/2011\/a-title\/chart\.png"/);
  assert.match(html, /href="https:\/\/news\.example\.org\/releases\/2011\/older\/"/);
  assert.match(html, /href="https:\/\/gov\.uk\/x"/);
  assert.match(html, /href="mailto:press@example\.org"/);
  assert.match(html, /href="tel:\+442074216899"/);
});

test("an item's content is the lede, body, notes and contacts, with every URL absolute", async () => {
  const release = await one(
    seed("\nnotes:\n  - See [the report](/reports/r.pdf).\ncontacts:\n  - { name: Jo Bloggs, role: Press officer, email: jo@example.org, hours: 9 to 5 }") +
      "See the [notes](#notes-to-editors) and ![a chart](/img/chart.png).\n\n> Quoted words.\n>\n> — Miriam Rosen, Chief Inspector\n",
  );
  const item = await feedItemBuilder(context)(release);
  const html = item.contentHtml;
  assert.ok(html.startsWith("<p><strong>The lede.</strong></p>"));
  assert.match(html, /<figcaption class="nr-quote__caption"><span class="nr-quote__speaker">Miriam Rosen<\/span>/);
  assert.match(html, /<h2>Notes to editors<\/h2>\n<ol><li><p>See <a href="https:\/\/news\.example\.org\/reports\/r\.pdf">the report<\/a>/);
  // The contacts as the release page shows them: its component, its words.
  assert.match(html, /<section class="nr-contacts" aria-labelledby="media-enquiries">\s*<h2 class="nr-contacts__heading" id="media-enquiries">Media enquiries<\/h2>/);
  assert.match(words(html), /Media enquiries Jo Bloggs \(Press officer\) jo@example\.org 9 to 5$/);
  assert.match(html, /<a href="mailto:jo@example\.org">jo@example\.org<\/a>/);
  assert.match(html, new RegExp(`href="${PAGE}#notes-to-editors"`));
  assert.match(html, new RegExp(`src="${SITE_URL}/img/chart.png"`));
  for (const [, url] of html.matchAll(/(?:href|src)="([^"]*)"/g)) assert.match(url!, /^(?:https:|mailto:|tel:)/);
});

test("a release without contacts gets the press office; text is escaped", async () => {
  const release = await one(file('title: T\nref: NR2011-1\ndate: 2011-08-09\nsummary: "Fish & <chips>"'));
  const html = releaseContentHtml(release, context);
  assert.ok(html.startsWith("<p><strong>Fish &amp; &lt;chips&gt;</strong></p>"));
  assert.match(html, /<p class="nr-contacts__name">Ofsted Press Office<\/p><p class="nr-contacts__line"><a class="nr-contacts__phone" href="tel:\+442074216899">020 7421 6899<\/a><\/p>/);
});

test("dates keep the London offset: BST in summer, GMT in winter", async () => {
  const [winter, summer] = await load({
    "a.md": file("title: Winter\nref: NR2011-40\ndate: 2011-12-09\nsummary: S"),
    "b.md": seed(),
  });
  const build = feedItemBuilder(context);
  const [w, s] = await Promise.all([build(winter!), build(summer!)]);
  assert.equal(s.published, "2011-08-09T00:00:00.000+01:00");
  assert.equal(rfc822Date(s.published), "Tue, 09 Aug 2011 00:00:00 +0100");
  assert.equal(w.published, "2011-12-09T00:00:00.000+00:00");
  assert.equal(rfc822Date(w.published), "Fri, 09 Dec 2011 00:00:00 +0000");
});

test("the updated date is the newest change, and only a release with changes has one", async () => {
  const changed = await one(seed("\nupdated:\n  - { date: 2011-11-15T10:30, note: Corrected a figure. }"));
  const build = feedItemBuilder(context);
  const item = await build(changed);
  assert.equal(item.updated, "2011-11-15T10:30:00.000+00:00");
  assert.equal(item.modified, item.updated);
  const unchanged = await build(await one(seed()));
  assert.equal(unchanged.updated, undefined);
  assert.equal(unchanged.modified, unchanged.published);
});

test("topics become categories with their titles and pages", async () => {
  const item = await feedItemBuilder(context)(await one(seed()));
  assert.deepEqual(item.categories, [
    { term: "schools", label: "Schools", url: `${SITE_URL}/topics/schools/`, scheme: `${SITE_URL}/topics/` },
  ]);
});

test("each release is built once, however many feeds it is in", async () => {
  const release = await one(seed());
  const build = feedItemBuilder(context);
  assert.equal(build(release), build(release));
});

test("characters XML forbids are dropped, everything else kept", () => {
  assert.equal(xmlSafe("a\u000Bb\u0000c\uFFFEd\tе😀\n"), "abcd\tе😀\n");
});

test("feeds take the newest 50, of the site or of one topic", () => {
  const releases = Array.from({ length: 120 }, (_, i) => ({ topics: i % 3 === 0 ? ["schools"] : [], n: i }));
  assert.equal(feedReleases(releases).length, FEED_LIMIT);
  const schools = feedReleases(releases, { slug: "schools" });
  assert.equal(schools.length, 40);
  assert.deepEqual(schools.slice(0, 2).map((r) => r.n), [0, 3]);
});

test("a feed's channel: titles, links, ids and its last update from the newest item", async () => {
  const releases = await load({
    "a.md": seed("\nupdated:\n  - { date: 2012-01-02, note: Changed. }"),
    "b.md": file("title: Newer\nref: NR2011-50\ndate: 2011-10-01\nsummary: S\ntopics: [early-years]"),
  });
  const newestFirst = [...releases].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
  const item = feedItemBuilder(context);
  const all = await buildFeed(newestFirst, { site, selfPath: "/feed.xml", item });
  assert.deepEqual([all.id, all.title, all.homeUrl, all.selfUrl, all.language], [
    "tag:newsroom.example.org,2011:feed", "Newsroom", `${SITE_URL}/`, `${SITE_URL}/feed.xml`, "en-GB",
  ]);
  assert.deepEqual(all.items.map((i) => i.id), [releaseId("NR2011-50"), releaseId("NR2011-31")]);
  assert.equal(all.updated, "2012-01-02T00:00:00.000+00:00");
  const schools = await buildFeed(newestFirst, { site, topic: topics[0], selfPath: "/topics/schools/atom.xml", item });
  assert.deepEqual([schools.title, schools.description, schools.homeUrl, schools.items.length], ["Newsroom: Schools", "About schools.", `${SITE_URL}/topics/schools/`, 1]);
  const empty = await buildFeed([], { site, topic: topics[1], selfPath: "/topics/early-years/feed.xml", item });
  assert.equal(empty.items.length, 0);
  assert.match(empty.updated, /^\d{4}-\d{2}-\d{2}T/);
});

test("JSON Feed and the releases index carry the same ids and dates", async () => {
  const release = await one(seed());
  const feed = await buildFeed([release], { site, selfPath: "/feed.json", item: feedItemBuilder(context) });
  const json = jsonFeed(feed);
  assert.equal(json.version, "https://jsonfeed.org/version/1.1");
  assert.equal(json.feed_url, `${SITE_URL}/feed.json`);
  assert.deepEqual(json.items[0]!.tags, ["Schools"]);
  assert.equal("date_modified" in json.items[0]!, false);
  const index = releasesIndex([release], site, topics);
  assert.equal(index.count, 1);
  assert.deepEqual(index.releases[0], {
    ref: "NR2011-31",
    id: json.items[0]!.id,
    title: "A title",
    summary: "The lede.",
    type: "press-release",
    published: "2011-08-09T00:00:00.000+01:00",
    modified: "2011-08-09T00:00:00.000+01:00",
    url: `${SITE_URL}/releases/2011/a-title/`,
    topics: ["schools"],
    areas: [],
  });
});

test("feed links: three for the site, RSS and Atom for a topic", () => {
  assert.deepEqual(feedLinks("/").map((l) => [l.url, l.type]), [
    ["/feed.xml", "application/rss+xml"],
    ["/atom.xml", "application/atom+xml"],
    ["/feed.json", "application/feed+json"],
  ]);
  assert.deepEqual(feedLinks("/topics/schools/").map((l) => l.url), ["/topics/schools/feed.xml", "/topics/schools/atom.xml"]);
});

test("associated resources come after the lede, with their details and absolute links", async () => {
  const release = await one(
    file('title: T\nref: NR2011-2\ndate: 2011-08-09\nsummary: S\nresources:\n  - { title: The report, url: "https://example.org/r.pdf", format: pdf, size: 1.2 MB }\n  - { title: "Data & tables", kind: data }'),
  );
  const html = releaseContentHtml(release, context);
  assert.match(html, /^<p><strong>S<\/strong><\/p>\n<section class="nr-resources" aria-labelledby="resources">/);
  const resources = html.slice(0, html.indexOf("</section>"));
  // The page's words: "Report, PDF, 1.2 MB"; a resource without a link says so.
  assert.equal(words(resources), "S Associated resources The report Report, PDF, 1.2 MB Data &amp; tables Data (not available online)");
  assert.match(resources, /<a class="nr-resources__link" href="https:\/\/example\.org\/r\.pdf">The report<\/a>/);
});

test("a withdrawn release is an updated item, dated its withdrawal, its notice first; the index says when", async () => {
  const withdrawn = await one(seed("\nwithdrawn: { date: 2019-08-22T10:29, explanation: Out of *date*. }"));
  const item = await feedItemBuilder({ ...context, labels: { ...context.labels, withdrawn: "Withdrawn on [DATE]:" } })(withdrawn);
  assert.equal(item.updated, "2019-08-22T10:29:00.000+01:00");
  assert.ok(item.contentHtml.startsWith("<p><strong>Withdrawn on 22 August 2019:</strong></p>\n<p>Out of <em>date</em>.</p>"), item.contentHtml);
  const index = releasesIndex([withdrawn], site, topics);
  assert.equal(index.releases[0]!.withdrawn, "2019-08-22T10:29:00.000+01:00");
  assert.equal(releasesIndex([await one(seed())], site, topics).releases[0]!.withdrawn, undefined);
});

test("a release in Arabic keeps lang and dir on its own words in the feed", async () => {
  const arabic = await one(file("title: T\nref: GOV2024-1\ndate: 2024-01-25\nsummary: ملخص\nlang: ar", "نص"));
  const item = await feedItemBuilder(context)(arabic);
  assert.ok(item.contentHtml.startsWith('<div lang="ar" dir="rtl"><p><strong>ملخص</strong></p></div>'), item.contentHtml);
  assert.match(item.contentHtml, /<div lang="ar" dir="rtl"><p>نص<\/p><\/div>/);
});

test("a release's lead image: the item's image with absolute URL, size and alt, its figure in the content, JSON Feed's image", async () => {
  const release: Release = {
    ...(await one(seed())),
    media: {
      lead: '<figure class="nr-figure nr-figure--lead"><img src="/media/img/h-800.jpeg" srcset="/media/img/h-800.jpeg 800w" alt="Pupils"></figure>',
      gallery: ['<figure class="nr-figure"><img src="/media/img/g-800.jpeg" alt="More"></figure>'],
      social: { url: "/media/img/h-1200.jpeg", width: 1200, height: 800, type: "image/jpeg", bytes: 12345, alt: "Pupils" },
      images: [],
    },
  };
  const item = await feedItemBuilder(context)(release);
  assert.deepEqual(item.image, { url: `${SITE_URL}/media/img/h-1200.jpeg`, type: "image/jpeg", length: 12345, width: 1200, height: 800, alt: "Pupils" });
  assert.match(item.contentHtml, new RegExp(`^<p><strong>The lede\\.</strong></p>\\n<figure class="nr-figure nr-figure--lead"><img src="${SITE_URL}/media/img/h-800\\.jpeg" srcset="${SITE_URL}/media/img/h-800\\.jpeg 800w"`));
  assert.ok(item.contentHtml.indexOf("Body text.") < item.contentHtml.indexOf(`${SITE_URL}/media/img/g-800.jpeg`), "the other images follow the body");
  const json = jsonFeed(await buildFeed([release], { site, selfPath: "/feed.json", item: feedItemBuilder(context) }));
  assert.equal(json.items[0]!.image, `${SITE_URL}/media/img/h-1200.jpeg`);
  assert.equal((await feedItemBuilder(context)(await one(seed()))).image, undefined);
});
