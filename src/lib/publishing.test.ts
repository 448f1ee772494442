import { test } from "node:test";
import assert from "node:assert/strict";
import { DateTime } from "luxon";
import { embargoReport, publishingContext, selectPublished } from "./publishing.ts";

const releases = [
  { ref: "A", draft: false },
  { ref: "B", draft: true },
  { ref: "C", draft: false, embargo: "2011-08-09T00:01" },
  { ref: "D", draft: false, embargo: "2011-12-01T09:30" },
];

const at = (iso: string, runMode = "build") => publishingContext({ BUILD_TIME: iso, ELEVENTY_RUN_MODE: runMode });

test("drafts never publish in a build, but show on the dev server", () => {
  assert.deepEqual(selectPublished(releases, at("2012-01-01T00:00")).published.map((r) => r.ref), ["A", "C", "D"]);
  assert.deepEqual(selectPublished(releases, at("2012-01-01T00:00", "serve")).published.map((r) => r.ref), ["A", "B", "C", "D"]);
});

test("a summer embargo lifts at its London time (BST): one minute before and after", () => {
  assert.deepEqual(selectPublished(releases, at("2011-08-08T23:00Z")).held.map((h) => h.release.ref), ["C", "D"]);
  assert.deepEqual(selectPublished(releases, at("2011-08-08T23:01Z")).held.map((h) => h.release.ref), ["D"]);
});

test("a winter embargo lifts at its London time (GMT)", () => {
  assert.deepEqual(selectPublished(releases, at("2011-12-01T09:29Z")).held.map((h) => h.release.ref), ["D"]);
  assert.deepEqual(selectPublished(releases, at("2011-12-01T09:30Z")).held, []);
});

test("the build log names what was held back and the next time to rebuild", () => {
  const { held } = selectPublished(releases, at("2011-01-01T00:00"));
  assert.deepEqual(embargoReport(held), [
    "[newsroom] Held back C until 9 August 2011, 12:01am (2011-08-09T00:01:00.000+01:00)",
    "[newsroom] Held back D until 1 December 2011, 9:30am (2011-12-01T09:30:00.000+00:00)",
    "[newsroom] Next embargo lifts at 2011-08-09T00:01:00.000+01:00: rebuild then to publish it.",
  ]);
});

test("BUILD_TIME must be a date", () => {
  assert.throws(() => publishingContext({ BUILD_TIME: "tomorrow" }), /BUILD_TIME "tomorrow" is not a date/);
  assert.ok(publishingContext({}).now <= DateTime.now());
});
