import assert from "node:assert/strict";
import { test } from "node:test";
import { example, fragment, render, words } from "../render.ts";

const $ = fragment(await render("breadcrumbs", example("breadcrumbs")));

test("breadcrumbs: a navigation landmark named by its label, listing the trail in order", () => {
  assert.equal($("nav").attr("aria-label"), "Breadcrumb");
  assert.deepEqual($("nav > ol > li").map((_, li) => words($(li).text())).get(), ["Home", "Releases", "2011", "على المجالس اعتماد نهج أكثر تعاوناً"]);
});

test("breadcrumbs: every page but the current one is a link; the current one is marked and in its own language", () => {
  assert.deepEqual($("li a").map((_, a) => $(a).attr("href")).get(), ["/", "/releases/", "/releases/2011/"]);
  const current = $("li").last();
  assert.equal(current.find("a").length, 0);
  assert.deepEqual({ ...current.find("span").attr() }, { "aria-current": "page", lang: "ar", dir: "rtl" });
});

test("breadcrumbs: titles are escaped, as the site's Nunjucks autoescapes", async () => {
  const $escaped = fragment(await render("breadcrumbs", { label: "Breadcrumb", items: [{ title: "<b>Home</b>", url: "/" }] }));
  assert.equal($escaped("b").length, 0);
  assert.equal($escaped("a").text(), "<b>Home</b>");
});

test("breadcrumbs: renders nothing without items", async () => {
  assert.equal((await render("breadcrumbs", {})).trim(), "");
  assert.equal((await render("breadcrumbs", { label: "Breadcrumb", items: [] })).trim(), "");
});
