import assert from "node:assert/strict";
import { test } from "node:test";
import { example, fragment, render } from "../render.ts";

const $ = fragment(await render("related", example("related")));

test("related: a complementary landmark named by its heading", () => {
  const id = $("aside").attr("aria-labelledby");
  assert.equal($(`h2#${id}`).text(), "Related");
});

test("related: a link for an item with a URL, plain text for one without", () => {
  const [online, printed] = $("aside li").toArray().map((li) => $(li));
  assert.equal(online!.find("a").attr("href"), "https://www.gov.uk/government/publications/ofsted-annual-report-201213");
  assert.equal(online!.text(), "Annual Report 2012/13");
  assert.equal(printed!.find("a").length, 0);
  assert.equal(printed!.text(), "Inspection handbook (printed edition)");
});

test("related: renders nothing without items", async () => {
  assert.equal((await render("related", {})).trim(), "");
  assert.equal((await render("related", { heading: "Related", items: [] })).trim(), "");
});
