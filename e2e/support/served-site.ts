/**
 * A built site served by the real server (scripts/serve.ts, Netlify's rules) on a port of its
 * own, for specs that build their own content. Each Playwright worker picks from its own slice
 * of the port range, so parallel workers never race for a port.
 */
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

export interface ServedSite {
  origin: string;
  stop(): Promise<void>;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** The first free port in [from, to]. */
export async function freePort(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) if (await isFree(port)) return port;
  throw new Error(`no free port between ${from} and ${to}`);
}

/** Serves `outputDir` with scripts/serve.ts on `port` and waits until the home page answers. */
export async function serveSite(outputDir: string, port: number): Promise<ServedSite> {
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, OUTPUT_DIR: outputDir, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  server.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`scripts/serve.ts exited with ${server.exitCode}: ${errors}`);
    const status = await fetch(`${origin}/`).then((r) => r.status, () => 0);
    if (status === 200) break;
    if (Date.now() > deadline) {
      server.kill();
      throw new Error(`scripts/serve.ts did not answer on ${origin} within a minute: ${errors}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once("exit", () => resolve());
        server.kill();
      }),
  };
}
