import assert from "node:assert/strict";
import { test } from "node:test";
import { fixture } from "./fixtures.ts";
import { type GovukItem, parseItem } from "./item.ts";
import { areasOf, organisationsOf } from "./links.ts";

const item = (name: string) => {
  const parsed = parseItem(fixture(name));
  assert.ok(parsed.ok);
  return parsed.item as GovukItem;
};

test("world locations become areas", () => {
  assert.deepEqual(areasOf(item("news_article_with_image_caption")), ["Pakistan"]);
  assert.deepEqual(areasOf(item("best-practice-news-story")), []);
});

test("organisations other than the site's become related links to their GOV.UK pages; the site's own does not", () => {
  const warnings: string[] = [];
  const warn = (field: string, message: string) => void warnings.push(`${field}: ${message}`);
  assert.deepEqual(organisationsOf(item("best-practice-news-story"), "Ofsted", warn), [
    { title: "Department for Transport", url: "https://www.gov.uk/government/organisations/department-for-transport" },
  ]);
  assert.deepEqual(warnings, ["links.organisations: published on GOV.UK by Department for Transport; listed as related links (the page names Ofsted as publisher)"]);
  assert.deepEqual(organisationsOf(item("best-practice-news-story"), "Department for Transport", warn), []);
  assert.equal(warnings.length, 1);
});
