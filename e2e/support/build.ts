/** Runs the real build (scripts/build.ts) on a content folder, for tests that need their own site. */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface BuildResult {
  status: number | null;
  output: string;
  outputDir: string;
}

export function buildSite(releasesDir: string, env: Record<string, string> = {}): BuildResult {
  const outputDir = path.join(mkdtempSync(path.join(os.tmpdir(), "newsroom-build-")), "site");
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, RELEASES_DIR: releasesDir, OUTPUT_DIR: outputDir, BUILD_TIME: "", SITE_URL: "", ...env },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, outputDir };
}
