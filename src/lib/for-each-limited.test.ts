import assert from "node:assert/strict";
import { test } from "node:test";
import { forEachLimited } from "./for-each-limited.ts";

test("forEachLimited visits every item once, even with a limit above the count or none at all", async () => {
  for (const [count, limit] of [[0, 4], [3, 10], [10, 3], [5, 1]] as const) {
    const seen: number[] = [];
    await forEachLimited(Array.from({ length: count }, (_, i) => i), limit, async (i) => void seen.push(i));
    assert.deepEqual(seen.sort((a, b) => a - b), Array.from({ length: count }, (_, i) => i));
  }
});

test("forEachLimited gives each item its position", async () => {
  const seen: string[] = [];
  await forEachLimited(["a", "b", "c"], 2, async (item, index) => void seen.push(`${index}:${item}`));
  assert.deepEqual(seen.sort(), ["0:a", "1:b", "2:c"]);
});
