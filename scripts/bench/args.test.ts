import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULTS, parseArgs } from "./args.ts";

test("defaults: 1,000 releases, 3 pairs, every step", () => {
  assert.deepEqual(parseArgs([]), DEFAULTS);
  assert.equal(DEFAULTS.n, 1000);
  assert.equal(DEFAULTS.pairs, 3);
});

test("--n and --pairs, spaced or with =", () => {
  const options = parseArgs(["--n", "4000", "--pairs=5", "--no-lighthouse"]);
  assert.equal(options.n, 4000);
  assert.equal(options.pairs, 5);
  assert.equal(options.lighthouse, false);
  assert.equal(options.browser, true);
});

test("--smoke is small and quick unless told otherwise", () => {
  const smoke = parseArgs(["--smoke"]);
  assert.equal(smoke.smoke, true);
  assert.equal(smoke.n, 200);
  assert.equal(smoke.pairs, 1);
  assert.equal(parseArgs(["--n", "300", "--smoke"]).n, 300);
});

test("bad input is refused with the reason", () => {
  assert.throws(() => parseArgs(["--n", "many"]), /--n needs a whole number/);
  assert.throws(() => parseArgs(["--pairs", "0"]), /at least 1/);
  assert.throws(() => parseArgs(["--fast"]), /unknown option --fast/);
});
