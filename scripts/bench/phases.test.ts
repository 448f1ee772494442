import assert from "node:assert/strict";
import { test } from "node:test";
import { indexedPages, phasesOf } from "./phases.ts";

const OURS = `[newsroom] phase validated at 2.100s
[newsroom] phase eleventy.before at 2.500s
[newsroom] phase eleventy.after at 10.500s (writing 1.500s)
[newsroom] pagefind: indexed 4,000 pages in 6.00s (4 shards, largest 1000)
[11ty] Copied 1 Wrote 4041 files in 14.50 seconds (v3.1.8)
[newsroom] phase indexed at 16.500s
`;

test("our build's phases add up to its wall time", () => {
  const phases = phasesOf(OURS, 17_000)!;
  assert.deepEqual(phases, { "start-up and validation": 2500, rendering: 6500, writing: 1500, indexing: 6000, finishing: 500 });
  assert.equal(Object.values(phases).reduce((a, b) => a + b, 0), 17_000);
});

test("the peer's indexing is its Pagefind run, and its Eleventy ends at eleventy.after", () => {
  const bare = "[newsroom] phase eleventy.before at 0.800s\n[newsroom] phase eleventy.after at 5.800s (writing 1.000s)\n";
  assert.deepEqual(phasesOf(bare, 6000, 9000), { "start-up and validation": 800, rendering: 4000, writing: 1000, indexing: 9000, finishing: 200 });
});

test("a log without the marks gives no phases", () => {
  assert.equal(phasesOf("[11ty] Wrote 10 files in 1.2 seconds", 1500), undefined);
});

test("the pages Pagefind indexed come from the build's line", () => {
  assert.equal(indexedPages(OURS), 4000);
  assert.equal(indexedPages("nothing"), undefined);
});
