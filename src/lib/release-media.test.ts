import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { publishedFiles } from "./media-files.ts";
import { loadReleases } from "./release-loader.ts";
import { testRules } from "./testing/rules.ts";
import { withMedia } from "./release-media.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "newsroom-media-"));
const cache = path.join(dir, "cache");
process.env.IMAGE_CACHE_DIR = cache;
mkdirSync(path.join(dir, "releases", "NR2011-31"), { recursive: true });
const flat = (width: number, colour: string) => sharp({ create: { width, height: width / 2, channels: 3, background: colour } }).jpeg();
await flat(1200, "#336699").toFile(path.join(dir, "releases", "NR2011-31", "lead.jpg"));
await flat(800, "#993366").toFile(path.join(dir, "releases", "NR2011-31", "chart.jpg"));
await flat(800, "#669933").toFile(path.join(dir, "releases", "NR2011-31", "more.jpg"));
writeFileSync(path.join(dir, "releases", "NR2011-31", "data.csv"), "a,b\n");
writeFileSync(
  path.join(dir, "releases", "a.md"),
  `---
title: A title
ref: NR2011-31
date: 2011-08-09
summary: The lede.
images:
  - { file: NR2011-31/lead.jpg, alt: The lead, lead: true }
  - { file: NR2011-31/chart.jpg, alt: The chart }
  - { file: NR2011-31/more.jpg, decorative: true }
resources:
  - { title: The data, file: NR2011-31/data.csv, kind: data }
---
Before.

![](chart.jpg)

After.
`,
);
const labels = { credit: "Credit:", licence: "Licence:", download: "Download original", pixels: "pixels" };

test("the lead, the placed image and the rest each go in their place; the social image is the lead's widest JPEG", async () => {
  const [release] = await withMedia(await loadReleases(path.join(dir, "releases"), testRules), labels);
  const media = release!.media!;
  assert.match(media.lead!, /^<figure class="nr-figure nr-figure--lead">[\s\S]*alt="The lead" fetchpriority="high"/);
  assert.match(release!.html, /^<p>Before\.<\/p>\n<figure class="nr-figure">[\s\S]*alt="The chart" loading="lazy"[\s\S]*<\/figure>\n\n<p>After\.<\/p>/);
  assert.equal(media.gallery.length, 1);
  assert.match(media.gallery[0]!, /alt="" loading="lazy"/);
  assert.deepEqual({ ...media.social, url: media.social!.url.replace(/[\w-]+-1200/, "H-1200") }, { url: "/media/img/H-1200.jpeg", width: 1200, height: 600, type: "image/jpeg", bytes: media.social!.bytes, alt: "The lead" });
  const files = publishedFiles();
  for (const name of ["lead.jpg", "chart.jpg", "more.jpg", "data.csv"]) assert.ok(files.has(`/media/nr2011-31/${name}`), name);
  // Renditions: 3 formats at 400, 800 and 1200 of the lead, at 400 and 800 of the others.
  assert.equal([...files.keys()].filter((f) => f.startsWith("/media/img/")).length, 9 + 6 + 6);
});

test("processing the same images again in one process (a dev-server rebuild) encodes nothing", async () => {
  const times = () => new Map(readdirSync(cache).map((f) => [f, statSync(path.join(cache, f)).mtimeMs]));
  const before = times();
  assert.equal(before.size, 21);
  await withMedia(await loadReleases(path.join(dir, "releases"), testRules), labels);
  assert.deepEqual(times(), before);
});
