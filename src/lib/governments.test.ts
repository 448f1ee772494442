import assert from "node:assert/strict";
import { test } from "node:test";
import { DateTime } from "luxon";
import { formerGovernment, governmentAt } from "./governments.ts";
import { testGovernments } from "./testing/rules.ts";

const at = (iso: string) => DateTime.fromISO(iso, { setZone: true });

test("the government in office on the London day of publication", () => {
  assert.equal(governmentAt(at("2016-02-29T09:24:10.000+00:00"), testGovernments)?.name, "2015 to 2016 Cameron Conservative government");
  assert.equal(governmentAt(at("2014-03-27T09:35:00+00:00"), testGovernments)?.name, "2010 to 2015 Conservative and Liberal Democrat coalition government");
  // 23:30 UTC on 24 October 2022 is already 25 October in London (BST): Sunak's first day.
  assert.equal(governmentAt(at("2022-10-24T23:30:00Z"), testGovernments)?.name, "2022 to 2024 Sunak Conservative government");
  assert.equal(governmentAt(at("1990-01-01T00:00:00Z"), testGovernments), undefined);
});

test("only a government that is no longer current is former", () => {
  assert.equal(formerGovernment(at("2024-01-25T00:00:00+00:00"), testGovernments)?.name, "2022 to 2024 Sunak Conservative government");
  assert.equal(formerGovernment(at("2024-11-16T00:00:00+00:00"), testGovernments), undefined);
});
