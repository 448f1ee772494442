import { test } from "node:test";
import assert from "node:assert/strict";
import { mediaPages } from "./media-library.ts";
import type { Release } from "./release-loader.ts";

const renditions = { jpeg: [{ url: "/media/img/h-400.jpeg", outputPath: "x", width: 400, height: 300, format: "jpeg", sourceType: "image/jpeg", size: 1 }] };

function release(ref: string, names: string[]): Release {
  const images = names.map((name) => ({
    file: name, name, alt: `Alt ${name}`, decorative: false, lead: false, source: name, download: `/media/${ref}/${name}`,
    format: "JPEG" as const, width: 4000, height: 3000, bytes: 3_200_000,
  }));
  return {
    title: ref, ref, date: "2011-01-01", summary: "S", type: "press-release", topics: [], areas: [], images, placedImages: [], resources: [],
    notes: [], related: [], draft: false, updated: [], file: `${ref}.md`, slug: ref, year: 2011, url: `/releases/2011/${ref}/`,
    published: "2011-01-01T00:00:00.000+00:00", modified: "2011-01-01T00:00:00.000+00:00", history: [], html: "", notesHtml: [], mediaContacts: [], withdrawnHtml: undefined, formerGovernment: undefined, dir: "ltr", political: false,
    media: { lead: undefined, gallery: [], social: undefined, images: images.map((image) => ({ image, renditions })) },
  };
}

test("every image in release order, in pages, with its release, download and details", () => {
  const pages = mediaPages([release("b", ["1.jpg", "2.jpg"]), release("a", ["3.jpg"])], 2, { pixels: "pixels" });
  assert.deepEqual(pages.map((p) => [p.url, p.items.map((i) => i.download), p.previousUrl, p.nextUrl]), [
    ["/media/", ["/media/b/1.jpg", "/media/b/2.jpg"], undefined, "/media/page/2/"],
    ["/media/page/2/", ["/media/a/3.jpg"], "/media/", undefined],
  ]);
  assert.equal(pages[0]!.items[0]!.details, "(JPEG, 4000 × 3000 pixels, 3.2 MB)");
  assert.equal(pages[0]!.items[0]!.release.url, "/releases/2011/b/");
  // The first picture of each page is fetched at once, the rest lazily.
  assert.match(pages[0]!.items[0]!.picture, /fetchpriority="high"/);
  assert.match(pages[0]!.items[1]!.picture, /loading="lazy"/);
});

test("no images: one empty page", () => {
  assert.deepEqual(mediaPages([release("a", [])], 20, { pixels: "pixels" }).map((p) => [p.url, p.items.length, p.totalPages]), [["/media/", 0, 1]]);
});
