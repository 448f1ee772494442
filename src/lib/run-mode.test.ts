import { test } from "node:test";
import assert from "node:assert/strict";
import { isDevServer } from "./run-mode.ts";

test("only Eleventy's serve and watch modes are the dev server", () => {
  assert.equal(isDevServer({ ELEVENTY_RUN_MODE: "serve" }), true);
  assert.equal(isDevServer({ ELEVENTY_RUN_MODE: "watch" }), true);
  assert.equal(isDevServer({ ELEVENTY_RUN_MODE: "build" }), false);
  assert.equal(isDevServer({}), false);
});
