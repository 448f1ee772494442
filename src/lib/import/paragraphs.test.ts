import { test } from "node:test";
import assert from "node:assert/strict";
import { parseDateLine } from "./paragraphs.ts";

test("date lines in the forms an archive has", () => {
  for (const line of ["09 Aug 2011", "9 August 2011", "9 aug 2011", "Tuesday 9 August 2011", "Tuesday, 9th August 2011", "August 9, 2011", "Published: 9 August 2011", "09/08/2011"]) {
    assert.equal(parseDateLine(line), "2011-08-09", line);
  }
  assert.equal(parseDateLine("5 Sept 2013"), "2013-09-05");
  assert.equal(parseDateLine("31 Feb 2011"), null);
  assert.equal(parseDateLine("Inspectors visited 12 areas"), null);
});
