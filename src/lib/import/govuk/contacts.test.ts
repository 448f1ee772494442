import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { takeContacts } from "./contacts.ts";

test("a GOV.UK contact block: one contact per phone number, labelled, and one for the email; taken out of the body", () => {
  const $ = load(
    '<p>Body.</p><div class="contact"><div class="content"><div class="vcard contact-inner"><p>Press office</p>' +
      '<p class="email"><span class="type">Email</span> <a href="mailto:press@example.gov.uk">press@example.gov.uk</a></p>' +
      '<p class="tel"><span class="type">Press enquiries</span> 020 7946 0000</p>' +
      '<p class="tel"><span class="type">Out of hours</span> 07919 057359</p></div></div></div>',
    null,
    false,
  );
  const warnings: string[] = [];
  assert.deepEqual(takeContacts($, (field, message) => void warnings.push(`${field}: ${message}`)), [
    { name: "Press office", role: "Email", email: "press@example.gov.uk" },
    { name: "Press office", role: "Press enquiries", phone: "020 7946 0000" },
    { name: "Press office", role: "Out of hours", phone: "07919 057359" },
  ]);
  assert.equal($.html(), "<p>Body.</p>");
  assert.deepEqual(warnings, []);
});
