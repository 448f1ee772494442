import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { formatBytes, inspectFiles } from "./release-files.ts";
import { imageSchema, resourceSchema } from "./release-schema.ts";

const root = mkdtempSync(path.join(os.tmpdir(), "newsroom-files-"));
const releases = path.join(root, "releases");
const release = path.join(releases, "2011", "NR2011-31-x.md");
mkdirSync(path.join(releases, "2011", "NR2011-31"), { recursive: true });
const flat = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: "#336699" } });
await flat(1600, 900).jpeg().toFile(path.join(releases, "2011", "NR2011-31", "photo.jpg"));
await flat(900, 1600).png().toFile(path.join(releases, "2011", "NR2011-31", "chart.png"));
await flat(1600, 900).jpeg().toFile(path.join(root, "elsewhere.jpg"));
symlinkSync(path.join(root, "elsewhere.jpg"), path.join(releases, "2011", "NR2011-31", "link.jpg"));
writeFileSync(path.join(releases, "2011", "NR2011-31", "data.csv"), "a,b\n".repeat(1000));
writeFileSync(path.join(releases, "2011", "NR2011-31", "README"), "no extension");

const image = (fields: Record<string, unknown>) => imageSchema.parse({ alt: "A", ...fields });
const resource = (fields: Record<string, unknown>) => resourceSchema.parse({ title: "R", ...fields });

test("an image's format, pixel size and bytes come from its file; its download path from the ref and name", async () => {
  const { images, problems } = await inspectFiles(release, { ref: "NR2011-31", images: [image({ file: "NR2011-31/photo.jpg", lead: true }), image({ file: "NR2011-31/chart.png" })], resources: [] }, releases);
  assert.deepEqual(problems, []);
  assert.deepEqual(images.map((i) => [i.name, i.format, i.width, i.height, i.download]), [
    ["photo.jpg", "JPEG", 1600, 900, "/media/nr2011-31/photo.jpg"],
    ["chart.png", "PNG", 900, 1600, "/media/nr2011-31/chart.png"],
  ]);
  assert.ok(images[0]!.bytes > 0);
});

test("a local resource gets its url, format and size from the file", async () => {
  const { resources, problems } = await inspectFiles(release, { ref: "NR2011-31", images: [], resources: [resource({ file: "NR2011-31/data.csv", kind: "data" }), resource({ url: "https://example.org/r.pdf" })] }, releases);
  assert.deepEqual(problems, []);
  assert.deepEqual(resources.map((r) => [r.url, r.format, r.size]), [
    ["/media/nr2011-31/data.csv", "CSV", "4 KB"],
    ["https://example.org/r.pdf", undefined, undefined],
  ]);
});

test("missing, too small, a symbolic link out of the folder, and no extension are each named by field", async () => {
  const { problems } = await inspectFiles(
    release,
    {
      ref: "NR2011-31",
      images: [image({ file: "NR2011-31/none.jpg" }), image({ file: "NR2011-31/chart.png", lead: true }), image({ file: "NR2011-31/link.jpg" })],
      resources: [resource({ file: "NR2011-31/README" })],
    },
    releases,
  );
  assert.deepEqual(problems, [
    { field: "images[0].file", reason: '"NR2011-31/none.jpg" does not exist (paths are relative to the release file\'s folder)' },
    { field: "images[1].file", reason: '"NR2011-31/chart.png" is 900 pixels wide; a lead image needs at least 1200' },
    { field: "images[2].file", reason: '"NR2011-31/link.jpg" leads outside the releases folder' },
    { field: "resources[0].file", reason: '"NR2011-31/README" has no file extension (such as .pdf) to tell readers its format' },
  ]);
});

test("sizes read as a file manager shows them", () => {
  assert.deepEqual([formatBytes(10), formatBytes(640_000), formatBytes(3_200_000), formatBytes(1_500_000_000)], ["1 KB", "640 KB", "3.2 MB", "1.5 GB"]);
});
