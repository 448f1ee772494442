import assert from "node:assert/strict";
import { test } from "node:test";
import { DateTime } from "luxon";
import { describeProblem, Identities, identityClash, nextRef, releaseFile, releaseSlug, releaseUrl, releaseYear } from "./release-identity.ts";

test("year, slug and URL: the London year, the given slug or one from the title", () => {
  // 23:30 UTC on 31 December 2011 is still 2011 in London (GMT); 23:30 UTC on 30 June is 1 July in BST.
  assert.equal(releaseYear(DateTime.fromISO("2011-12-31T23:30:00Z")), 2011);
  assert.equal(releaseYear(DateTime.fromISO("2011-12-31T23:30:00-05:00")), 2012);
  assert.equal(releaseSlug("Young people’s services: a review"), "young-peoples-services-a-review");
  assert.equal(releaseSlug("Any title", "chosen"), "chosen");
  assert.equal(releaseUrl({ year: 2011, slug: "chosen" }), "/releases/2011/chosen/");
  assert.equal(releaseFile("/r", { ref: "NR2011-31", year: 2011, slug: "chosen" }), "/r/2011/NR2011-31-chosen.md");
});

test("the next ref is one more than the year's highest, in any case; the first of a year is 1", () => {
  assert.equal(nextRef(2011, ["NR2011-31"]), "NR2011-32");
  assert.equal(nextRef(2011, ["NR2011-31", "nr2011-40", "NR2012-99", "NR2011-7", undefined, "XNR2011-90"]), "NR2011-41");
  assert.equal(nextRef(2013, ["NR2011-31"]), "NR2013-1");
  assert.equal(nextRef(2013, []), "NR2013-1");
  assert.equal(nextRef(2016, ["HO2016-3", "NR2016-9"], "HO"), "HO2016-4");
});

test("across files: the first to claim a ref (in any case) or a URL keeps it; 'page' is reserved", () => {
  const ids = new Identities();
  assert.equal(ids.claimRef("a.md", "NR2011-31"), undefined);
  assert.deepEqual(ids.claimRef("b.md", "nr2011-31"), { field: "ref", reason: '"nr2011-31" is already used by a.md' });
  assert.deepEqual(ids.claimUrl("a.md", 2011, "x"), []);
  assert.deepEqual(ids.claimUrl("b.md", 2011, "x"), [{ field: "slug", reason: "/releases/2011/x/ is already the URL of a.md", fix: 'set a different "slug"' }]);
  assert.deepEqual(ids.claimUrl("c.md", 2012, "x"), [], "the same slug in another year is another URL");
  assert.deepEqual(ids.claimUrl("d.md", 2012, "page"), [{ field: "slug", reason: '"page" is reserved for archive pages' }]);
});

test("a tool's clash: refs in any case, URLs by year and slug, and the file being replaced is no clash", () => {
  const existing = [{ file: "/r/a.md", ref: "nr2011-5", year: 2011, slug: "a" }, { file: "/r/broken.md", ref: "NR2011-6" }];
  const clash = (identity: { ref: string; year: number; slug: string }, replacing?: string) => {
    const problem = identityClash(existing, identity, replacing);
    return problem && describeProblem(problem);
  };
  assert.equal(clash({ ref: "NR2011-5", year: 2011, slug: "b" }), '"ref": "NR2011-5" is already used by /r/a.md');
  assert.match(clash({ ref: "NR2011-6", year: 2011, slug: "b" })!, /broken\.md/);
  assert.equal(clash({ ref: "NR2011-9", year: 2011, slug: "a" }), '"slug": /releases/2011/a/ is already the URL of /r/a.md; set a different "slug"');
  assert.equal(clash({ ref: "NR2011-9", year: 2012, slug: "a" }), undefined);
  assert.equal(clash({ ref: "NR2011-5", year: 2011, slug: "a" }, "/r/a.md"), undefined);
  assert.match(clash({ ref: "NR2011-9", year: 2011, slug: "page" })!, /"page" is reserved/);
});
