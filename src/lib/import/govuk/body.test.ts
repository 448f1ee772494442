import assert from "node:assert/strict";
import { test } from "node:test";
import { convertBody } from "./body.ts";

test("a body's quote, notes and contacts are taken out of it, and each move is said", () => {
  const warnings: string[] = [];
  const converted = convertBody(
    '<p>Jane Smith, Chief Executive, said:</p><blockquote><p>We are pleased.</p></blockquote><h2 id="notes-to-editors">Notes to editors</h2><ol><li>Note one.</li><li>Note two.</li></ol>',
    (field, message) => void warnings.push(`${field}: ${message}`),
  );
  assert.equal(converted.body, "Jane Smith, Chief Executive, said:\n\n> We are pleased.\n>\n> — Jane Smith, Chief Executive");
  assert.deepEqual(converted.notes, ["Note one.", "Note two."]);
  assert.deepEqual(converted.contacts, []);
  assert.deepEqual(warnings, ['details.body: the section "Notes to editors" became the notes to editors (2); the page heads them "Notes to editors"']);
});
