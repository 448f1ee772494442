import assert from "node:assert/strict";
import { test } from "node:test";
import { parsePagefindLine, tail } from "./build-log.ts";

test("the Pagefind line gives pages and seconds, and the part after rendering when given", () => {
  const log = "[11ty] Wrote 4013 files\n[newsroom] pagefind: indexed 4,000 pages in 12.34s (1.20s after rendering finished)\n";
  assert.deepEqual(parsePagefindLine(log), { pages: 4000, seconds: 12.34, afterRenderSeconds: 1.2 });
  assert.deepEqual(parsePagefindLine("[newsroom] pagefind: indexed 1 page in 850ms"), { pages: 1, seconds: 0.85, afterRenderSeconds: undefined });
});

test("a build that prints no Pagefind line gives undefined", () => {
  assert.equal(parsePagefindLine("[11ty] Wrote 10 files in 1.2 seconds"), undefined);
});

test("tail keeps the last lines", () => {
  assert.equal(tail("a\nb\nc\n", 2), "b\nc");
});
