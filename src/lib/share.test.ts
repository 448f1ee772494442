import { test } from "node:test";
import assert from "node:assert/strict";
import { shareLinks } from "./share.ts";

test("share links carry the title and URL encoded", () => {
  const links = shareLinks("Rosen & co: ‘youth’", "https://news.example.org/releases/2011/x/");
  assert.deepEqual(links.map((l) => l.network), ["email", "x", "linkedin", "facebook"]);
  assert.equal(links[0]!.href, "mailto:?subject=Rosen%20%26%20co%3A%20%E2%80%98youth%E2%80%99&body=https%3A%2F%2Fnews.example.org%2Freleases%2F2011%2Fx%2F");
  assert.ok(links.slice(1).every((l) => l.href.startsWith("https://") && l.href.includes("news.example.org%2Freleases%2F2011%2Fx%2F")));
});
