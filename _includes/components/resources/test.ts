import assert from "node:assert/strict";
import { test } from "node:test";
import { example, fragment, render, words } from "../render.ts";

const $ = fragment(await render("resources", example("resources")));

test("resources: a section named by its heading", () => {
  const id = $("section").attr("aria-labelledby");
  assert.equal($(`h2#${id}`).text(), "Associated resources");
});

test("resources: each document's title (a link when online), kind, format in capitals and size; one not online says so", () => {
  assert.deepEqual($("section li").map((_, li) => words($(li).text())).get(), [
    "Youth services commissioning Report, PDF, 1.2 MB",
    "Survey responses Data, CSV (not available online)",
  ]);
  assert.deepEqual($("section li a").map((_, a) => $(a).attr("href")).get(), ["https://www.gov.uk/government/publications/youth-services-commissioning"]);
});

test("resources: renders nothing without items", async () => {
  assert.equal((await render("resources", {})).trim(), "");
  assert.equal((await render("resources", { heading: "Associated resources", noLink: "Not available online", items: [] })).trim(), "");
});
