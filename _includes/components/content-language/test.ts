import assert from "node:assert/strict";
import { test } from "node:test";
import { example, render } from "../render.ts";

test("contentLanguage: the lang and dir attributes of a release in another language", async () => {
  assert.equal(await render("content-language", example("content-language")), ' lang="ar" dir="rtl"');
});

test("contentLanguage: its values are escaped, so they cannot leave the attribute", async () => {
  assert.equal(await render("content-language", { lang: 'ar" onclick="x', dir: "rtl" }), ' lang="ar&quot; onclick=&quot;x" dir="rtl"');
});

test("contentLanguage: renders nothing for a release in the site's language", async () => {
  assert.equal(await render("content-language", {}), "");
  assert.equal(await render("content-language", undefined), "");
});
