import assert from "node:assert/strict";
import { test } from "node:test";
import sharp from "sharp";
import type { ImportWarning, Warn } from "../warnings.ts";
import { imageName, type LeadImage, placeLeadImage } from "./lead-image.ts";

const jpeg = (width: number, height = Math.round((width * 2) / 3)) =>
  sharp({ create: { width, height, channels: 3, background: "#4a7" } }).jpeg().toBuffer().then((b) => new Uint8Array(b));

const image: LeadImage = {
  field: "details.images[0]",
  url: "https://assets.publishing.service.gov.uk/media/1/s960_Christmas.jpg",
  name: "Christmas.jpg",
  alt: "Christmas",
  caption: "The tree at Number 10.",
  credit: "Number 10 elf",
};

async function place(bytes: Uint8Array | undefined, lead: LeadImage = image) {
  const warnings: ImportWarning[] = [];
  const warn: Warn = (field, message) => void warnings.push({ field, message });
  const obtained = bytes ? { ok: true as const, bytes, from: "test" } : { ok: false as const, reason: "no Christmas.jpg in /images" };
  const placed = await placeLeadImage(lead, obtained, "GOV2016-1", warn);
  return { ...placed, warnings: warnings.map((w) => `${w.field}: ${w.message}`) };
}

test("GOV.UK's file names without their size prefix", () => {
  assert.equal(imageName("https://assets.publishing.service.gov.uk/media/1/s960_Christmas.jpg"), "Christmas.jpg");
  assert.equal(imageName("https://example.org/a/s712_Two%20words%20(1).jpg"), "Two-words-1-.jpg");
});

test("1200 pixels wide or more: the lead image, with alt text, caption and credit, and no warning", async () => {
  const placed = await place(await jpeg(1200));
  assert.deepEqual(placed.images, [{ file: "GOV2016-1/Christmas.jpg", alt: "Christmas", caption: "The tree at Number 10.", credit: "Number 10 elf", lead: true }]);
  assert.equal(placed.bodyStart, "");
  assert.deepEqual(placed.resources, []);
  assert.equal(placed.file?.path, "GOV2016-1/Christmas.jpg");
  assert.deepEqual(placed.warnings, []);
});

test("GOV.UK's 960 pixels: the first image, placed at the top of the text, with a warning saying why", async () => {
  const placed = await place(await jpeg(960));
  assert.deepEqual(placed.images, [{ file: "GOV2016-1/Christmas.jpg", alt: "Christmas", caption: "The tree at Number 10.", credit: "Number 10 elf" }]);
  assert.equal(placed.bodyStart, "![](Christmas.jpg)\n\n");
  assert.match(placed.warnings.join("\n"), /^details\.images\[0\]: the lead image is 960 pixels wide, less than the 1200 a lead image needs/);
});

test("narrower than 800: attached as a file under resources", async () => {
  const placed = await place(await jpeg(465));
  assert.deepEqual(placed.images, []);
  assert.deepEqual(placed.resources, [{ title: "Lead image: The tree at Number 10. (credit: Number 10 elf)", file: "GOV2016-1/Christmas.jpg", kind: "other" }]);
  assert.match(placed.warnings.join("\n"), /465 pixels wide, narrower than the 800/);
});

test("no alt text: decorative, as GOV.UK shows it, with a warning on alt_text", async () => {
  const placed = await place(await jpeg(1200), { ...image, alt: undefined });
  assert.deepEqual(placed.images, [{ file: "GOV2016-1/Christmas.jpg", decorative: true, caption: "The tree at Number 10.", credit: "Number 10 elf", lead: true }]);
  assert.match(placed.warnings.join("\n"), /^details\.images\[0\]\.alt_text: is empty: the image was imported as decorative/);
});

test("no file, or a file that is not an image: a resource linking to GOV.UK's copy, and a warning naming the field", async () => {
  const missing = await place(undefined);
  assert.deepEqual(missing.images, []);
  assert.equal(missing.file, undefined);
  assert.deepEqual(missing.resources, [{ title: "Lead image: The tree at Number 10. (credit: Number 10 elf)", url: image.url, kind: "other" }]);
  assert.match(missing.warnings.join("\n"), /^details\.images\[0\]: the lead image https:\/\/assets\.publishing\.service\.gov\.uk\/media\/1\/s960_Christmas\.jpg was not imported \(no Christmas\.jpg in \/images\)/);
  const html = await place(new TextEncoder().encode("<!doctype html><p>Not found</p>"));
  assert.deepEqual(html.resources.map((r) => r.url), [image.url]);
  assert.match(html.warnings.join("\n"), /is not a JPEG, PNG or WebP image/);
});
