import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { loadReleases } from "../../src/lib/release-loader.ts";
import { assertFixtureDir, generateFixtures, MARKER_FILE, writeFixtures } from "./fixtures.ts";

const repoRoot = process.cwd();

test("the same N gives the same bytes; another seed gives other text", () => {
  const a = generateFixtures({ n: 40 });
  const b = generateFixtures({ n: 40 });
  assert.deepEqual(a, b);
  assert.notDeepEqual(generateFixtures({ n: 40, seed: 1 }), a);
});

test("each release has about 5 KB of body, a quote in the house syntax, and a unique ref", () => {
  const files = generateFixtures({ n: 120 });
  const refs = new Set<string>();
  for (const file of files) {
    const [, frontMatter, body] = file.text.split(/^---\n/m);
    assert.ok(frontMatter && body, file.path);
    assert.ok(body.length > 4500 && body.length < 7000, `${file.path}: body of ${body.length} bytes`);
    assert.match(body, /^> .+\n>\n> — [^,\n]+, .+$/m, `${file.path} has a quote`);
    const ref = /^ref: (NR\d{4}-\d+)$/m.exec(frontMatter)?.[1];
    assert.ok(ref, `${file.path} has a ref`);
    assert.ok(file.path.startsWith(`${ref.slice(2, 6)}/${ref}-`), `${file.path} is filed under its year and ref`);
    assert.ok(!refs.has(ref), `${ref} is unique`);
    refs.add(ref);
  }
  const years = new Set(files.map((f) => f.path.slice(0, 4)));
  assert.ok(years.size >= 5, `dates spread over ${years.size} years`);
});

test("written fixtures pass the site's own loader (schema, unique refs and URLs)", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "fixtures-test-"));
  try {
    const { files } = await writeFixtures(dir, { n: 150, repoRoot });
    const releases = await loadReleases(dir);
    assert.equal(releases.length, files);
    assert.ok(releases.some((r) => r.html.includes('<figure class="nr-quote">')), "quotes render as figures");
    assert.ok(releases.every((r) => r.topics.length > 0 && r.notes.length > 0));
    // Writing again with a smaller N leaves no stale files behind.
    await writeFixtures(dir, { n: 10, repoRoot });
    assert.equal((await loadReleases(dir)).length, 10);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("fixtures are never written into src/releases, nor into a folder someone else filled", async () => {
  assert.throws(() => assertFixtureDir(path.join(repoRoot, "src", "releases"), repoRoot), /refusing/);
  assert.throws(() => assertFixtureDir(path.join(repoRoot, "src", "releases", "bench"), repoRoot), /refusing/);
  assert.throws(() => assertFixtureDir("src/releases/", repoRoot), /refusing/);
  assert.doesNotThrow(() => assertFixtureDir(path.join(os.tmpdir(), "anything"), repoRoot));
  const dir = await mkdtemp(path.join(os.tmpdir(), "fixtures-test-"));
  try {
    await mkdir(path.join(dir, "2020"));
    await writeFile(path.join(dir, "2020", "mine.md"), "precious");
    await assert.rejects(writeFixtures(dir, { n: 3, repoRoot }), new RegExp(MARKER_FILE.replace(".", "\\.")));
    assert.equal(await readFile(path.join(dir, "2020", "mine.md"), "utf8"), "precious");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
