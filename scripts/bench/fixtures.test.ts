import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import YAML from "yaml";
import { rules } from "../../_data/releases.ts";
import { loadReleases } from "../../src/lib/release-loader.ts";
import { assertFixtureDir, countFixtureWords, fixtureBody, generateFixtures, MARKER_FILE, writeFixtures } from "./fixtures.ts";
import { EXCLUDED_WORDS, searchWords } from "./vocabulary.ts";

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

// One set for the vocabulary checks below: 200 releases is the smoke benchmark's size.
const sample = generateFixtures({ n: 200 });
const words = countFixtureWords(sample);

test("the bodies draw on tens of thousands of words, most of them in only a few releases", () => {
  // A fixed list of a few hundred words fails every one of these: each of its words ends up in
  // most releases, so every search matches nearly every page.
  const frequencies = [...words.documents.values()];
  assert.equal(words.releases, 200);
  assert.ok(words.documents.size > 15_000, `${words.documents.size} distinct words over 200 releases`);
  const inOne = frequencies.filter((d) => d === 1).length;
  assert.ok(inOne > words.documents.size * 0.4, `${inOne} of ${words.documents.size} words are in one release only`);
  const inAll = frequencies.filter((d) => d === 200).length;
  assert.ok(inAll < 30, `${inAll} words are in every release`);
  const inHalf = frequencies.filter((d) => d >= 100).length;
  assert.ok(inHalf > 50 && inHalf < 500, `${inHalf} words are in at least half the releases`);
});

test("word frequencies fall as 1/rank, as in real text (Zipf exponent near 1)", () => {
  const counts = new Map<string, number>();
  for (const file of sample) for (const word of fixtureBody(file.text).toLowerCase().match(/[a-z]+/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  const byRank = [...counts.values()].sort((a, b) => b - a);
  // Least-squares slope of log(count) against log(rank) over ranks 100 to 5,000: past the
  // newsroom's template words, before the words seen once.
  const points = byRank.slice(99, 5000).map((count, i) => [Math.log(i + 100), Math.log(count)] as const);
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / points.length;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / points.length;
  const slope = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0) / points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  assert.ok(slope < -0.85 && slope > -1.3, `slope ${slope.toFixed(2)}`);
});

test("no generated word can start markdown or break the YAML, and none is an excluded word", () => {
  for (const file of sample) {
    const [, frontMatter] = file.text.split(/^---\n/m);
    const data = YAML.parse(frontMatter!) as Record<string, unknown>;
    assert.equal(typeof data.title, "string", file.path);
    assert.equal(typeof data.summary, "string", file.path);
    for (const line of fixtureBody(file.text).split("\n")) {
      // Every line is a paragraph (capital or figure first), a heading, a list item, a quote or blank.
      assert.match(line, /^(?:$|[A-Z0-9]|## [A-Z]|- [A-Z]|> [A-Z0-9—]|>$)/, `${file.path}: ${line.slice(0, 60)}`);
      // Past its marker and the generator's own links, no character markdown treats as syntax.
      const text = line.replace(/^(?:## |- |> ?)/, "").replace(/\[[a-z ]+\]\(https:\/\/www\.example\.org\/[a-z0-9/-]+\)/g, "");
      assert.doesNotMatch(text, /[*_`<>\\|#[\]()]/, `${file.path}: ${line.slice(0, 60)}`);
    }
  }
  for (const word of EXCLUDED_WORDS) assert.ok(!words.documents.has(word), `"${word}" was generated`);
});

test("every optional field and body feature turns up somewhere", () => {
  const data = sample.map((f) => YAML.parse(f.text.split(/^---\n/m)[1]!) as Record<string, unknown[] | string | undefined>);
  const some = (what: string, found: boolean) => assert.ok(found, `no release has ${what}`);
  some("areas", data.some((d) => d.areas));
  some("a resource with a link", data.some((d) => (d.resources as { url?: string }[] | undefined)?.some((r) => r.url)));
  some("a resource without one", data.some((d) => (d.resources as { url?: string }[] | undefined)?.some((r) => !r.url)));
  some("contacts", data.some((d) => d.contacts));
  some("a related link", data.some((d) => (d.related as { url?: string }[] | undefined)?.some((r) => r.url)));
  some("a related item without a link", data.some((d) => (d.related as { url?: string }[] | undefined)?.some((r) => !r.url)));
  some("a change note", data.some((d) => d.updated));
  some("a time of day", data.some((d) => String(d.date).includes("T")));
  some("a type other than press-release", data.some((d) => d.type !== "press-release"));
  some("three topics", data.some((d) => d.topics?.length === 3));
  const bodies = sample.map((f) => fixtureBody(f.text));
  some("a heading", bodies.some((b) => /^## /m.test(b)));
  some("a list", bodies.some((b) => /^- /m.test(b)));
  some("a link", bodies.some((b) => /\]\(https:\/\/www\.example\.org\//.test(b)));
});

test("search words come from the generated text, from a word in nearly every release down to one in a single release", () => {
  const chosen = searchWords(words, 7);
  assert.equal(chosen.length, 7);
  assert.equal(new Set(chosen.map((c) => c.word)).size, 7);
  assert.ok(chosen[0]!.releases >= 180, `the most common is in ${chosen[0]!.releases} of 200`);
  assert.equal(chosen.at(-1)!.releases, 1);
  for (let i = 1; i < chosen.length; i++) assert.ok(chosen[i]!.releases < chosen[i - 1]!.releases, "from common to rare");
  // The middle of the range is covered too, not only the two ends.
  assert.ok(chosen.some((c) => c.releases >= 5 && c.releases <= 50), chosen.map((c) => `${c.word} ${c.releases}`).join(", "));
  for (const { word, releases } of chosen) {
    assert.match(word, /^[a-z]{4,}$/);
    assert.equal(sample.filter((f) => new RegExp(`\\b${word}\\b`, "i").test(fixtureBody(f.text))).length, releases, word);
  }
  assert.deepEqual(searchWords(countFixtureWords(generateFixtures({ n: 200 })), 7), chosen, "the same for the same content");
  assert.deepEqual(searchWords(words, 2).map((c) => c.word), [chosen[0]!.word, chosen.at(-1)!.word]);
});

test("written fixtures pass the site's own loader (schema, unique refs and URLs)", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "fixtures-test-"));
  try {
    const { files } = await writeFixtures(dir, { n: 150, repoRoot });
    const releases = await loadReleases(dir, rules);
    assert.equal(releases.length, files);
    assert.ok(releases.some((r) => r.html.includes('<figure class="nr-quote">')), "quotes render as figures");
    assert.ok(releases.every((r) => r.topics.length > 0 && r.notes.length > 0));
    // Writing again with a smaller N leaves no stale files behind.
    await writeFixtures(dir, { n: 10, repoRoot });
    assert.equal((await loadReleases(dir, rules)).length, 10);
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
