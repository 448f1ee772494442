import assert from "node:assert/strict";
import { test } from "node:test";
import { formatBytes, formatDuration, formatRatio, median } from "./stats.ts";

test("median of odd and even counts, in any order", () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([5]), 5);
  assert.throws(() => median([]), /no values/);
});

test("ratios have two decimals and never divide by zero", () => {
  assert.equal(formatRatio(13, 10), "1.30×");
  assert.equal(formatRatio(2000, 1000), "2.00×");
  assert.equal(formatRatio(1, 0), "n/a");
  assert.equal(formatRatio(Number.NaN, 1), "n/a");
});

test("durations and sizes in readable units", () => {
  assert.equal(formatDuration(850.4), "850 ms");
  assert.equal(formatDuration(12345), "12.35 s");
  assert.equal(formatBytes(512), "512 B");
  assert.equal(formatBytes(14 * 1024), "14.0 KB");
  assert.equal(formatBytes(1.5 * 1024), "1.50 KB");
  assert.equal(formatBytes(1024 ** 3), "1.00 GB");
});
