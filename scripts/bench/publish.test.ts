import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { addRelease, newRelease, reusedShards } from "./publish.ts";

const release = (ref: string, date: string, title: string) => `---\ntitle: ${title}\nref: ${ref}\ndate: ${date}\nslug: own-slug\nsummary: S\n---\nBody.\n`;

test("a new release takes the newest one's date with a title, URL and ref of its own", () => {
  const made = newRelease(release("NR2025-9", "2025-08-02T07:30", "Rapid pattern"));
  assert.match(made, /^ref: NR2025-9-NEW$/m);
  assert.match(made, /^title: Rapid pattern \(published today\)$/m);
  assert.match(made, /^date: 2025-08-02T07:30$/m);
  assert.doesNotMatch(made, /^slug:/m);
});

test("the release is added beside the newest by date, not by file name", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "newsroom-publish-"));
  mkdirSync(path.join(dir, "2024"));
  mkdirSync(path.join(dir, "2025"));
  writeFileSync(path.join(dir, "2025", "a.md"), release("NR2025-1", "2025-01-01", "Older"));
  writeFileSync(path.join(dir, "2024", "z.md"), release("NR2025-2", "2025-06-01", "Newest"));
  const added = await addRelease(dir);
  assert.equal(path.dirname(added), path.join(dir, "2024"));
  assert.match(readFileSync(added, "utf8"), /^ref: NR2025-2-NEW$/m);
});

test("the build's line on reused shards is read, and its absence noticed", () => {
  assert.deepEqual(reusedShards("[newsroom] pagefind: 3 of 4 shards unchanged since an earlier build, copied from .cache"), { reused: 3, shards: 4 });
  assert.equal(reusedShards("[newsroom] pagefind: indexed 4000 pages"), undefined);
});
