import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { firstResultScript, searchUnavailable } from "./search-timing.ts";

test("the search step says why a site cannot be searched", async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), "search-timing-test-"));
  try {
    assert.equal(searchUnavailable(root), "the site has no /search/ page");
    await mkdir(path.join(root, "search"));
    await writeFile(path.join(root, "search", "index.html"), "<form action=/search/></form>");
    assert.equal(searchUnavailable(root), "/search/ does not load Pagefind");
    await writeFile(path.join(root, "search", "index.html"), '<script src="/pagefind/pagefind-component-ui.js" defer></script>');
    assert.equal(searchUnavailable(root), "the build wrote no pagefind/ index");
    await mkdir(path.join(root, "pagefind"));
    assert.equal(searchUnavailable(root), undefined);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test("the in-page script quotes its selector safely", () => {
  const script = firstResultScript('.a, [data-x="y"]');
  assert.ok(script.includes(JSON.stringify('.a, [data-x="y"]')));
  assert.doesNotThrow(() => new Function(script));
});
