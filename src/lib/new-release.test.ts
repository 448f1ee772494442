import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DateTime } from "luxon";
import { createRelease, NewReleaseError, newReleaseText, planNewRelease } from "./new-release.ts";
import { loadReleases, readClaims, readRelease } from "./release-loader.ts";
import { testRules } from "./testing/rules.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const seedDir = path.join(root, "src/releases/2011");
const seedName = readdirSync(seedDir).find((name) => name.startsWith("NR2011-31-"))!;
const seedTitle = "Councils should adopt a more collaborative approach to commissioning services for young people";

/** A temporary releases folder holding a copy of the seed, NR2011-31. */
function withSeed(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "newsroom-new-"));
  mkdirSync(path.join(dir, "2011"));
  copyFileSync(path.join(seedDir, seedName), path.join(dir, "2011", seedName));
  return dir;
}

const at = (iso: string) => DateTime.fromISO(iso, { setZone: true });

test("today is the London date: BST and GMT either side of midnight", async () => {
  const existing = await readClaims(withSeed());
  const plan = (iso: string) => planNewRelease("A headline", at(iso), existing);
  assert.deepEqual(
    plan("2011-08-08T22:59:00Z"),
    { ref: "NR2011-32", year: 2011, slug: "a-headline", title: "A headline", date: "2011-08-08" },
  );
  assert.equal(plan("2011-08-08T23:00:00Z").date, "2011-08-09", "00:00 BST is 23:00 UTC the day before");
  assert.equal(plan("2011-12-31T23:59:00Z").date, "2011-12-31", "GMT is UTC in winter");
  const newYear = plan("2012-01-01T00:00:00Z");
  assert.deepEqual([newYear.date, newYear.ref], ["2012-01-01", "NR2012-1"]);
  assert.equal(plan("2011-03-27T00:30:00+00:00").date, "2011-03-27");
});

test("an empty headline, one with no letters, and one whose URL is taken are refused", async () => {
  const existing = await readClaims(withSeed());
  const now = at("2011-10-01T12:00:00Z");
  assert.throws(() => planNewRelease("  \n ", now, existing), { name: "NewReleaseError", message: /the headline is empty/ });
  assert.throws(() => planNewRelease("?!", now, existing), /has no letters or digits/);
  assert.throws(() => planNewRelease("Page", now, existing), /"page" is reserved/);
  assert.throws(
    () => planNewRelease(seedTitle.toUpperCase(), now, existing),
    (error) => error instanceof NewReleaseError && /\/releases\/2011\/councils-should-adopt-.*\/ is already the URL of .*NR2011-31-.*; choose a different headline/.test(error.message),
  );
  assert.equal(planNewRelease(seedTitle, at("2012-02-01T12:00:00Z"), existing).ref, "NR2012-1", "the same headline in another year is a different URL");
});

test("a file with broken YAML still holds on to its ref", async () => {
  const dir = withSeed();
  writeFileSync(path.join(dir, "broken.md"), "---\nref: NR2011-50\ntitle: [oops\n---\nBody\n");
  const existing = await readClaims(dir);
  assert.equal(planNewRelease("Another", at("2011-10-01T12:00:00Z"), existing).ref, "NR2011-51");
});

test("the new file has every field of the schema, explained, and loads as a draft", async () => {
  const dir = withSeed();
  const file = await createRelease("Schools: what’s next?", dir, at("2011-08-08T23:30:00Z"), testRules.topicSlugs);
  assert.equal(file, path.join(dir, "2011", "NR2011-32-schools-whats-next.md"));
  const text = readFileSync(file, "utf8");
  for (const field of Object.keys(testRules.schema.shape)) {
    assert.match(text, new RegExp(`^#[^\\n]*\\n(?:#[^\\n]*\\n)*(?:# )?${field}:`, "m"), `${field} is present with a comment`);
  }
  assert.ok(text.split("\n").every((line) => line.length < 100), "lines are shorter than 100 columns");
  // Read as the build reads it: the loader's parser and the schema.
  const result = readRelease(file, text, testRules);
  assert.ok(result.ok, JSON.stringify(result));
  const content = result.body;
  assert.deepEqual(
    { title: result.frontMatter.title, ref: result.frontMatter.ref, date: result.frontMatter.date, draft: result.frontMatter.draft, contacts: result.frontMatter.contacts },
    { title: "Schools: what’s next?", ref: "NR2011-32", date: "2011-08-09", draft: true, contacts: undefined },
  );
  assert.match(content, /> — Name, Role/);
  const releases = await loadReleases(dir, testRules);
  assert.deepEqual(releases.map((r) => r.ref).sort(), ["NR2011-31", "NR2011-32"]);
  assert.equal(releases.find((r) => r.ref === "NR2011-32")!.url, "/releases/2011/schools-whats-next/");
  const fresh = path.join(dir, "not-yet");
  assert.equal(await createRelease("First", fresh, at("2012-06-01T12:00:00Z"), testRules.topicSlugs), path.join(fresh, "2012", "NR2012-1-first.md"));
});

test("the template quotes a headline only when YAML needs it", () => {
  const text = (title: string) => newReleaseText({ title, ref: "NR2011-1", date: "2011-08-09", year: 2011, slug: "s" }, testRules.topicSlugs);
  assert.match(text("Plain words"), /^title: Plain words$/m);
  assert.match(text("Ofsted: a # sign"), /^title: "Ofsted: a # sign"$/m);
  assert.match(text("'Quoted' start"), /^title: "'Quoted' start"$/m);
});

const run = (args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, ["--import", "tsx", "scripts/new-release.ts", ...args], { cwd: root, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

test("CLI: prints the path of the new file; refuses an empty or clashing headline", async () => {
  const dir = withSeed();
  const env = { RELEASES_DIR: dir, BUILD_TIME: "2011-08-09T00:30" };
  const [created, empty, clash] = await Promise.all([run(["Youth", "services", "review"], env), run([], env), run([seedTitle], env)]);
  assert.equal(created.code, 0, created.stderr);
  assert.equal(created.stdout, `${path.join(dir, "2011", "NR2011-32-youth-services-review.md")}\n`);
  assert.equal(empty.code, 1);
  assert.match(empty.stderr, /^npm run new: the headline is empty/);
  assert.equal(clash.code, 1);
  assert.match(clash.stderr, /is already the URL of .*NR2011-31-/);
  assert.deepEqual(readdirSync(path.join(dir, "2011")).sort(), [seedName, "NR2011-32-youth-services-review.md"]);
});
