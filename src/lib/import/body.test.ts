import assert from "node:assert/strict";
import { test } from "node:test";
import { bodyBlocks } from "./body.ts";
import { joinBlocks } from "./markdown-text.ts";
import { paragraphs } from "./paragraphs.ts";

const body = (text: string) => {
  const warnings: string[] = [];
  const markdown = joinBlocks(bodyBlocks(paragraphs(text), (t) => t, (field, message) => void warnings.push(`${field}: ${message}`)));
  return { markdown, warnings };
};

test("'Name, role, said:' and the quoted paragraphs after it become a quote with its speaker; the words introducing it stay", () => {
  const { markdown, warnings } = body("Miriam Rosen, Her Majesty’s Chief Inspector, said:\n\n‘One.\n\n‘Two.’\n\nAfter.");
  assert.equal(markdown, "Miriam Rosen, Her Majesty’s Chief Inspector, said:\n\n> One.\n>\n> Two.\n>\n> — Miriam Rosen, Her Majesty’s Chief Inspector\n\nAfter.");
  assert.deepEqual(warnings, []);
});

test("a paragraph ending where a link was lost is said", () => {
  const { warnings } = body("The full report is available at:");
  assert.match(warnings.join("\n"), /a link was probably lost/);
});
