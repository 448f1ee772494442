import assert from "node:assert/strict";
import { test } from "node:test";
import { missingWords, wordsOf } from "./words.ts";

test("words are counted across markup, case and punctuation, never glued across blocks", () => {
  assert.deepEqual([...wordsOf("<p>Schools, schools</p><p>and</p>")], [["schools", 2], ["and", 1]]);
  assert.deepEqual(missingWords("<p>one</p><p>two two</p>", "<div>One two</div>"), ["two (1 missing)"]);
  assert.deepEqual(missingWords("<p>Café</p>", "<p>café!</p>"), []);
});
