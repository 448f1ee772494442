import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readRelease } from "../release-loader.ts";
import { importPlainText } from "./plain-text.ts";
import { checkReleaseText, serialiseRelease } from "./release-file.ts";
import { testRules } from "../testing/rules.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const fixtures = path.join(root, "e2e/fixtures/import");
const fixture = (name: string) => readFileSync(path.join(fixtures, name), "utf8");

test("the file reads as hand-written YAML and the loader reads back the same front matter", () => {
  const imported = importPlainText(fixture("NR2011-31.txt"));
  const text = serialiseRelease(imported);
  const read = readRelease("imported.md", text, testRules);
  assert.ok(read.ok, JSON.stringify(read));
  for (const [key, value] of Object.entries(imported.frontMatter)) assert.deepEqual(read.frontMatter[key as keyof typeof read.frontMatter], value, key);
  assert.match(text, /^---\ntitle: Councils should adopt a more collaborative approach to commissioning services for young people\nref: NR2011-31\ndate: 2011-08-09\ntype: press-release\nsummary: >-\n  A report/);
  assert.match(text, /\n# Add topic slugs from _data\/topics.ts.*\ntopics: \[\]\n/);
  assert.ok(text.split("\n").every((line) => line.length < 100 || line.startsWith("title: ")), "lines are shorter than 100 columns");
  assert.deepEqual(checkReleaseText(text, testRules), []);
});

test("a release the schema would refuse is reported with the schema's words", () => {
  const imported = importPlainText("Press release: No date here\n\nRef: NR2011-1\n\nA summary.\n");
  assert.ok(imported.warnings.some((w) => w.field === "date"));
  assert.deepEqual(checkReleaseText(serialiseRelease(imported), testRules), [{ field: "date", reason: "is required" }]);
});
