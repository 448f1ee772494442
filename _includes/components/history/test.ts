import assert from "node:assert/strict";
import { test } from "node:test";
import { example, fragment, render, words } from "../render.ts";

const $ = fragment(await render("history", example("history")));

test("history: a section named by its heading, whose id the release's 'see changes' link targets", () => {
  assert.equal($("section").attr("aria-labelledby"), "history");
  assert.equal($("h2#history").text(), "Full page history");
});

test("history: each change with its date, newest first, then the first publication", () => {
  assert.deepEqual($("ol > li").map((_, li) => words($(li).text())).get(), [
    "1 October 2011 Corrected the number of areas visited from 14 to 12.",
    "20 September 2011 First published.",
  ]);
  assert.deepEqual($("li time").map((_, t) => $(t).attr("datetime")).get(), ["2011-10-01T00:00:00.000+01:00", "2011-09-20T00:00:00.000+01:00"]);
});

test("history: renders nothing without changes", async () => {
  assert.equal((await render("history", {})).trim(), "");
  const { items: _, ...withoutChanges } = example("history");
  assert.equal((await render("history", { ...withoutChanges, items: [] })).trim(), "");
});
