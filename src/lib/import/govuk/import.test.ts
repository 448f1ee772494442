import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { testRules } from "../../testing/rules.ts";
import { FIXTURES, fixture, fixtureNames } from "./fixtures.ts";
import { type ImportClaim, type Outcome, planGovukImport, type PlanOptions, type SourceFile } from "./import.ts";

const DIR = "/tmp/releases";
const file = (name: string): SourceFile => ({ name, text: readFileSync(path.join(FIXTURES, name), "utf8") });
// No lead image files in these tests: each stays a link (lead-image.test.ts tests the files).
const OPTIONS: PlanOptions = { dir: DIR, prefix: "GOV", organisation: "Ofsted", rules: testRules, images: async () => ({ ok: false, reason: "no file" }) };
const plan = (files: SourceFile[], existing: ImportClaim[], prefix = "GOV") => planGovukImport(files, existing, { ...OPTIONS, prefix });
const written = (outcomes: Outcome[]) => outcomes.filter((o) => o.ok).map((o) => `${o.source} → ${path.relative(DIR, o.file)}${o.replaces ? " (update)" : ""}`);

test("every example imports; refs are the next free ones by date, with the chosen prefix", async () => {
  const outcomes = await plan(fixtureNames().map(file), [], "HO");
  assert.deepEqual(outcomes.filter((o) => !o.ok), []);
  const refs = outcomes.filter((o) => o.ok).map((o) => (o.ok ? `${o.ref} ${o.source}` : ""));
  assert.deepEqual(refs.slice(0, 4), ["HO2013-1 best-practice-press-release.json", "HO2014-1 best-practice-news-story.json", "HO2014-2 best-practice-government-response.json", "HO2015-1 best-practice-event.json"]);
  // GOV.UK's examples give two items one content_id: the later version updates the earlier release.
  assert.ok(written(outcomes).includes("news_article_withdrawn.json → 2016/HO2016-2-christmas-2016-prime-ministers-message.md (update)"), written(outcomes).join("\n"));
});

test("a refs' year continues from the refs already in the folder", async () => {
  const existing: ImportClaim[] = [{ file: `${DIR}/2013/HO2013-7-x.md`, ref: "HO2013-7", year: 2013, slug: "x" }];
  const [outcome] = await plan([file("best-practice-press-release.json")], existing, "HO");
  assert.ok(outcome?.ok && outcome.ref === "HO2013-8");
});

test("a second import of the same item updates its release, keeping its ref and file", async () => {
  const [first] = await plan([file("best-practice-news-story.json")], [], "GOV");
  assert.ok(first?.ok);
  const existing: ImportClaim[] = [
    { file: first.file, ref: first.ref, year: 2014, slug: "public-approval-for-driving-limits-for-16-drugs", govuk: "5f4773c9-7631-11e4-a3cb-005056011aef en", topics: ["schools"] },
  ];
  const [second] = await plan([file("best-practice-news-story.json")], existing, "GOV");
  assert.ok(second?.ok);
  // Topics a press officer chose after the first import survive the update.
  assert.match(second.text, /^topics:\n {2}- schools$/m);
  assert.equal(second.ref, first.ref);
  assert.equal(second.file, first.file);
  assert.equal(second.replaces, first.file);
});

test("malformed JSON, another schema or a missing field is an error for that item; the others still import", async () => {
  const noTitle = fixture("news_article_press_release");
  delete noTitle.title;
  const outcomes = await plan(
    [
      { name: "broken.json", text: '{"schema_name": "news_article",' },
      { name: "guide.json", text: JSON.stringify({ ...fixture("news_article"), schema_name: "guide" }) },
      { name: "list.json", text: JSON.stringify([noTitle, fixture("best-practice-event")]) },
      file("best-practice-news-story.json"),
    ],
    [],
  );
  const errors = outcomes.filter((o) => !o.ok).map((o) => (o.ok ? "" : `${o.source}: ${o.problems.join("; ")}`));
  assert.equal(errors.length, 3);
  assert.match(errors[0]!, /^broken\.json: \(file\): is not valid JSON: /);
  assert.equal(errors[1], 'guide.json: schema_name: is "guide", not "news_article": only news articles can be imported');
  assert.equal(errors[2], "list.json[0]: title: is missing");
  assert.deepEqual(written(outcomes), ["best-practice-news-story.json → 2014/GOV2014-1-public-approval-for-driving-limits-for-16-drugs.md", "list.json[1] → 2015/GOV2015-1-cde-innovation-network-event-9-july-2015-london.md"]);
});
