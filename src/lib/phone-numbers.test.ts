import { test } from "node:test";
import assert from "node:assert/strict";
import { telUri } from "./phone-numbers.ts";

test("UK numbers become international tel: links", () => {
  assert.equal(telUri("020 7421 6899"), "tel:+442074216899");
  assert.equal(telUri("0300 1231231"), "tel:+443001231231");
  assert.equal(telUri("07919 057359"), "tel:+447919057359");
  assert.equal(telUri("+33 1 23 45 67 89"), "tel:+33123456789");
});
