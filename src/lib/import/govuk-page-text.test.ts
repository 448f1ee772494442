import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { importPlainText } from "./plain-text.ts";
import { fromGovukPage } from "./govuk-page-text.ts";

const text = readFileSync(path.resolve(import.meta.dirname, "../../../e2e/fixtures/import/govuk-page.txt"), "utf8");
const messages = (warnings: { line?: number; field: string; message: string }[]) => warnings.map((w) => `${w.line ?? "-"} ${w.field}: ${w.message}`);

test("text copied from a GOV.UK page: type line, title, summary, From, Published and the body", () => {
  const r = importPlainText(text);
  assert.equal(r.frontMatter.title, "Public approval for driving limits for 16 drugs");
  assert.equal(r.frontMatter.type, "news-story");
  assert.equal(r.frontMatter.summary, "Limits will be introduced in new regulations this autumn.");
  assert.equal(r.frontMatter.date, "2014-03-27");
  assert.match(r.body, /^Today \(27 March 2014\) the government’s ambition/);
  assert.ok(messages(r.warnings).includes('6 (file): "From: Department for Transport and Robert Goodwill MP" left out: the page names the site\'s organisation'));
  // "Background" is the notes; GOV.UK's page furniture is not text.
  assert.deepEqual(r.frontMatter.notes, ["The limits are not set at 0 as drugs taken for medical conditions can be absorbed in the body to produce trace effects."]);
  assert.doesNotMatch(r.body, /useful|Report a problem|Share this/);
});

test("'said:' followed by paragraphs without quote marks is a quote, its end guessed and warned about", () => {
  const r = importPlainText(text);
  assert.match(r.body, /Road Safety Minister Robert Goodwill said:\n\n> The results of the consultation/);
  assert.match(r.body, /^> — Robert Goodwill, Road Safety Minister$/m);
  assert.ok(messages(r.warnings).some((m) => m.startsWith('16 (body): the quote after "Road Safety Minister Robert Goodwill said:" has no quote marks')));
  // First-person paragraphs continue the quote.
  const two = importPlainText(text.replace("The next step is to take", "We will now take"));
  assert.match(two.body, /> We will now take these limits.*\n>\n> — Robert Goodwill/s);
});

test("--ref and --date fill what the text lacks; a given value that differs from the text wins, with a warning", () => {
  assert.equal(importPlainText(text).frontMatter.ref, undefined);
  assert.ok(messages(importPlainText(text).warnings).some((m) => m.includes("give one with --ref")));
  const given = importPlainText(text, { ref: "DFT2014-7", date: "2014-03-27T09:35" });
  assert.equal(given.frontMatter.ref, "DFT2014-7");
  assert.equal(given.frontMatter.date, "2014-03-27T09:35");
  assert.ok(messages(given.warnings).includes('- date: the text says "2014-03-27"; used --date "2014-03-27T09:35"'));
});

test("only text that starts with a GOV.UK document type line and has From or Published is read as a GOV.UK page", () => {
  assert.equal(fromGovukPage("Press release: Old layout\n\n09 Aug 2011"), null);
  assert.equal(fromGovukPage("Press release\nA title\nSome text without the page's header."), null);
  assert.notEqual(fromGovukPage("Government response\nA title\n\nPublished 1 May 2014\n\nText."), null);
  assert.equal(importPlainText("Government response\nA title\n\nA summary.\n\nPublished 1 May 2014\n\nText.").frontMatter.type, "statement");
});
