/**
 * Issue #7, item 5: bad content stops the build. Each file in e2e/fixtures/invalid/ is one
 * malformed release, named for its case; CASES below says which field the press officer must be
 * pointed to and what the reason must say. A build of the seed plus one such file must fail,
 * print `<file>: "<field>": <reason>`, and write no HTML.
 *
 * A real build takes 3–15 s on this machine, so every case is checked in-process by
 * `loadReleases` (the same function, the same ReleaseValidationError text the build prints),
 * and the real build (scripts/build.ts through buildSite) runs for a representative subset and
 * once for all the files together.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { rules } from "../_data/releases.ts";
import { loadReleases, ReleaseValidationError } from "../src/lib/release-loader.ts";
import { buildSite } from "./support/build.ts";
import { writeInvalidMedia } from "./support/fixture-media.ts";

const FIXTURES = "e2e/fixtures/invalid";

interface Expectation {
  field: string;
  reason: RegExp;
}

/** What each file must be reported for. YAML line numbers are the file's own lines. */
const CASES: Record<string, Expectation> = {
  "missing-title.md": { field: "title", reason: /^is required$/ },
  "missing-ref.md": { field: "ref", reason: /^is required$/ },
  "missing-date.md": { field: "date", reason: /^is required$/ },
  "missing-summary.md": { field: "summary", reason: /^is required$/ },
  "no-front-matter.md": { field: "title", reason: /^is required$/ },
  "title-number.md": { field: "title", reason: /^must be text, not number 42$/ },
  "title-empty.md": { field: "title", reason: /must not be empty/ },
  "title-number-and-unknown-field.md": { field: "headline", reason: /^is not a known field$/ },
  "topics-string.md": { field: "topics", reason: /^must be a list, not "schools"$/ },
  "draft-yes.md": { field: "draft", reason: /^must be true or false, not "yes"$/ },
  "notes-mapping.md": { field: "notes", reason: /^must be a list, not a mapping$/ },
  "type-unknown.md": { field: "type", reason: /^"blog" must be one of press-release, news-story, statement$/ },
  "date-february-30.md": { field: "date", reason: /^"2011-02-30" is not a date \(YYYY-MM-DD/ },
  "date-month-13.md": { field: "date", reason: /^"2011-13-01" is not a date \(YYYY-MM-DD/ },
  "date-in-words.md": { field: "date", reason: /^"09 Aug 2011" is not a date \(YYYY-MM-DD/ },
  "date-spring-forward-gap.md": { field: "date", reason: /^"2011-03-27T01:30" is not a date/ },
  "embargo-not-a-date.md": { field: "embargo", reason: /^"tomorrow morning" is not a date and time/ },
  "change-before-release.md": { field: "updated[0].date", reason: /^"2011-08-01" is before the release date 2011-08-09$/ },
  "duplicate-ref.md": { field: "ref", reason: /^"NR2011-31" is already used by .*\/2011\/NR2011-31-councils-should-adopt-[^/]*\.md$/ },
  "duplicate-ref-other-case.md": { field: "ref", reason: /^"nr2011-31" is already used by .*\/2011\/NR2011-31-councils-should-adopt-[^/]*\.md$/ },
  "duplicate-url.md": { field: "slug", reason: /^\/releases\/2011\/councils-should-adopt-[^ ]*\/ is already the URL of .*NR2011-31-[^/]*\.md; set a different "slug"$/ },
  "ref-shadows-site-path.md": { field: "ref", reason: /^"releases" must be letters, digits and single hyphens/ },
  "slug-invalid.md": { field: "slug", reason: /^"Bad Slug!" must be lower-case letters, digits and hyphens$/ },
  "slug-reserved-page.md": { field: "slug", reason: /^"page" is reserved for archive pages$/ },
  "unknown-field.md": { field: "author", reason: /^is not a known field$/ },
  "resource-unknown-field.md": { field: "resources[0].link", reason: /^is not a known field$/ },
  "unknown-topic.md": { field: "topics[0]", reason: /^"knitting" is not a topic in _data\/topics\.ts/ },
  "topic-listed-twice.md": { field: "topics[1]", reason: /^"schools" is listed twice$/ },
  "resource-url-javascript.md": { field: "resources[0].url", reason: /^"javascript:alert\(1\)" is not an http\(s\) URL$/ },
  "related-url-data.md": { field: "related[0].url", reason: /^"data:text\/html,<script>alert\(1\)<\/script>" is not an http\(s\) URL$/ },
  "contact-url-ftp.md": { field: "contacts[0].url", reason: /^"ftp:\/\/example\.org\/contact" is not an http\(s\) URL$/ },
  "contact-phone-invalid.md": { field: "contacts[0].phone", reason: /^"020 7421" is not a valid phone number$/ },
  "contact-without-a-way.md": { field: "contacts[0]", reason: /^needs a phone, email, url or address$/ },
  "resource-format-markup.md": { field: "resources[0].format", reason: /^"<b>PDF<\/b>" must be a short file format/ },
  "front-matter-not-a-mapping.md": { field: "(front matter)", reason: /^must be a mapping, not "Just a sentence/ },
  // The parser's own words vary between YAML libraries; the line the press officer must open does not.
  "yaml-bad-indentation.md": { field: "(front matter)", reason: /^is not valid YAML\b.*\bline 9, column \d+/ },
  // Where the bracket opens (line 7) or where the front matter ends without closing it (line 8).
  "yaml-unclosed-bracket.md": { field: "(front matter)", reason: /^is not valid YAML\b.*\bline [78], column \d+/ },
  "yaml-tab-indentation.md": { field: "(front matter)", reason: /^is not valid YAML\b.*\bline 8, column 1\b.*\btab/i },
  // The parser knows which key is repeated: the press officer should be told it is "title".
  "yaml-duplicate-key.md": { field: "title", reason: /line 7/ },
  "empty-file.md": { field: "(file)", reason: /^is empty: a release needs front matter and a body$/ },
  "front-matter-only.md": { field: "(body)", reason: /^is empty: write the release text below the front matter$/ },
  // Issue #13: images and attachments. The files they point at are made by writeInvalidMedia.
  "image-file-missing.md": { field: "images[0].file", reason: /^"invalid-media\/no-such-photo\.jpg" does not exist/ },
  "image-not-an-image.md": { field: "images[0].file", reason: /^"invalid-media\/notes\.jpg" is not an image in JPEG, PNG, WebP$/ },
  "image-format-gif.md": { field: "images[0].file", reason: /^"invalid-media\/scan\.gif" is not an image in JPEG, PNG, WebP \(it is GIF\)$/ },
  "image-alt-empty.md": { field: "images[0].alt", reason: /^"" must not be empty$/ },
  "image-alt-missing.md": { field: "images[0].alt", reason: /^is required: say what the image shows, or set decorative: true/ },
  "image-two-leads.md": { field: "images[1].lead", reason: /^images\[0\] is already the lead; a release has at most one$/ },
  "image-body-not-listed.md": { field: "(body)", reason: /^the text places "unlisted-photo\.jpg", which is not in "images"; list it there first$/ },
  "image-too-small.md": { field: "images[0].file", reason: /^"invalid-media\/small\.jpg" is 640 pixels wide; a lead image needs at least 1200$/ },
  "image-outside-folder.md": { field: "images[0].file", reason: /^"\.\.\/\.\.\/\.\.\/etc\/hostname" is outside the release's folder/ },
  "resource-file-missing.md": { field: "resources[0].file", reason: /^"invalid-media\/no-such-report\.pdf" does not exist/ },
};

/** Cases that also go through the real build: one of each kind of check. */
const REAL_BUILDS = [
  "missing-title.md",
  "date-in-words.md",
  "duplicate-ref-other-case.md",
  "duplicate-url.md",
  "resource-url-javascript.md",
  "yaml-tab-indentation.md",
  "empty-file.md",
  "image-not-an-image.md",
  "image-body-not-listed.md",
  "resource-file-missing.md",
];

const temporary: string[] = [];

test.afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A content folder holding the seed plus the given invalid files (removed after the test), and
 * the images and files they point at.
 */
async function contentWith(names: readonly string[]): Promise<string> {
  const parent = mkdtempSync(path.join(os.tmpdir(), "newsroom-invalid-"));
  temporary.push(parent);
  const dir = path.join(parent, "releases");
  cpSync("src/releases", dir, { recursive: true });
  for (const name of names) cpSync(path.join(FIXTURES, name), path.join(dir, name));
  await writeInvalidMedia(dir);
  return dir;
}

/** The problem lines loadReleases reports for a folder: the very lines the build prints. */
async function problemLines(dir: string): Promise<string[]> {
  try {
    await loadReleases(dir, rules);
  } catch (error) {
    if (error instanceof ReleaseValidationError) return error.problems.map((p) => `${p.file}: "${p.field}": ${p.reason}`);
    throw error;
  }
  return [];
}

/** The line for `file` and `field`, or every line about `file` when there is none. */
function expectReported(lines: readonly string[], file: string, expected: Expectation): void {
  const prefix = `${file}: "${expected.field}": `;
  const line = lines.find((l) => l.startsWith(prefix));
  expect(line, `a line starting ${prefix}\namong\n${lines.join("\n")}`).toBeDefined();
  expect(line!.slice(prefix.length)).toMatch(expected.reason);
}

/** Everything the build left behind: no page, and no image or attachment either. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" });
}

test("every invalid fixture has an expectation, and every expectation a fixture", () => {
  expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(CASES).sort());
});

test.describe("each malformed release is reported with its file and field", () => {
  for (const [name, expected] of Object.entries(CASES)) {
    test(`${name}: "${expected.field}"`, async () => {
      const dir = await contentWith([name]);
      const lines = await problemLines(dir);
      expect(lines.length, "problems found").toBeGreaterThan(0);
      const file = path.join(dir, name);
      expectReported(lines, file, expected);
      // The seed is fine: every problem is the new file's.
      expect(lines.filter((l) => !l.startsWith(`${file}: "`))).toEqual([]);
    });
  }
});

test.describe("the real build stops, names the file and field, and writes nothing", () => {
  for (const name of REAL_BUILDS) {
    test(name, async () => {
      test.setTimeout(120_000);
      const dir = await contentWith([name]);
      const build = buildSite(dir);
      temporary.push(path.dirname(build.outputDir));
      expect(build.status, build.output).toBe(1);
      const file = path.join(dir, name);
      const printed = build.output.split("\n").filter((l) => l.startsWith(`${file}: "`));
      expectReported(printed, file, CASES[name]!);
      expect(printed, "the build prints what the loader reports").toEqual(await problemLines(dir));
      const n = printed.length;
      expect(build.output).toContain(`Build stopped: ${n} problem${n === 1 ? "" : "s"} in ${dir}; nothing was written.`);
      expect(filesUnder(path.dirname(build.outputDir)), "files written").toEqual([]);
    });
  }
});

test("all malformed releases together: one run reports every problem in every file", async () => {
  test.setTimeout(180_000);
  const names = Object.keys(CASES);
  const dir = await contentWith(names);
  const build = buildSite(dir);
  temporary.push(path.dirname(build.outputDir));
  expect(build.status, build.output).toBe(1);
  const printed = build.output.split("\n").filter((l) => l.startsWith(`${dir}${path.sep}`));
  // Every file is named at least once, each with a field.
  for (const name of names) {
    expect.soft(printed.some((l) => l.startsWith(`${path.join(dir, name)}: "`)), `a line for ${name}`).toBe(true);
  }
  expect(printed.length).toBeGreaterThanOrEqual(names.length);
  // And nothing is lost or changed by reporting them together: the lines are those of each file
  // checked on its own (with the seed), in the folder the build saw.
  const alone: string[] = [];
  for (const name of names) {
    const single = await contentWith([name]);
    for (const line of await problemLines(single)) alone.push(line.split(single).join(dir));
  }
  expect([...printed].sort()).toEqual(alone.sort());
  expect(build.output).toContain(`Build stopped: ${printed.length} problems in ${dir}; nothing was written.`);
  expect(filesUnder(path.dirname(build.outputDir)), "files written").toEqual([]);
});
