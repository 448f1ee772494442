/**
 * A built site served by the real server (scripts/serve.ts, Netlify's rules) on a port of its
 * own: the one way the e2e specs that build their own content and the benchmark
 * (scripts/bench.ts) serve a site. Each Playwright worker picks from its own slice of the port
 * range, so parallel workers never race for a port.
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
  // However the caller ends (an exception, Ctrl-C), the server does not outlive it.
  const killOnExit = () => server.kill();
  process.once("exit", killOnExit);
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const stop = async () => {
    process.removeListener("exit", killOnExit);
    if (server.exitCode === null && server.signalCode === null) server.kill();
    await exited;
  };
  let errors = "";
  server.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`scripts/serve.ts exited with ${server.exitCode}: ${errors}`);
    const status = await fetch(`${origin}/`).then((r) => r.status, () => 0);
    if (status === 200) return { origin, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`scripts/serve.ts did not answer on ${origin} within a minute: ${errors}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
