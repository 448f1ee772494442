import assert from "node:assert/strict";
import { test } from "node:test";
import { example, fragment, render, words } from "../render.ts";

const $ = fragment(await render("share-links", example("share-links")));

test("shareLinks: a section named by its heading", () => {
  const id = $("section").attr("aria-labelledby");
  assert.equal($(`h2#${id}`).text(), "Share this release");
});

test("shareLinks: the email link opens in place; a network's opens a new tab, safely, and says so", () => {
  const [email, network] = $("section a").toArray().map((a) => $(a));
  assert.match(email!.attr("href") ?? "", /^mailto:\?subject=Youth%20work&body=/);
  assert.equal(email!.attr("target"), undefined);
  assert.equal(email!.find(".nr-visually-hidden").length, 0);
  assert.equal(words(email!.text()), "Email");
  assert.equal(network!.attr("target"), "_blank");
  assert.equal(network!.attr("rel"), "noopener noreferrer");
  assert.equal(words(network!.text()), "LinkedIn (opens in new tab)");
  assert.equal(network!.find(".nr-visually-hidden").text(), "(opens in new tab)");
});

test("shareLinks: renders nothing without links", async () => {
  assert.equal((await render("share-links", {})).trim(), "");
  assert.equal((await render("share-links", { heading: "Share this release", opensNewTab: "(opens in new tab)", links: [] })).trim(), "");
});
