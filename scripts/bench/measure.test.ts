import assert from "node:assert/strict";
import { test } from "node:test";
import { parseTimeVerbose, runMeasured } from "./measure.ts";

const SAMPLE = `\tCommand being timed: "node build.js"
\tUser time (seconds): 12.34
\tSystem time (seconds): 1.50
\tPercent of CPU this job got: 140%
\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:09.87
\tMaximum resident set size (kbytes): 812345
\tExit status: 0
`;

test("GNU time's verbose report gives CPU seconds and the largest peak RSS", () => {
  assert.deepEqual(parseTimeVerbose(SAMPLE), { userSeconds: 12.34, systemSeconds: 1.5, maxRssKb: 812345 });
  assert.equal(parseTimeVerbose("Command terminated by signal 9"), undefined);
});

test("a measured run reports its exit code, output and memory", async () => {
  const ok = await runMeasured(process.execPath, ["-e", "const a = Buffer.alloc(64 * 1024 * 1024, 1); console.log(a.length)"]);
  assert.equal(ok.exitCode, 0);
  assert.equal(ok.stdout.trim(), String(64 * 1024 * 1024));
  assert.ok(ok.wallMs > 0);
  if (ok.maxRssKb !== undefined) assert.ok(ok.maxRssKb > 64 * 1024, `peak ${ok.maxRssKb} KiB covers the 64 MiB buffer`);
  const failed = await runMeasured(process.execPath, ["-e", "process.exit(3)"]);
  assert.equal(failed.exitCode, 3);
});
