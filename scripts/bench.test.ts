import assert from "node:assert/strict";
import { test } from "node:test";
import { parseOptions } from "./bench.ts";

test("defaults, and --smoke's own defaults that explicit flags still override", () => {
  assert.deepEqual(parseOptions([]), { n: 1000, pairs: 3, words: 7, lighthouseRuns: 3, smoke: false, browser: true, lighthouse: true, profile: false, keep: false, peerIndex: true, devLoop: true });
  const smoke = parseOptions(["--smoke", "--n=300"]);
  assert.deepEqual([smoke.n, smoke.pairs, smoke.words, smoke.lighthouseRuns], [300, 1, 2, 1]);
  const off = parseOptions(["--no-lighthouse", "--no-peer-index", "--pairs", "5"]);
  assert.deepEqual([off.lighthouse, off.peerIndex, off.browser, off.pairs], [false, false, true, 5]);
  assert.equal(parseOptions(["--no-dev-loop"]).devLoop, false);
});

test("bad values and unknown flags are refused with the flag's name", () => {
  assert.throws(() => parseOptions(["--n", "0"]), /--n needs a whole number/);
  assert.throws(() => parseOptions(["--pairs", "two"]), /--pairs needs a whole number/);
  assert.throws(() => parseOptions(["--fast"]), /Unknown option '--fast'/);
});
