import assert from "node:assert/strict";
import { test } from "node:test";
import { example, fragment, render, words } from "../render.ts";

const $ = fragment(await render("contacts", example("contacts")));

test("contacts: a section named by its heading", () => {
  const id = $("section").attr("aria-labelledby");
  assert.equal($(`h2#${id}`).text(), "Media enquiries");
});

test("contacts: each contact's name, role, links and hours; a phone number is a tel: link", () => {
  const [office, duty] = $("section li").toArray().map((li) => $(li));
  assert.equal(words(office!.find(".nr-contacts__name").text()), "Ofsted Press Office");
  assert.deepEqual(office!.find("a").map((_, a) => [[$(a).attr("href"), $(a).text()]]).get(), [
    ["tel:+442074216899", "020 7421 6899"],
    ["mailto:press@ofsted.gov.uk", "press@ofsted.gov.uk"],
  ]);
  assert.equal(office!.find(".nr-contacts__hours").text(), "8.30am to 6.30pm, Monday to Friday");
  assert.equal(words(duty!.find(".nr-contacts__name").text()), "Duty press officer (Out of hours)");
  assert.equal(duty!.find("a").attr("href"), "tel:+447919057359");
  assert.equal(duty!.find(".nr-contacts__hours").text(), "Evenings and weekends");
});

test("contacts: renders nothing without items", async () => {
  assert.equal((await render("contacts", {})).trim(), "");
  assert.equal((await render("contacts", { heading: "Media enquiries", items: [] })).trim(), "");
});
