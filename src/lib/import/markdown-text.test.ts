import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeMarkdown, wrap } from "./markdown-text.ts";

test("plain text is escaped so markdown reads it as the same text", () => {
  assert.equal(escapeMarkdown("*a* [b](c) #1 _x_"), "\\*a\\* \\[b\\](c) #1 \\_x\\_");
});

test("long lines wrap under 100 columns, continuation lines indented", () => {
  const lines = wrap("word ".repeat(30).trim(), "- ", "  ").split("\n");
  assert.equal(lines.length, 2);
  assert.ok(lines.every((line) => line.length < 100));
  assert.match(lines[1]!, /^ {2}word/);
});
