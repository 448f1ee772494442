import assert from "node:assert/strict";
import { test } from "node:test";
import { absoluteUrl, createConverter } from "./markdown.ts";

test("GOV.UK paths become absolute on www.gov.uk; other addresses are kept; no href is no link", () => {
  assert.equal(absoluteUrl("/government/organisations/home-office"), "https://www.gov.uk/government/organisations/home-office");
  assert.equal(absoluteUrl("https://example.org/a"), "https://example.org/a");
  assert.equal(absoluteUrl("mailto:press@example.org"), "mailto:press@example.org");
  assert.equal(absoluteUrl(null), undefined);
});

test("HTML to markdown: links absolute, lists, and the abbreviations the fragment uses defined after it", () => {
  const converter = createConverter(new Map([["PHE", "Public Health England"], ["DfT", "Department for Transport"]]));
  const markdown = converter.toMarkdown('<p><abbr title="Public Health England">PHE</abbr> <a href="/x">link</a></p><ul><li>one</li></ul>');
  assert.match(markdown, /^PHE \[link\]\(https:\/\/www\.gov\.uk\/x\)$/m);
  assert.match(markdown, /^- {3}one$/m);
  assert.match(markdown, /\n\*\[PHE\]: Public Health England$/);
  assert.doesNotMatch(markdown, /DfT/);
});
