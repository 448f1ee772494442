import assert from "node:assert/strict";
import { test } from "node:test";
import { example, fragment, render } from "../render.ts";

const $ = fragment(await render("notes", example("notes")));

test("notes: a section named by its heading", () => {
  const id = $("section").attr("aria-labelledby");
  assert.equal($(`h2#${id}`).text(), "Notes to editors");
});

test("notes: a numbered list in the release's language, each note with an id to link to and its HTML kept", () => {
  assert.deepEqual({ ...$("ol").attr() }, { class: "nr-notes__list", lang: "ar", dir: "rtl" });
  assert.deepEqual($("ol > li").map((_, li) => $(li).attr("id")).get(), ["note-1", "note-2"]);
  assert.equal($("li#note-1 > p").text(), "Ofsted هي مكتب معايير التعليم.");
  assert.equal($("li#note-2 a").attr("href"), "https://www.gov.uk/ofsted");
});

test("notes: renders nothing without items", async () => {
  assert.equal((await render("notes", {})).trim(), "");
  assert.equal((await render("notes", { heading: "Notes to editors", items: [] })).trim(), "");
});
