/**
 * Runs every unit test (`*.test.ts` beside its module) with node's test runner through tsx.
 * On Node 20, `tsx --test` given a folder or no file list runs 0 tests and passes, so the files
 * are listed here, and finding none is a failure.
 */
import { spawnSync } from "node:child_process";
import fg from "fast-glob";

const files = await fg(["src/**/*.test.ts", "scripts/**/*.test.ts", "_includes/**/*.test.ts"], { ignore: ["**/node_modules/**"] });
if (files.length === 0) {
  console.error("No unit test files (*.test.ts) found: refusing to report success.");
  process.exit(1);
}
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...files.sort()], { stdio: "inherit" });
process.exit(result.status ?? 1);
