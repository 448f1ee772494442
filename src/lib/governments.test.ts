import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { DateTime } from "luxon";
import { governments } from "../../_data/governments.ts";
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

// GOV.UK's own examples (e2e/fixtures/govuk/) link governments with their dates: each one our
// data names must start and end on GOV.UK's days, and be the one a release of its days is under.
const FIXTURES = path.resolve(import.meta.dirname, "../../e2e/fixtures/govuk");
const linked = readdirSync(FIXTURES)
  .filter((name) => name.endsWith(".json"))
  .flatMap((name) => (JSON.parse(readFileSync(path.join(FIXTURES, name), "utf8")).links?.government ?? []) as { title: string; details: { started_on: string; ended_on: string | null } }[])
  .filter((g, i, all) => all.findIndex((h) => h.title === g.title) === i);

test("GOV.UK's governments in its examples: the same names and days as _data/governments.ts", () => {
  const checked = linked.filter((g) => governments.some((ours) => ours.name === g.title));
  assert.deepEqual(checked.map((g) => g.title).sort(), [
    "2010 to 2015 Conservative and Liberal Democrat coalition government",
    "2022 to 2024 Sunak Conservative government",
    "2024 Starmer Labour government",
  ]);
  for (const g of checked) {
    const index = governments.findIndex((ours) => ours.name === g.title);
    assert.equal(governments[index]!.from, g.details.started_on.slice(0, 10), `${g.title} starts`);
    if (g.details.ended_on) assert.equal(governments[index + 1]?.from, g.details.ended_on.slice(0, 10), `${g.title} ends when the next starts`);
    else assert.equal(index, governments.length - 1, `${g.title} is current`);
    assert.equal(governmentAt(at(g.details.started_on), governments)?.name, g.title);
  }
  // The only other name in the examples is the one GOV.UK gave Cameron's second government while it was current.
  assert.deepEqual(linked.filter((g) => !checked.includes(g)).map((g) => [g.title, g.details.started_on.slice(0, 10)]), [["2015 Conservative government", "2015-05-08"]]);
  assert.equal(governmentAt(at("2015-05-08T12:00:00+01:00"), governments)?.name, "2015 to 2016 Cameron Conservative government");
});

test("the history-mode notice of each political example names the government in office on its date", () => {
  const notices = Object.fromEntries(
    readdirSync(FIXTURES)
      .filter((name) => name.endsWith(".json"))
      .map((name) => JSON.parse(readFileSync(path.join(FIXTURES, name), "utf8")))
      .filter((item) => item.details.political)
      .map((item) => [item.base_path, formerGovernment(at(item.details.first_public_at), governments)?.name ?? null]),
  );
  assert.deepEqual(notices, {
    // 25 December 2016: May's government. GOV.UK's examples link "2015 Conservative government",
    // its name for the government of 2015 before GOV.UK named governments by Prime Minister; the
    // import warns of the difference, and the notice goes by the date.
    "/government/news/christmas-2016-prime-ministers-message": "2016 to 2019 May Conservative government",
    "/government/news/christmas-2016-prime-ministers-message.ur": "2016 to 2019 May Conservative government",
    "/government/news/christmas-2016-prime-ministers-message-from-azerbaijan": "2016 to 2019 May Conservative government",
    // 29 February 2016: Cameron's second government (GOV.UK's example links the coalition, which had ended in 2015).
    "/government/news/final-care-act-guidance-published": "2015 to 2016 Cameron Conservative government",
    // 25 January 2024: Sunak's, as GOV.UK's link says.
    "/government/news/uk-and-us-sanction-key-houthi-figures-to-protect-maritime-security-in-the-red-sea.ar": "2022 to 2024 Sunak Conservative government",
    // 16 November 2024: Starmer's, the current government, so no notice.
    "/government/news/british-high-commission-marks-his-majesty-king-charles-iiis-birthday-with-brilliantly-british-celebrations": null,
  });
});
