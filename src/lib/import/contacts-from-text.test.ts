import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { contactsFromText } from "./contacts-from-text.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const fixtures = path.join(root, "e2e/fixtures/import");

test("contacts: names, hours and out of hours from the press office note", () => {
  const note = readFileSync(path.join(fixtures, "NR2011-31.txt"), "utf8").split("\n").find((line) => line.startsWith("3. Media"))!;
  assert.deepEqual(contactsFromText(note.slice(3)), {
    contacts: [
      { name: "Ofsted Press Office", phone: "020 7421 6899" },
      { name: "Ofsted enquiry line", phone: "0300 1231231", hours: "8.30am to 6.30pm, Monday to Friday" },
      { name: "Duty press officer", role: "Out of hours", phone: "07919 057359", hours: "Evenings and weekends" },
    ],
    unnamed: [],
    invalid: [],
  });
  assert.deepEqual(contactsFromText("For enquiries call 020 7421 0000 1."), { contacts: [], unnamed: [], invalid: ["020 7421 0000 1"] });
  assert.deepEqual(contactsFromText("Call 0300 123 1231 about the 2011 figures.").invalid, []);
  assert.deepEqual(contactsFromText("Call 07919 057359.").contacts, [{ name: "Press office", phone: "07919 057359" }]);
});
