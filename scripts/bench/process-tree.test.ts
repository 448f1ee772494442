import assert from "node:assert/strict";
import { test } from "node:test";
import { descendants, parentPid, parseStatus } from "./process-tree.ts";

test("the parent pid is read after the last bracket, whatever the process is called", () => {
  assert.equal(parentPid("1234 (node) S 1200 1234 1200 0 -1 4194304"), 1200);
  assert.equal(parentPid("77 (my (odd) name) R 5 77 77 0"), 5);
  assert.equal(parentPid("garbage"), undefined);
});

test("name and peak RSS from /proc/<pid>/status", () => {
  const status = "Name:\tpagefind_extend\nUmask:\t0022\nState:\tS (sleeping)\nVmPeak:\t  123456 kB\nVmHWM:\t   80724 kB\nVmRSS:\t   80000 kB\n";
  assert.deepEqual(parseStatus(status), { name: "pagefind_extend", peakRssKb: 80724 });
  assert.deepEqual(parseStatus("Name:\tzombie\nState:\tZ (zombie)\n"), { name: "zombie", peakRssKb: undefined });
});

test("the tree under a process includes the process itself", { skip: process.platform !== "linux" }, () => {
  assert.equal(descendants(process.pid)[0], process.pid);
});
