import assert from "node:assert/strict";
import { test } from "node:test";
import { example, fragment, render } from "../render.ts";

test("historyNotice: says which government the release was published under, the name in bold", async () => {
  const $ = fragment(await render("history-notice", example("history-notice")));
  assert.equal($("p.nr-notice").text(), "This was published under the 2010 to 2015 Conservative and Liberal Democrat coalition government");
  assert.equal($("p.nr-notice > strong").text(), "2010 to 2015 Conservative and Liberal Democrat coalition government");
});

test("historyNotice: the government's name is escaped though the sentence is not", async () => {
  const $ = fragment(await render("history-notice", { text: "Published under the [GOVERNMENT]", government: "<i>Labour</i> government" }));
  assert.equal($("i").length, 0);
  assert.equal($("strong").text(), "<i>Labour</i> government");
});

test("historyNotice: renders nothing without a government", async () => {
  assert.equal((await render("history-notice", {})).trim(), "");
  assert.equal((await render("history-notice", { text: "This was published under the [GOVERNMENT]" })).trim(), "");
});
