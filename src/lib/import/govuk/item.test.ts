import assert from "node:assert/strict";
import { test } from "node:test";
import { fixture, fixtureNames } from "./fixtures.ts";
import { parseItem } from "./item.ts";

test("every GOV.UK example news article is a readable item", () => {
  for (const name of fixtureNames()) assert.ok(parseItem(fixture(name.replace(/\.json$/, ""))).ok, name);
});

test("another schema is named as the one problem", () => {
  assert.deepEqual(parseItem({ ...fixture("news_article"), schema_name: "guide" }), {
    ok: false,
    problems: ['schema_name: is "guide", not "news_article": only news articles can be imported'],
  });
});

test("missing fields and wrong types are each named", () => {
  const item = fixture("news_article");
  delete item.title;
  delete item.details.body;
  item.document_type = "speech";
  const result = parseItem(item);
  assert.ok(!result.ok);
  assert.deepEqual(result.problems.sort(), [
    'details.body: is missing',
    'document_type: is "speech", not one of press_release, news_story, world_news_story, government_response',
    "title: is missing",
  ]);
  assert.deepEqual(parseItem([1, 2]), { ok: false, problems: ["(item): is not a JSON object"] });
  assert.deepEqual(parseItem("text"), { ok: false, problems: ["(item): is not a JSON object"] });
});
