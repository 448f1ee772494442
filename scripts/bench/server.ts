/**
 * Serves a built site for the browser steps with the project's own server (scripts/serve.ts:
 * Netlify's headers and redirects), on a port of the range this benchmark is given.
 */
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { endOnExit } from "./children.ts";

/** The ports this benchmark may use, so that it never clashes with other people's servers. */
export const PORT_RANGE = { first: 4400, last: 4499 } as const;

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** The first free port in the range, starting from one picked by pid so two runs rarely race. */
export async function freePort(range: { first: number; last: number } = PORT_RANGE): Promise<number> {
  const size = range.last - range.first + 1;
  const start = process.pid % size;
  for (let i = 0; i < size; i++) {
    const port = range.first + ((start + i) % size);
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port between ${range.first} and ${range.last}`);
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts scripts/serve.ts on `port` for `outputDir` and waits until it answers. */
export async function startServer(repoRoot: string, outputDir: string, port: number): Promise<RunningServer> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "scripts", "serve.ts")], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), OUTPUT_DIR: outputDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  endOnExit(child);
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server stopped before answering:\n${log}`);
    const ok = await fetch(`${url}/`, { redirect: "manual" }).then((r) => r.status < 500, () => false);
    if (ok) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await stop();
  throw new Error(`the server did not answer on ${url} within 30 s:\n${log}`);
}
