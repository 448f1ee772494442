import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { changedPages, finishRebuild, hashEach, problemsPage, startRebuild } from "./dev-rebuild.ts";

const page = (url: string, text: string) => ({ url, text });

test("a rebuild renders only the pages whose data changed since they were written", async () => {
  const out = mkdtempSync(path.join(os.tmpdir(), "newsroom-dev-rebuild-"));
  startRebuild(true);
  assert.deepEqual(changedPages([page("/a/", "one"), page("/b/", "two")]).map((p) => p.url), ["/a/", "/b/"]);
  await finishRebuild(out);

  startRebuild(false);
  assert.deepEqual(changedPages([page("/a/", "one"), page("/b/", "two, edited")]).map((p) => p.url), ["/b/"]);
  await finishRebuild(out);

  // Nothing changed: nothing to render.
  startRebuild(false);
  assert.deepEqual(changedPages([page("/a/", "one"), page("/b/", "two, edited")]), []);
  await finishRebuild(out);

  // A change outside the releases (a template, say) renders everything again.
  startRebuild(true);
  assert.equal(changedPages([page("/a/", "one"), page("/b/", "two, edited")]).length, 2);
  await finishRebuild(out);
});

test("a rebuild that is not finished (Eleventy failed) renders its pages again next time", async () => {
  const out = mkdtempSync(path.join(os.tmpdir(), "newsroom-dev-rebuild-"));
  startRebuild(true);
  changedPages([page("/a/", "one")]);
  await finishRebuild(out);
  startRebuild(false);
  assert.equal(changedPages([page("/a/", "one, edited")]).length, 1);
  // no finishRebuild: the build stopped before writing
  startRebuild(false);
  assert.equal(changedPages([page("/a/", "one, edited")]).length, 1);
});

test("a page no list holds any more is removed from the output, as a full build would leave it out", async () => {
  const out = mkdtempSync(path.join(os.tmpdir(), "newsroom-dev-rebuild-"));
  for (const url of ["/releases/2011/old-slug/", "/releases/2011/kept/"]) {
    mkdirSync(path.join(out, url), { recursive: true });
    writeFileSync(path.join(out, url, "index.html"), "<p>page</p>");
  }
  startRebuild(true);
  changedPages([page("/releases/2011/old-slug/", "x"), page("/releases/2011/kept/", "y")]);
  await finishRebuild(out);
  startRebuild(false);
  changedPages([page("/releases/2011/new-slug/", "x"), page("/releases/2011/kept/", "y")]);
  assert.deepEqual(await finishRebuild(out), ["/releases/2011/old-slug/"]);
  assert.equal(existsSync(path.join(out, "/releases/2011/old-slug/index.html")), false);
  assert.equal(existsSync(path.join(out, "/releases/2011/kept/index.html")), true);
});

test("a page holding a shared object changes when that object does, whichever page holds it", async () => {
  const out = mkdtempSync(path.join(os.tmpdir(), "newsroom-dev-rebuild-"));
  const release = { url: "/releases/2011/r/", title: "First" };
  const listing = { url: "/releases/", items: [release] };
  startRebuild(true);
  changedPages([release, listing], hashEach([release]));
  await finishRebuild(out);
  const edited = { ...release, title: "Second" };
  startRebuild(false);
  const changed = changedPages([edited, { ...listing, items: [edited] }], hashEach([edited]));
  assert.deepEqual(changed.map((p) => p.url), ["/releases/2011/r/", "/releases/"]);
  await finishRebuild(out);
  // With a revision (the loader's, per file), the release itself is not turned to JSON: only
  // what the revision does not cover (here `previous`) is compared.
  const x = { url: "/x/", title: "A", previous: "p" };
  const y = { url: "/x/", title: "B", previous: "p" };
  const z = { url: "/x/", title: "A", previous: "q" };
  const hashes = hashEach([x, y, z], () => 7, (r) => r.previous);
  assert.equal(hashes.get(x), hashes.get(y));
  assert.notEqual(hashes.get(x), hashes.get(z));
  const unrevised = hashEach([x, y]);
  assert.notEqual(unrevised.get(x), unrevised.get(y));
});

test("the problems page names each file, field and reason, escaped", () => {
  const html = problemsPage([{ file: "src/releases/2011/a.md", field: "date", reason: 'is "<not>" a date' }]);
  assert.match(html, /<title>Not rebuilt: 1 problem in the releases<\/title>/);
  assert.match(html, /<code>src\/releases\/2011\/a\.md<\/code>: <strong>date<\/strong> is &quot;&lt;not&gt;&quot; a date/);
  assert.match(html, /<\/body><\/html>$/);
});
