import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { loadReleases } from "../release-loader.ts";
import { testRules } from "../testing/rules.ts";
import { fixture, fixtures, root, seedDir, seedName, tempDir } from "./fixtures.ts";
import { importPlainText } from "./plain-text.ts";
import { serialiseRelease } from "./release-file.ts";


const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, ["--import", "tsx", "scripts/import-release.ts", ...args], { cwd: root, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

test("CLI: prints the path, warns on stderr, and will not overwrite without --force", async () => {
  const out = tempDir("cli");
  const input = path.join(fixtures, "NR2011-31.txt");
  const first = await run([input, "--out", out]);
  const expected = path.join(out, "2011", seedName);
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stdout, `${expected}\n`);
  assert.match(first.stderr, /NR2011-31\.txt:\d+: warning: "related\[0\]\.url": no link in the text/);
  assert.match(first.stderr, /NR2011-31\.txt: warning: "topics": cannot be told from the text/);
  assert.equal(readFileSync(expected, "utf8"), serialiseRelease(importPlainText(fixture("NR2011-31.txt"))));

  const again = await run([input, "--out", out]);
  assert.equal(again.code, 1);
  assert.equal(again.stdout, "");
  assert.match(again.stderr, /already exists: add --force to replace it/);
  const forced = await run([input, "--out", out, "--force"]);
  assert.equal(forced.code, 0, forced.stderr);
  assert.equal(forced.stdout, `${expected}\n`);
  assert.equal((await loadReleases(out, testRules)).length, 1);
});

test("CLI: refuses what is not a release, cannot be read, would not validate, or takes a ref in RELEASES_DIR", async () => {
  const dir = tempDir("bad");
  const undated = path.join(dir, "undated.txt");
  writeFileSync(undated, "Press release: No date\n\nRef: NR2011-5\n\nA summary.\n");
  mkdirSync(path.join(dir, "older"));
  copyFileSync(path.join(seedDir, seedName), path.join(dir, "older", "seed.md"));
  const [notRelease, missing, invalid, taken] = await Promise.all([
    run([path.join(fixtures, "not-a-release.txt"), "--out", dir]),
    run([path.join(dir, "missing.txt"), "--out", dir]),
    run([undated, "--out", dir]),
    run([path.join(fixtures, "NR2011-31.txt"), "--force"], { RELEASES_DIR: dir }),
  ]);
  assert.equal(notRelease.code, 1);
  assert.match(notRelease.stderr, /not-a-release\.txt: not a press release: no heading line/);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /missing\.txt: cannot read the file \(ENOENT\)/);
  assert.equal(invalid.code, 1);
  assert.match(invalid.stderr, /undated\.txt: "date": is required\n.*the text has no date: give one with --date, such as --date \d{4}-\d{2}-\d{2}\n.*not imported: the release would not validate/);
  assert.equal(taken.code, 1);
  assert.match(taken.stderr, /not imported: "ref": "NR2011-31" is already used by .*older\/seed\.md/);
  assert.deepEqual(readdirSync(dir).sort(), ["older", "undated.txt"], "nothing was written");
  assert.equal(notRelease.stdout + missing.stdout + invalid.stdout + taken.stdout, "");
});

test("CLI: --ref and --date complete text copied from a GOV.UK page", async () => {
  const out = tempDir("govuk-page");
  const input = path.join(fixtures, "govuk-page.txt");
  const refused = await run([input, "--out", out]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /the text has no ref: give one with --ref/);
  const done = await run([input, "--out", out, "--ref", "DFT2014-7", "--date", "2014-03-27T09:35"]);
  assert.equal(done.code, 0, done.stderr);
  assert.equal(done.stdout, `${path.join(out, "2014", "DFT2014-7-public-approval-for-driving-limits-for-16-drugs.md")}\n`);
  const [release] = await loadReleases(out, testRules);
  assert.equal(release?.published, "2014-03-27T09:35:00.000+00:00");
});

test("CLI: GOV.UK items with --images: the lead image's file is copied beside the release; --images is refused for plain text", async () => {
  const out = tempDir("govuk-images");
  const images = tempDir("govuk-image-files");
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#345" } }).jpeg().toFile(path.join(images, "Christmas.jpg"));
  const done = await run(["--from", "govuk", path.join(root, "e2e/fixtures/govuk/world_news_story_news_article.json"), "--out", out, "--images", images, "--prefix", "HO"]);
  assert.equal(done.code, 0, done.stderr);
  const file = done.stdout.trim();
  assert.match(readFileSync(file, "utf8"), /^images:\n {2}- file: HO2016-1\/Christmas\.jpg\n {4}alt: Christmas\n {4}lead: true$/m);
  const [release] = await loadReleases(out, testRules);
  assert.deepEqual([release?.images[0]?.width, release?.images[0]?.lead], [1200, true]);
  const refused = await run([path.join(fixtures, "NR2011-31.txt"), "--out", out, "--images", images]);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /^--images is for GOV.UK items' lead images/);
});
