import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { createConverter } from "./markdown.ts";
import { NOTES_HEADING, takeNotes } from "./notes.ts";

test("the headings a notes section goes by", () => {
  for (const heading of ["Notes to editors", "Notes for editors:", "Editors’ notes", "Background", "Background information"]) assert.match(heading, NOTES_HEADING, heading);
  assert.doesNotMatch("Background to the policy", NOTES_HEADING);
});

test("a notes section is taken out of the body, one note per list item", () => {
  const $ = load('<p>Body.</p><h2 id="background">Background</h2><ul><li>First.</li><li>Second, <a href="/x">linked</a>.</li></ul>', null, false);
  const taken = takeNotes($, createConverter(new Map()));
  assert.deepEqual(taken?.notes, ["First.", "Second, [linked](https://www.gov.uk/x)."]);
  assert.equal(taken?.heading, "Background");
  assert.equal($.html(), "<p>Body.</p>");
});
