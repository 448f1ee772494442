import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { renderMarkdown } from "../markdown.ts";
import { type Release, loadReleases } from "../release-loader.ts";
import { importPlainText, NotAPressReleaseError } from "./plain-text.ts";
import { serialiseRelease } from "./release-file.ts";
import { testRules } from "../testing/rules.ts";
import { fixture, seedDir, seedName, tempDir } from "./fixtures.ts";


/** Imports plain text and loads the result through the real loader, as the build would. */
async function importAndLoad(text: string): Promise<Release> {
  const dir = tempDir("load");
  mkdirSync(path.join(dir, "release"));
  writeFileSync(path.join(dir, "release/imported.md"), serialiseRelease(importPlainText(text)));
  const [release] = await loadReleases(dir, testRules);
  return release!;
}

async function loadSeed(): Promise<Release> {
  const dir = tempDir("seed");
  copyFileSync(path.join(seedDir, seedName), path.join(dir, seedName));
  const [release] = await loadReleases(dir, testRules);
  return release!;
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

const figures = (html: string) =>
  [...html.matchAll(/<span class="nr-quote__speaker">([^<]*)<\/span>(?:, <span class="nr-quote__role">([^<]*)<\/span>)?/g)].map((m) => ({ speaker: m[1], role: m[2] }));

test("the seed's plain text imports to the same release as the hand-made file", async () => {
  const [imported, seed] = await Promise.all([importAndLoad(fixture("NR2011-31.txt")), loadSeed()]);
  for (const field of ["title", "ref", "date", "type", "summary", "areas", "resources", "notes", "contacts", "related"] as const) {
    assert.deepEqual(imported[field], seed[field], field);
  }
  assert.equal(imported.url, seed.url);
  assert.equal(textOf(imported.html), textOf(seed.html));
  assert.deepEqual(figures(imported.html), [{ speaker: "Miriam Rosen", role: "Her Majesty’s Chief Inspector" }]);
  assert.equal((imported.html.match(/<figure class="nr-quote">/g) ?? []).length, 1);
  // Topics are a judgement the text cannot support: the hand-made file has them, the import leaves them to a person.
  assert.deepEqual(imported.topics, []);
  assert.deepEqual(seed.topics, ["youth-services", "local-authorities"]);
});

test("the seed's furniture never reaches the body, and what it cannot place is a warning", () => {
  const { body, warnings } = importPlainText(fixture("NR2011-31.txt"));
  assert.doesNotMatch(body, /Associated resources|Share this|Annual Report|Notes to Editors|020 7421 6899/);
  assert.doesNotMatch(body, /A report published today by Ofsted/, "the summary is not repeated in the body");
  assert.match(body, /^Her Majesty’s Chief Inspector, Miriam Rosen, said:$/m);
  assert.doesNotMatch(body, /^> '|'$/m, "quote marks are stripped");
  const fields = warnings.map((w) => w.field);
  for (const field of ["topics", "areas", "resources[0].url", "related[0].url", "notes[0]"]) assert.ok(fields.includes(field), `warns about ${field}: ${fields.join(", ")}`);
  assert.ok(warnings.every((w) => w.line === undefined || w.line > 0));
});

test("Windows line endings import exactly as Unix ones", () => {
  for (const name of ["NR2011-31.txt", "NR2012-07.txt"]) {
    const lf = fixture(name);
    assert.ok(!lf.includes("\r"), `${name} is committed with LF endings`);
    assert.deepEqual(importPlainText(lf.replace(/\n/g, "\r\n")), importPlainText(lf), name);
  }
  assert.equal(importPlainText("\uFEFFPress release: T\r\n\r\n9 August 2011\r\n\r\nRef: NR2011-1\r\n\r\nSummary.\r\n\r\nBody.\r\n").body, "Body.\n");
});

test("two speakers in double quotes, a full month name, no resources and five notes", async () => {
  const release = await importAndLoad(fixture("NR2012-07.txt"));
  assert.equal(release.date, "2012-03-14");
  assert.equal(release.ref, "NR2012-07");
  assert.deepEqual(release.resources, []);
  assert.equal(release.notes.length, 5);
  assert.match(release.notes[3]!, /^The Office for Standards in Education/);
  assert.deepEqual(release.areas, ["Kent", "Norfolk"]);
  assert.deepEqual(figures(release.html), [
    { speaker: "Susan Gregory", role: "Ofsted's National Director for Early Years" },
    { speaker: "Councillor Jane Doe", role: "Cabinet Member for Education at Kent County Council" },
    { speaker: "Councillor Jane Doe", role: "Cabinet Member for Education at Kent County Council" },
  ]);
  assert.match(release.html, /<p>Most parents can now choose a good nursery or childminder, and that is real progress.<\/p>\n<p>But a child/);
  assert.doesNotMatch(textOf(release.html), /"/, "no double quote marks are left");
  assert.deepEqual(release.contacts, [
    { name: "Ofsted Press Office", phone: "0300 013 0415", email: "press.office@ofsted.gov.uk", hours: "8.30am to 6pm, Monday to Friday" },
    { name: "Duty press officer", role: "Out of hours", phone: "07836 231342" },
  ]);
});

test("curly quotes, a quoted report title and a resource with its format and size", async () => {
  const release = await importAndLoad(fixture("NR2013-15.txt"));
  assert.equal(release.date, "2013-11-05");
  assert.deepEqual(release.resources, [{ title: "Below the radar: low-level disruption in the country’s classrooms", kind: "report", format: "PDF", size: "1.1 MB" }]);
  assert.deepEqual(figures(release.html), [
    { speaker: "Sir Michael Wilshaw", role: "Ofsted’s Chief Inspector" },
    { speaker: "A parent who took part in the survey", role: undefined },
  ]);
  assert.match(release.html, /<p>Too many school leaders are failing to get to grips with low-level disruption, and pupils’\nlearning suffers for it.<\/p>/);
  assert.match(release.html, /<p>Teachers tell us that it has become accepted as part of school life. It should not be.<\/p>/);
  assert.match(release.html, /<p>My son says he cannot hear the teacher for the chatter. He has stopped putting his hand up.<\/p>/);
  assert.match(release.html, /The report ‘Below the radar: low-level disruption in the country’s classrooms’ draws/, "a quoted title keeps its quotes, un-italicised");
  assert.deepEqual(release.areas, ["Hackney"]);
  assert.deepEqual(release.contacts, [{ name: "Ofsted Press Office", phone: "0300 013 0415", hours: "8.30am to 6pm, Monday to Friday" }]);
});

test("a news story without notes keeps the press office default and finds its related link", async () => {
  const release = await importAndLoad(fixture("NS2014-01.txt"));
  assert.equal(release.type, "news-story");
  assert.equal(release.contacts, undefined);
  assert.deepEqual(release.notes, []);
  assert.deepEqual(release.related, [{ title: "Annual Report 2012/13" }]);
  assert.deepEqual(release.areas, ["Wigan"]);
  assert.deepEqual(figures(release.html), [{ speaker: "Sir Michael Wilshaw", role: undefined }]);
  assert.doesNotMatch(release.html, /Share this|Annual Report/);
});

test("a statement heading, and a text that is not a press release", () => {
  assert.equal(importPlainText("Statement: On today's figures\n\n1 Feb 2012\n\nRef: ST2012-1\n\nWe welcome them.\n").frontMatter.type, "statement");
  assert.throws(() => importPlainText(fixture("not-a-release.txt")), NotAPressReleaseError);
  assert.throws(() => importPlainText(""), /no heading line such as "Press release: <headline>"/);
});

const minimal = (body: string) => `Press release: A headline\n\n9 August 2011\n\nRef: NR2011-99\n\nThe summary paragraph.\n\n${body}\n`;

test("quotes that cannot be placed stay text and are reported", () => {
  const noQuote = importPlainText(minimal("Miriam Rosen said:\n\nNo quote marks here."));
  assert.match(noQuote.body, /^Miriam Rosen said:\n\nNo quote marks here.\n$/);
  assert.ok(noQuote.warnings.some((w) => w.line === 9 && /not followed by a paragraph in quote marks/.test(w.message)));
  const unclosed = importPlainText(minimal("Miriam Rosen said:\n\n'One.\n\n'Two.\n\nAfter."));
  assert.match(unclosed.body, /> One.\n>\n> Two.\n>\n> — Miriam Rosen\n\nAfter.\n$/);
  assert.ok(unclosed.warnings.some((w) => /no closing quote mark; it was taken to end at line 13/.test(w.message)));
  const orphan = importPlainText(minimal("She added:\n\n'Words.'"));
  assert.ok(orphan.warnings.some((w) => /no earlier speaker/.test(w.message)));
  assert.match(orphan.body, /^> Words.$/m);
});

test("plain text never turns into markdown by accident", () => {
  const { body } = importPlainText(minimal("Open 8.30am - 6.30pm Monday - Friday, we said, and some words to make this line long enough to wrap - here.\n\n*Not emphasis* and [not a link](x) and #1 and snake_case and _this_.\n\n# not a heading, but text."));
  assert.ok(body.split("\n").every((line) => !/^(?:- |\d+\. |# )/.test(line)), body);
  assert.doesNotMatch(renderMarkdown(body), /<ul|<ol|<h\d|<em/);
  assert.match(body, /\\\*Not emphasis\\\* and \\\[not a link\\\]\(x\) and #1 and snake_case and \\_this\\_/);
  assert.match(body, /^\\# not a heading, but text.$/m);
});

test("hard-wrapped text: paragraphs rejoin, listed resources stay one per line, bullets become a list", () => {
  const { frontMatter, body } = importPlainText(
    [
      "Press release: Ofsted publishes its annual report on children's",
      "social care",
      "",
      "Tuesday 26th November 2013",
      "Ref: NR2013-40",
      "",
      "Associated resources",
      "Annual report 2012/13: social care (PDF, 2 MB)",
      "Data tables (XLS, 300 KB)",
      "",
      "Ofsted today published its annual report on children's social care,",
      "which finds that more children's homes are good than ever before.",
      "",
      "Key findings",
      "",
      "• 71% of children's homes were good or outstanding",
      "• 1986. A year to remember",
      "",
      "Commenting on the report, Debbie Jones, Ofsted's National Director for",
      "Social Care, said:",
      "",
      "'Children in care deserve the very best.'",
    ].join("\n"),
  );
  assert.equal(frontMatter.title, "Ofsted publishes its annual report on children's social care");
  assert.equal(frontMatter.date, "2013-11-26");
  assert.equal(frontMatter.summary, "Ofsted today published its annual report on children's social care, which finds that more children's homes are good than ever before.");
  assert.deepEqual(frontMatter.resources, [
    { title: "Annual report 2012/13: social care", kind: "report", format: "PDF", size: "2 MB" },
    { title: "Data tables", kind: "data", format: "XLS", size: "300 KB" },
  ]);
  assert.equal(
    body,
    "## Key findings\n\n- 71% of children's homes were good or outstanding\n- 1986\\. A year to remember\n\n" +
      "Commenting on the report, Debbie Jones, Ofsted's National Director for Social Care, said:\n\n" +
      "> Children in care deserve the very best.\n>\n> — Debbie Jones, Ofsted's National Director for Social Care\n",
  );
});

test("text before the heading, after the notes and a second date are reported, not published", () => {
  const { body, frontMatter, warnings } = importPlainText(
    `Home > News\n\n${minimal("Body text.\n\n12 August 2011\n\nNotes to editors\n\n1. A note.\n\n3. Another note.\n\nShare this\n\nA long paragraph of stray text that is certainly a sentence and not a link.")}`,
  );
  assert.equal(body, "Body text.\n");
  assert.deepEqual(frontMatter.notes, ["A note.", "Another note."]);
  const messages = warnings.map((w) => `${w.line ?? "-"} ${w.field}: ${w.message}`);
  for (const expected of [/^1 \(file\): left out text before the heading: "Home > News"/, /^13 date: left out a second date line/, /^17 notes: numbered 1, 3/, /^23 \(body\): left out text after the notes/]) {
    assert.ok(messages.some((m) => expected.test(m)), `${expected}\n${messages.join("\n")}`);
  }
});

