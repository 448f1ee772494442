import { test } from "node:test";
import assert from "node:assert/strict";
import { directionOf, fieldName, validateFrontMatter as validateWith } from "./release-schema.ts";
import { testRules } from "./testing/rules.ts";

const validateFrontMatter = (data: unknown) => validateWith(data, testRules.schema);

const minimal = { title: "T", ref: "NR2011-31", date: "2011-08-09", summary: "S" };

function problems(data: unknown): string[] {
  const result = validateFrontMatter(data);
  assert.equal(result.ok, false, "expected validation to fail");
  return result.ok ? [] : result.problems.map((p) => `${p.field}: ${p.reason}`);
}

test("a minimal release gets every default", () => {
  const result = validateFrontMatter(minimal);
  assert.ok(result.ok);
  assert.deepEqual(result.value, {
    ...minimal,
    type: "press-release",
    topics: [],
    areas: [],
    images: [],
    resources: [],
    notes: [],
    related: [],
    draft: false,
    updated: [],
    political: false,
  });
});

test("withdrawn, political, lang and govuk are checked and described in words", () => {
  const ok = validateFrontMatter({
    ...minimal,
    withdrawn: { date: "2019-08-22T10:29:02+01:00", explanation: "We’ve withdrawn this news article" },
    political: true,
    lang: "ar",
    govuk: { content_id: "d0ee80cd-ed7a-4b04-b60f-3be2f03693af", url: "https://www.gov.uk/government/news/christmas-2016-prime-ministers-message" },
  });
  assert.ok(ok.ok, JSON.stringify(ok));
  assert.deepEqual(
    problems({ ...minimal, withdrawn: { date: "2010-01-01", explanation: "" }, political: "yes", lang: "Arabic", govuk: { content_id: "x", url: "ftp://gov.uk" } }).sort(),
    [
      'govuk.content_id: "x" is not a GOV.UK content_id (a UUID)',
      'govuk.url: "ftp://gov.uk" is not an http(s) URL',
      'lang: "Arabic" is not a language tag such as "ar", "ur" or "cy"',
      'political: must be true or false, not "yes"',
      'withdrawn.explanation: "" must not be empty',
    ].sort(),
  );
  assert.deepEqual(problems({ ...minimal, withdrawn: { explanation: "Out of date" } }), ["withdrawn.date: is required"]);
  assert.deepEqual(problems({ ...minimal, withdrawn: { date: "2010-01-01", explanation: "Out of date" } }), ['withdrawn.date: "2010-01-01" is before the release date 2011-08-09']);
});

test("Arabic and Urdu are written right to left, English and Welsh left to right", () => {
  assert.deepEqual(["ar", "ur", "ar-EG", "en", "cy", undefined].map(directionOf), ["rtl", "rtl", "rtl", "ltr", "ltr", "ltr"]);
});

test("each required field missing is named", () => {
  for (const field of ["title", "ref", "date", "summary"]) {
    const data: Record<string, unknown> = { ...minimal };
    delete data[field];
    assert.deepEqual(problems(data), [`${field}: is required`]);
  }
});

test("every problem in a file is reported at once", () => {
  const found = problems({ title: "", ref: "NR 1", date: "09 Aug 2011", summary: "S", colour: "red", draft: "yes", topics: ["nope"] });
  assert.equal(found.length, 6, found.join("\n"));
  assert.ok(found.includes('date: "09 Aug 2011" is not a date (YYYY-MM-DD, optionally THH:MM and an offset)'));
  assert.ok(found.includes("colour: is not a known field"));
  assert.ok(found.includes('draft: must be true or false, not "yes"'));
  assert.ok(found.some((p) => p.startsWith('topics[0]: "nope" is not a topic')));
});

test("impossible dates and embargoes are refused", () => {
  assert.match(problems({ ...minimal, date: "2011-02-30" })[0]!, /^date: "2011-02-30" is not a date/);
  assert.match(problems({ ...minimal, embargo: "2011-08-09T25:00" })[0]!, /^embargo: /);
});

test("unsafe refs are refused", () => {
  for (const ref of ["../etc", "NR2011/31", "releases", "2011", "NR2011--31", "-NR1", "<b>1</b>"]) {
    assert.match(problems({ ...minimal, ref })[0]!, /^ref: /, ref);
  }
});

test("links must be http(s)", () => {
  const found = problems({
    ...minimal,
    resources: [{ title: "R", url: "javascript:alert(1)" }],
    related: [{ title: "L", url: "data:text/html,x" }],
    contacts: [{ name: "C", url: "ftp://x.example" }],
  });
  assert.deepEqual(found.map((p) => p.split(":")[0]), ["resources[0].url", "contacts[0].url", "related[0].url"]);
});

test("contacts need a valid phone, email or URL", () => {
  assert.deepEqual(problems({ ...minimal, contacts: [{ name: "C" }] }), ["contacts[0]: needs a phone, email, url or address"]);
  assert.match(problems({ ...minimal, contacts: [{ name: "C", phone: "12" }] })[0]!, /^contacts\[0\]\.phone: "12" is not a valid phone number/);
  const ok = validateFrontMatter({ ...minimal, contacts: [{ name: "Press office", phone: "020 7421 6899", hours: "9 to 5" }] });
  assert.ok(ok.ok);
});

test("a change before the release date is refused", () => {
  assert.deepEqual(problems({ ...minimal, updated: [{ date: "2011-08-01", note: "Early" }] }), ['updated[0].date: "2011-08-01" is before the release date 2011-08-09']);
});

test("types and topics are checked against their lists", () => {
  assert.match(problems({ ...minimal, type: "blog" })[0]!, /^type: "blog" must be one of press-release, news-story, statement/);
  assert.match(problems({ ...minimal, topics: ["schools", "schools"] })[0]!, /topics\[1\]: "schools" is listed twice/);
});

test("front matter that is not a mapping is refused", () => {
  assert.deepEqual(problems(["a"]), ["(front matter): must be a mapping, not a list"]);
});

test("field paths read as a press officer writes them", () => {
  assert.equal(fieldName(["resources", 0, "url"]), "resources[0].url");
});

test("an image needs alt text or decorative: true, and a release at most one lead", () => {
  assert.deepEqual(problems({ ...minimal, images: [{ file: "a.jpg" }] }), [
    "images[0].alt: is required: say what the image shows, or set decorative: true if it adds nothing to the text",
  ]);
  assert.deepEqual(problems({ ...minimal, images: [{ file: "a.jpg", alt: " " }] }), ['images[0].alt: " " must not be empty']);
  assert.deepEqual(problems({ ...minimal, images: [{ file: "a.jpg", alt: "A", lead: true }, { file: "b.jpg", decorative: true, lead: true }] }), [
    "images[1].lead: images[0] is already the lead; a release has at most one",
  ]);
  assert.ok(validateFrontMatter({ ...minimal, images: [{ file: "NR2011-31/a.jpg", decorative: true, caption: "C", credit: "D", licence: "E" }] }).ok);
});

test("a file stays inside the release's folder", () => {
  for (const file of ["../secret.jpg", "NR2011-31/../../x.jpg", "/etc/passwd", "file:///etc/passwd", "C:\\x.jpg"]) {
    const found = problems({ ...minimal, images: [{ file, alt: "A" }] });
    assert.match(found[0]!, /^images\[0\]\.file: ".*" is outside the release's folder/, file);
  }
});

test("a resource gives a file or a url, and a file's format and size are read from it", () => {
  assert.deepEqual(problems({ ...minimal, resources: [{ title: "R", file: "r.pdf", url: "https://example.org/r.pdf", size: "1 MB" }] }), [
    'resources[0].file: give a "file" or a "url", not both',
    'resources[0].size: is read from the "file" at build time; remove it',
  ]);
  assert.deepEqual(problems({ ...minimal, images: [{ file: "a/report.pdf", alt: "A" }], resources: [{ title: "R", file: "b/Report.PDF" }] }), [
    'resources[0].file: "b/Report.PDF" has the same name as images[0].file; rename one',
  ]);
});
