import assert from "node:assert/strict";
import { test } from "node:test";
import { owner, summariseProfile, type CpuProfile } from "./cpu-profile.ts";

test("functions are attributed to their package or source file", () => {
  assert.equal(owner("file:///work/main/node_modules/nunjucks/src/compiler.js", "compile"), "nunjucks");
  assert.equal(owner("file:///work/main/node_modules/@11ty/eleventy/src/Template.js", "render"), "@11ty/eleventy");
  assert.equal(owner("file:///work/main/src/lib/markdown.ts", "renderMarkdown"), "src/lib/markdown.ts");
  assert.equal(owner("node:internal/fs/promises", "readFile"), "node:internal");
  assert.equal(owner("", "(garbage collector)"), "(garbage collector)");
});

test("self time is summed per function and per owner, idle left out", () => {
  const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame("(root)", "") },
      { id: 2, callFrame: frame("render", "file:///x/node_modules/nunjucks/a.js") },
      { id: 3, callFrame: frame("parse", "file:///x/node_modules/nunjucks/b.js") },
      { id: 4, callFrame: frame("(idle)", "") },
    ],
    samples: [2, 2, 3, 4, 2],
    timeDeltas: [1000, 1000, 2000, 5000, 1000],
    startTime: 0,
    endTime: 10000,
  };
  const summary = summariseProfile(profile);
  assert.equal(summary.totalMs, 5);
  assert.deepEqual(summary.owners, [{ name: "nunjucks", ms: 5, share: 1 }]);
  assert.equal(summary.functions[0]!.name, "render nunjucks:1");
  assert.equal(summary.functions[0]!.ms, 3);
});
