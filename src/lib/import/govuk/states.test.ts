import assert from "node:assert/strict";
import { test } from "node:test";
import { fixture } from "./fixtures.ts";
import { type GovukItem, parseItem } from "./item.ts";
import { langOf, londonTimestamp, withdrawnOf } from "./states.ts";

const item = (name: string, change: (data: Record<string, any>) => void = () => {}) => {
  const data = fixture(name);
  change(data);
  const parsed = parseItem(data);
  assert.ok(parsed.ok);
  return parsed.item as GovukItem;
};

test("timestamps in London time with their offset, to the second", () => {
  assert.equal(londonTimestamp("2014-05-08T14:38:28.000+00:00"), "2014-05-08T15:38:28+01:00");
  assert.equal(londonTimestamp("2016-12-25T00:15:02.000+00:00"), "2016-12-25T00:15:02+00:00");
  assert.equal(londonTimestamp("not a date"), undefined);
});

test("withdrawn only with a notice; a notice without a date is a warning, not a withdrawal", () => {
  const warnings: string[] = [];
  const warn = (field: string, message: string) => void warnings.push(`${field}: ${message}`);
  assert.deepEqual(withdrawnOf(item("news_article_withdrawn"), warn), { date: "2019-08-22T10:29:02+01:00", explanation: "We’ve withdrawn this news article" });
  assert.equal(withdrawnOf(item("news_article"), warn), undefined);
  assert.deepEqual(warnings, []);
  assert.equal(withdrawnOf(item("news_article_withdrawn", (d) => delete d.withdrawn_notice.withdrawn_at), warn), undefined);
  assert.match(warnings[0]!, /^withdrawn_notice\.withdrawn_at: null is not a date; the release was imported as not withdrawn$/);
});

test("the language of a translation; none for English", () => {
  assert.equal(langOf(item("news_article_history_mode_translated_arabic")), "ar");
  assert.equal(langOf(item("news_article")), undefined);
});
