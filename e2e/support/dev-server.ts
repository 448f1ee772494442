/**
 * `npm start` for the e2e specs and the benchmark's dev loop: Eleventy's dev server (the same
 * command as package.json's "start") on a content folder, writing into its own output folder,
 * with everything it prints kept for the caller to read.
 */
import { spawn } from "node:child_process";

export interface DevServer {
  /** Everything the server has printed so far, stdout and stderr. */
  said(): string;
  /** Stops the server and every process it started (Pagefind's among them). */
  stop(): Promise<void>;
}

export function startDevServer({ releasesDir, outputDir, port, buildTime = "" }: { releasesDir: string; outputDir: string; port: number; buildTime?: string }): DevServer {
  let said = "";
  const server = spawn(process.execPath, ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", "--serve", `--port=${port}`, `--output=${outputDir}`], {
    env: { ...process.env, RELEASES_DIR: releasesDir, BUILD_TIME: buildTime },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so its Pagefind processes stop with it.
    detached: true,
  });
  for (const stream of [server.stdout, server.stderr]) stream.on("data", (chunk: Buffer) => (said += chunk.toString()));
  const closed = new Promise<void>((resolve) => server.once("close", () => resolve()));
  return {
    said: () => said,
    async stop() {
      if (server.exitCode === null && server.signalCode === null) process.kill(-server.pid!, "SIGTERM");
      await closed;
    },
  };
}
