import { test } from "node:test";
import assert from "node:assert/strict";
import matter from "gray-matter";
import { splitFrontMatter } from "./front-matter.ts";

// Where gray-matter itself splits each text: the split must be the same, byte for byte.
const SAMPLES: Record<string, string> = {
  "a release": "---\ntitle: T\nref: NR2011-31\n---\nBody text.\n",
  "a byte-order mark": "\uFEFF---\ntitle: T\n---\nBody.\n",
  "Windows line ends": "---\r\ntitle: T\r\n---\r\nBody.\r\n",
  "no front matter": "Just a body.\n",
  "a longer run of dashes": "----\ntitle: T\n----\nBody.\n",
  "a yaml marker": "---yaml\ntitle: T\n---\nBody.\n",
  "a marker with spaces": "--- YAML \ntitle: T\n---\nBody.\n",
  "no closing delimiter": "---\ntitle: T\nBody.\n",
  "empty front matter": "---\n---\nBody.\n",
  "only comments": "---\n# a comment\n  # another\n---\nBody.\n",
  "a closing line with more after it": "---\ntitle: T\n---more\nBody.\n",
  "blank lines before the body": "---\ntitle: T\n---\n\n\nBody.\n",
  "front matter at the end of the file": "---\ntitle: T\n---",
  "a delimiter inside the body": "---\ntitle: T\n---\nBody.\n---\nMore.\n",
};

for (const [name, text] of Object.entries(SAMPLES)) {
  test(`front matter is split where gray-matter splits it: ${name}`, () => {
    const theirs = matter(text, { engines: { yaml: { parse: () => ({}) } } });
    const ours = splitFrontMatter(text);
    assert.equal(ours.body, theirs.content, "body");
    const blank = theirs.matter.replace(/^\s*#[^\n]+/gm, "").trim() === "";
    assert.equal(ours.matter, blank ? undefined : theirs.matter, "front matter");
  });
}

test("the word after the opening delimiter is returned as the language, trimmed", () => {
  assert.equal(splitFrontMatter("---js\n{ title: 'T' }\n---\nBody.\n").language, "js");
  assert.equal(splitFrontMatter("--- YAML \ntitle: T\n---\nBody.\n").language, "YAML");
  assert.equal(splitFrontMatter("---\ntitle: T\n---\nBody.\n").language, "");
});
