/**
 * Child processes the benchmark starts and must not leave behind: a server, a browser. Each is
 * ended (by its own pid) when the benchmark exits, however it exits, including Ctrl-C.
 */
import type { ChildProcess } from "node:child_process";

const running = new Set<ChildProcess>();

process.on("exit", () => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
});

/** Ends `child` when the benchmark exits, unless it has ended by then. */
export function endOnExit(child: ChildProcess): void {
  running.add(child);
  child.once("exit", () => running.delete(child));
}
