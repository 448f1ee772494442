import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadReleases as loadWith, READ_CONCURRENCY, ReleaseValidationError } from "./release-loader.ts";
import { testPressOffice, testRules } from "./testing/rules.ts";

const loadReleases = (dir: string, options?: Parameters<typeof loadWith>[2]) => loadWith(dir, testRules, options);

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "newsroom-loader-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const release = (fields: string, body = "Body text.") => `---\n${fields}\n---\n${body}\n`;
const seedLike = release("title: Councils should adopt young people’s services\nref: NR2011-31\ndate: 2011-08-09\nsummary: S", "> Quoted.\n>\n> — Miriam Rosen, Chief Inspector");

async function failure(dir: string): Promise<string[]> {
  try {
    await loadReleases(dir);
  } catch (error) {
    assert.ok(error instanceof ReleaseValidationError);
    return error.problems.map((p) => `${path.basename(p.file)}: "${p.field}": ${p.reason}`);
  }
  assert.fail("expected the releases to be refused");
}

test("front matter marked as JavaScript is refused, never run", async () => {
  const marker = "__newsroomFrontMatterRan";
  const problems = await failure(folder({ "a.md": `---js\n{ title: (globalThis.${marker} = "ran") }\n---\nBody.\n` }));
  assert.deepEqual(problems, ['a.md: "(front matter)": is marked "js" after its opening ---; release front matter is YAML: leave the line as just ---']);
  assert.equal((globalThis as Record<string, unknown>)[marker], undefined);
});

test("a valid release is derived once: URL, dates, rendered body", async () => {
  const [r] = await loadReleases(folder({ "2011/a.md": seedLike }));
  assert.equal(r!.url, "/releases/2011/councils-should-adopt-young-peoples-services/");
  assert.equal(r!.published, "2011-08-09T00:00:00.000+01:00");
  assert.equal(r!.modified, r!.published);
  assert.match(r!.html, /<figcaption class="nr-quote__caption"><span class="nr-quote__speaker">Miriam Rosen<\/span>/);
});

test("media contacts: the release's own, or else the press office, decided once for page and feeds", async () => {
  const [own, none] = await loadReleases(
    folder({
      "a.md": release("title: Own\nref: NR2011-1\ndate: 2011-08-09\nsummary: S\ncontacts:\n  - { name: Jo Bloggs, email: jo@example.org }"),
      "b.md": release("title: None\nref: NR2011-2\ndate: 2011-08-09\nsummary: S"),
    }),
  ).then((all) => [all.find((r) => r.ref === "NR2011-1")!, all.find((r) => r.ref === "NR2011-2")!]);
  assert.deepEqual(own!.mediaContacts, [{ name: "Jo Bloggs", email: "jo@example.org" }]);
  assert.deepEqual(none!.mediaContacts, testPressOffice);
});

test("the newest change is the modified date, and history is newest first", async () => {
  const [r] = await loadReleases(
    folder({ "a.md": release("title: T\nref: NR2011-1\ndate: 2011-08-09\nsummary: S\nupdated:\n  - { date: 2011-08-10, note: A }\n  - { date: 2011-09-01T10:00, note: B }") }),
  );
  assert.equal(r!.modified, "2011-09-01T10:00:00.000+01:00");
  assert.deepEqual(r!.history.map((c) => c.note), ["B", "A"]);
});

test("problems in several files are all reported, each naming file and field", async () => {
  const found = await failure(
    folder({
      "good.md": seedLike,
      "bad-date.md": release("title: T\nref: NR2011-2\ndate: 09 Aug 2011\nsummary: S"),
      "broken.md": "---\ntitle: [oops\n---\nBody\n",
      "empty.md": "",
      "no-body.md": release("title: T\nref: NR2011-3\ndate: 2011-08-09\nsummary: S", ""),
      "dup-key.md": "---\ntitle: A\ntitle: B\nref: NR2011-4\ndate: 2011-08-09\nsummary: S\n---\nBody\n",
    }),
  );
  assert.equal(found.length, 5, found.join("\n"));
  assert.ok(found.includes('bad-date.md: "date": "09 Aug 2011" is not a date (YYYY-MM-DD, optionally THH:MM and an offset)'));
  assert.ok(found.some((p) => p.startsWith('broken.md: "(front matter)": is not valid YAML')));
  assert.ok(found.includes('dup-key.md: "title": is given twice (again at line 3); keep one'), found.join("\n"));
  assert.ok(found.includes('empty.md: "(file)": is empty: a release needs front matter and a body'));
  assert.ok(found.includes('no-body.md: "(body)": is empty: write the release text below the front matter'));
});

test("refs are unique in any case, even when the other file has other problems", async () => {
  const found = await failure(folder({ "a.md": seedLike, "b.md": release("title: Other\nref: nr2011-31\ndate: nope\nsummary: S") }));
  assert.ok(found.some((p) => /^b\.md: "ref": "nr2011-31" is already used by .*a\.md$/.test(p)), found.join("\n"));
});

test("two releases with the same URL are refused", async () => {
  const found = await failure(folder({ "a.md": seedLike, "b.md": release("title: Councils should adopt young people’s services\nref: NR2011-32\ndate: 2011-03-01\nsummary: S") }));
  assert.equal(found.length, 1);
  assert.match(found[0]!, /^b\.md: "slug": \/releases\/2011\/councils-should-adopt-young-peoples-services\/ is already the URL of/);
});

test("raw HTML in the body is escaped", async () => {
  const [r] = await loadReleases(folder({ "a.md": release("title: T\nref: NR2011-5\ndate: 2011-08-09\nsummary: S", "<script>alert(1)</script>") }));
  assert.doesNotMatch(r!.html, /<script/);
});

test("a large folder is read a bounded number of files at a time, with the same result as reading them one by one", async () => {
  // 300 files and a limit of 16: every read is held open for a tick, so the pool is full when it can be.
  const files: Record<string, string> = {};
  for (let i = 1; i <= 300; i++) files[`${2000 + (i % 7)}/r${i}.md`] = release(`title: Release ${i}\nref: NR2011-${i}\ndate: 2011-08-09\nsummary: S`);
  const dir = folder(files);
  let inFlight = 0;
  let most = 0;
  const read = async (file: string) => {
    inFlight++;
    most = Math.max(most, inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return await readFile(file, "utf8");
    } finally {
      inFlight--;
    }
  };
  const bounded = await loadReleases(dir, { read, concurrency: 16 });
  assert.equal(most, 16, "never more than the limit in flight, and the limit is used");
  assert.deepEqual(bounded, await loadReleases(dir, { concurrency: 1 }));
  assert.equal(bounded.length, 300);
});

test("the default limit applies when none is given", async () => {
  const files: Record<string, string> = {};
  for (let i = 1; i <= READ_CONCURRENCY * 2; i++) files[`r${i}.md`] = release(`title: Release ${i}\nref: NR2011-${i}\ndate: 2011-08-09\nsummary: S`);
  let inFlight = 0;
  let most = 0;
  await loadReleases(folder(files), {
    read: async (file) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight--;
      return readFile(file, "utf8");
    },
  });
  assert.equal(most, READ_CONCURRENCY);
});

test("problems are reported the same whatever order the reads finish in", async () => {
  const dir = folder({
    "a.md": release("title: T\nref: NR2011-1\ndate: nope\nsummary: S"),
    "b.md": release("title: T\nref: nr2011-1\ndate: 2011-08-09"),
    "c.md": "",
  });
  const messages = async (options: Parameters<typeof loadReleases>[1]) =>
    loadReleases(dir, options).then(
      () => assert.fail("expected the releases to be refused"),
      (error: unknown) => (error as Error).message,
    );
  // Later files finish first: the reverse of the order they were started in.
  const reversed = async (file: string) => {
    await new Promise((resolve) => setTimeout(resolve, file.endsWith("a.md") ? 30 : file.endsWith("b.md") ? 15 : 1));
    return readFile(file, "utf8");
  };
  assert.equal(await messages({ read: reversed }), await messages({ concurrency: 1 }));
});

test("withdrawn, political and lang are derived once: modified date, notice HTML, former government, direction", async () => {
  const [withdrawn, current, arabic] = await loadReleases(
    folder({
      "2016/a.md": release("title: A\nref: GOV2016-1\ndate: 2016-12-25T00:15:02+00:00\nsummary: S\npolitical: true\nwithdrawn: { date: 2019-08-22T10:29:02+01:00, explanation: We’ve *withdrawn* this }"),
      "2024/b.md": release("title: B\nref: GOV2024-2\ndate: 2024-11-16\nsummary: S\npolitical: true"),
      "2024/c.md": release("title: C\nref: GOV2024-3\ndate: 2024-01-25\nsummary: S\nlang: ar", "نص"),
    }),
  );
  assert.equal(withdrawn!.modified, "2019-08-22T10:29:02.000+01:00");
  assert.equal(withdrawn!.withdrawnHtml, "<p>We’ve <em>withdrawn</em> this</p>\n");
  assert.equal(withdrawn!.formerGovernment, "2016 to 2019 May Conservative government");
  assert.equal(current!.formerGovernment, undefined);
  assert.equal(current!.withdrawnHtml, undefined);
  assert.equal(arabic!.dir, "rtl");
  assert.equal(arabic!.formerGovernment, undefined, "not political: no notice");
  assert.equal(withdrawn!.dir, "ltr");
});
