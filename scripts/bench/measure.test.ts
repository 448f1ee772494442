import assert from "node:assert/strict";
import { test } from "node:test";
import { descendants, parentPid, parseStatus, parseTimeVerbose, runMeasured } from "./measure.ts";

const SAMPLE = `\tCommand being timed: "node build.js"
\tUser time (seconds): 12.34
\tSystem time (seconds): 1.50
\tPercent of CPU this job got: 140%
\tMaximum resident set size (kbytes): 812345
\tExit status: 0
`;

test("GNU time's verbose report gives CPU seconds and the largest peak RSS", () => {
  assert.deepEqual(parseTimeVerbose(SAMPLE), { cpuSeconds: 13.84, maxRssKb: 812345 });
  assert.equal(parseTimeVerbose("Command terminated by signal 9"), undefined);
});

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

test("a measured run reports its exit code, output and memory", async () => {
  const ok = await runMeasured(process.execPath, ["-e", "const a = Buffer.alloc(64 * 1024 * 1024, 1); console.log(a.length)"]);
  assert.equal(ok.exitCode, 0);
  assert.equal(ok.output.trim(), String(64 * 1024 * 1024));
  assert.ok(ok.wallMs > 0);
  if (ok.maxRssKb !== undefined) assert.ok(ok.maxRssKb > 64 * 1024, `peak ${ok.maxRssKb} KiB covers the 64 MiB buffer`);
  const failed = await runMeasured(process.execPath, ["-e", "process.exit(3)"]);
  assert.equal(failed.exitCode, 3);
});
