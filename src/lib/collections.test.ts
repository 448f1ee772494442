import { test } from "node:test";
import assert from "node:assert/strict";
import { buildNewsroom, newestFirst, paginate } from "./collections.ts";
import { pagePath } from "./urls.ts";
import type { Release } from "./release-loader.ts";

const topics = [
  { slug: "schools", title: "Schools", description: "S" },
  { slug: "early-years", title: "Early years", description: "E" },
];

function release(n: number, published: string, topicSlugs: string[] = []): Release {
  return {
    title: `Release ${n}`, ref: `NR-${n}`, date: published, summary: "S", type: "press-release", topics: topicSlugs, areas: [],
    images: [], placedImages: [], resources: [], notes: [], related: [], draft: false, updated: [], file: `${n}.md`, slug: `r${n}`,
    year: Number(published.slice(0, 4)), url: `/releases/${published.slice(0, 4)}/r${n}/`, published, modified: published,
    history: [], html: "", notesHtml: [], mediaContacts: [], political: false, withdrawnHtml: undefined, formerGovernment: undefined, dir: "ltr",
  };
}

test("newest first, ties broken by ref so order never depends on files", () => {
  const sorted = newestFirst([release(1, "2011-01-01T00:00:00.000+00:00"), release(3, "2012-01-01T00:00:00.000+00:00"), release(2, "2011-01-01T00:00:00.000+00:00")]);
  assert.deepEqual(sorted.map((r) => r.ref), ["NR-3", "NR-2", "NR-1"]);
});

test("pages of 20, with links between them", () => {
  const items = Array.from({ length: 45 }, (_, i) => ({ ...release(i, "2011-01-01T00:00:00.000+00:00"), previous: undefined, next: undefined }));
  const pages = paginate({ key: "archive", heading: "All", baseUrl: "/releases/", items }, 20);
  assert.deepEqual(pages.map((p) => [p.url, p.items.length, p.previousUrl, p.nextUrl]), [
    ["/releases/", 20, undefined, "/releases/page/2/"],
    ["/releases/page/2/", 20, "/releases/", "/releases/page/3/"],
    ["/releases/page/3/", 5, "/releases/page/2/", undefined],
  ]);
  assert.equal(pagePath("/topics/schools/", 2), "/topics/schools/page/2/");
});

test("an empty listing still has its one page", () => {
  const pages = paginate({ key: "schools", heading: "Schools", baseUrl: "/topics/schools/", items: [] }, 20);
  assert.equal(pages.length, 1);
  assert.equal(pages[0]!.totalItems, 0);
});

test("years, topics and neighbours come from the published releases", () => {
  const site = buildNewsroom(
    [release(1, "2011-08-09T00:00:00.000+01:00", ["schools"]), release(2, "2012-01-05T00:00:00.000+00:00", ["schools", "early-years"]), release(3, "2011-09-01T00:00:00.000+01:00")],
    topics,
    { pageSize: 20, latestCount: 2 },
  );
  assert.deepEqual(site.published.map((r) => r.ref), ["NR-2", "NR-3", "NR-1"]);
  assert.deepEqual(site.latest.map((r) => r.ref), ["NR-2", "NR-3"]);
  assert.deepEqual(site.years, [{ year: 2012, url: "/releases/2012/", count: 1 }, { year: 2011, url: "/releases/2011/", count: 2 }]);
  assert.deepEqual(site.topics.map((t) => [t.slug, t.count]), [["schools", 2], ["early-years", 1]]);
  assert.deepEqual(site.yearPages.map((p) => [p.url, p.items.map((r) => r.ref)]), [["/releases/2012/", ["NR-2"]], ["/releases/2011/", ["NR-3", "NR-1"]]]);
  const middle = site.published[1]!;
  assert.deepEqual([middle.previous?.title, middle.next?.title], ["Release 1", "Release 2"]);
  assert.equal(site.published[0]!.next, undefined);
  assert.equal(site.published[2]!.previous, undefined);
});
