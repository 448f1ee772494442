import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { compressedSizes, fileForUrl, findPageTypes, pageResources, weighPage } from "./page-weight.ts";

const PAGE = `<!doctype html><html><head>
<link rel="stylesheet" href="/assets/site.css">
<link rel="stylesheet" href="/print.css" media="print">
<link rel="icon" href="/favicon.svg">
<link rel="preload stylesheet" href="/extra.css">
<script type="application/ld+json">{"@type":"NewsArticle"}</script>
<script src="/blocking.js"></script>
<script src="/deferred.js" defer></script>
<script src="/module.js" type="module"></script>
</head><body><script>var inline = 1;</script><script src="/async.js" async></script></body></html>`;

test("render-blocking stylesheets and scripts, and all JavaScript, are read from the markup", () => {
  const resources = pageResources(PAGE);
  assert.deepEqual(resources.stylesheets, ["/assets/site.css", "/extra.css"]);
  assert.deepEqual(resources.blockingScripts, ["/blocking.js"]);
  assert.deepEqual(resources.scripts, ["/blocking.js", "/deferred.js", "/module.js", "/async.js"]);
  assert.equal(resources.inlineScriptBytes, "var inline = 1;".length, "JSON-LD is data, not JavaScript");
});

test("a page without scripts has no JavaScript", () => {
  const resources = pageResources('<html><head><link rel="stylesheet" href="/a.css"><script type="application/ld+json">{}</script></head></html>');
  assert.deepEqual(resources.scripts, []);
  assert.equal(resources.inlineScriptBytes, 0);
});

test("site URLs map to built files; other origins to nothing", () => {
  assert.equal(fileForUrl("/site", "/releases/2011/x/"), "/site/releases/2011/x/index.html");
  assert.equal(fileForUrl("/site", "/assets/a.css?v=1"), "/site/assets/a.css");
  assert.equal(fileForUrl("/site", "https://cdn.example.org/a.css"), undefined);
  assert.equal(fileForUrl("/site", "//cdn.example.org/a.css"), undefined);
});

test("compression shrinks repetitive text, brotli at least as well as gzip here", () => {
  const sizes = compressedSizes(Buffer.from("<p>press release</p>\n".repeat(500)));
  assert.equal(sizes.raw, 21 * 500);
  assert.ok(sizes.gzip < sizes.raw / 10);
  assert.ok(sizes.brotli <= sizes.gzip);
});

test("a page's first visit is its HTML plus its stylesheet; page types are found in a built folder", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "page-weight-test-"));
  try {
    await mkdir(path.join(root, "assets"));
    await mkdir(path.join(root, "releases", "2011", "long-one"), { recursive: true });
    await mkdir(path.join(root, "releases", "2011", "short"), { recursive: true });
    await writeFile(path.join(root, "assets", "site.css"), "body { color: black }\n".repeat(50));
    const html = (extra: string) => `<html><head><link rel="stylesheet" href="/assets/site.css"></head><body>${extra}</body></html>`;
    await writeFile(path.join(root, "index.html"), html(""));
    await writeFile(path.join(root, "releases", "2011", "index.html"), html(""));
    await writeFile(path.join(root, "releases", "2011", "long-one", "index.html"), html("<p>words</p>".repeat(100)));
    await writeFile(path.join(root, "releases", "2011", "short", "index.html"), html("<p>words</p>"));
    const types = await findPageTypes(root);
    assert.deepEqual(types, { home: "/", year: "/releases/2011/", release: "/releases/2011/long-one/" });
    const weight = await weighPage(root, "release", types.release!);
    assert.equal(weight.firstVisit.raw, weight.html.raw + 50 * 22);
    assert.equal(weight.javascript.raw, 0);
    assert.deepEqual(weight.uncounted, []);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
