import assert from "node:assert/strict";
import { test } from "node:test";
import { example, fragment, render, words } from "../render.ts";

const $ = fragment(await render("withdrawn-notice", example("withdrawn-notice")));

test("withdrawnNotice: a section named by its heading, which says when, in a machine-readable date", () => {
  const id = $("section").attr("aria-labelledby");
  assert.equal(words($(`h2#${id}`).text()), "This release was withdrawn on 10 January 2012");
  assert.equal($("h2 time").attr("datetime"), "2012-01-10T00:00:00.000+00:00");
});

test("withdrawnNotice: says why, its HTML kept", () => {
  assert.equal(words($(".nr-notice__body").text()), "This release has been replaced by the 2012 findings.");
  assert.equal($(".nr-notice__body a").attr("href"), "/releases/2012/youth-work/");
});

test("withdrawnNotice: renders nothing without a date", async () => {
  assert.equal((await render("withdrawn-notice", {})).trim(), "");
  assert.equal((await render("withdrawn-notice", { heading: "This release was withdrawn on [DATE]", html: "<p>Replaced.</p>" })).trim(), "");
});
