import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { markQuotes } from "./quotes.ts";

const marked = (html: string) => {
  const warnings: string[] = [];
  const $ = load(html, null, false);
  markQuotes($, (field, message) => void warnings.push(`${field}: ${message}`));
  return { quotes: $("blockquote").toArray().map((q) => [$(q).attr("data-speaker"), $(q).attr("data-role")]), warnings };
};

test("'Name, role, said:' marks the blockquotes after it with the speaker and role", () => {
  const { quotes, warnings } = marked("<p>Jane Smith, Chief Executive, said:</p><blockquote><p>One.</p></blockquote><blockquote><p>Two.</p></blockquote>");
  assert.deepEqual(quotes, [["Jane Smith", "Chief Executive"], ["Jane Smith", "Chief Executive"]]);
  assert.deepEqual(warnings, []);
});

test("a blockquote with no speaker before it is a warning saying how to name one", () => {
  const { quotes, warnings } = marked("<p>Background.</p><blockquote><p>Words.</p></blockquote>");
  assert.deepEqual(quotes, [[undefined, undefined]]);
  assert.match(warnings.join("\n"), /has no "Name, role, said:" before it/);
});
