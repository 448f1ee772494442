import assert from "node:assert/strict";
import { test } from "node:test";
import { example, fragment, render, words } from "../render.ts";

const $ = fragment(await render("pagination", example("pagination")));

test("pagination: a navigation landmark named by its label, with a link before and one after", () => {
  assert.equal($("nav").attr("aria-label"), "More releases");
  assert.deepEqual($("nav a").map((_, a) => [[$(a).attr("rel"), $(a).attr("href"), words($(a).text())]]).get(), [
    ["prev", "/releases/2011/youth-services-inspections/", "Previous releaseArolygiadau gwasanaethau ieuenctid"],
    ["next", "/releases/2011/councils-commissioning/", "Next releaseCouncils should adopt a more collaborative approach"],
  ]);
});

test("pagination: a title in another language is marked with it", () => {
  assert.deepEqual({ ...$("a[rel=prev] .nr-pagination__title").attr() }, { class: "nr-pagination__title", lang: "cy", dir: "ltr" });
  assert.equal($("a[rel=next] .nr-pagination__title").attr("lang"), undefined);
});

test("pagination: only the link there is, on the first or the last page", async () => {
  const $first = fragment(await render("pagination", { label: "Pages", previous: { text: "Newer releases" }, next: { url: "/releases/page/2/", text: "Older releases" } }));
  assert.deepEqual($first("a").map((_, a) => $first(a).attr("rel")).get(), ["next"]);
  const $last = fragment(await render("pagination", { label: "Pages", previous: { url: "/releases/", text: "Newer releases" } }));
  assert.deepEqual($last("a").map((_, a) => $last(a).attr("rel")).get(), ["prev"]);
});

test("pagination: renders nothing when there is neither a previous nor a next URL", async () => {
  assert.equal((await render("pagination", {})).trim(), "");
  assert.equal((await render("pagination", { label: "Pages", previous: { text: "Newer releases" }, next: { text: "Older releases" } })).trim(), "");
});
