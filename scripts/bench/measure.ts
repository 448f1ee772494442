/**
 * Runs one command and measures it: wall-clock time, CPU time, the peak memory of the largest
 * process in its tree, and each process's own peak. GNU time (`/usr/bin/time -v`) reports the
 * CPU time and the largest peak RSS of the command and every descendant that was waited for
 * (Linux keeps the maximum over reaped children); polling /proc adds which process that was,
 * and catches descendants left to exit on their own.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type ProcessPeak, watchTree } from "./process-tree.ts";

export const GNU_TIME = "/usr/bin/time";

export interface TimeReport {
  userSeconds: number;
  systemSeconds: number;
  /** Largest peak RSS of the command or any descendant, KiB. */
  maxRssKb: number;
}

export interface RunResult {
  exitCode: number;
  wallMs: number;
  /** User + system CPU seconds of the whole tree, when GNU time is there: steadier than wall time on a shared machine. */
  cpuSeconds: number | undefined;
  /** Largest peak RSS of any one process in the tree, KiB (GNU time; else the largest polled peak). */
  maxRssKb: number | undefined;
  /** Each process's own peak, largest first (polled). */
  processes: ProcessPeak[];
  stdout: string;
  stderr: string;
}

/** Reads the figures this harness needs from `time -v` output; undefined when a figure is missing. */
export function parseTimeVerbose(text: string): TimeReport | undefined {
  const number = (label: string) => {
    const match = new RegExp(`^\\s*${label}:\\s*([\\d.]+)\\s*$`, "m").exec(text);
    return match ? Number(match[1]) : undefined;
  };
  const userSeconds = number("User time \\(seconds\\)");
  const systemSeconds = number("System time \\(seconds\\)");
  const maxRssKb = number("Maximum resident set size \\(kbytes\\)");
  if (userSeconds === undefined || systemSeconds === undefined || maxRssKb === undefined) return undefined;
  return { userSeconds, systemSeconds, maxRssKb };
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** Runs `command args…` to completion, measured; never throws for a non-zero exit (see exitCode). */
export async function runMeasured(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const useTime = existsSync(GNU_TIME);
  const scratch = useTime ? await mkdtemp(path.join(os.tmpdir(), "newsroom-time-")) : undefined;
  const timeFile = scratch && path.join(scratch, "time.txt");
  const [file, argv] = timeFile ? [GNU_TIME, ["-v", "-o", timeFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
  const watcher = child.pid === undefined ? undefined : watchTree(child.pid);
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const wallMs = performance.now() - started;
  // GNU time itself is the root of the tree: leave it out of the per-process list.
  const processes = (watcher?.stop() ?? []).filter((p) => !(useTime && p.pid === child.pid));
  const report = timeFile ? parseTimeVerbose(await readFile(timeFile, "utf8").catch(() => "")) : undefined;
  if (scratch) await rm(scratch, { recursive: true, force: true });
  return {
    exitCode,
    wallMs,
    cpuSeconds: report ? report.userSeconds + report.systemSeconds : undefined,
    // Both, because each can miss one: polling misses a process shorter than a poll, and GNU time
    // misses a descendant nobody waited for (Pagefind's indexer, when the build exits without
    // waiting for it, is orphaned and never counted).
    maxRssKb: Math.max(report?.maxRssKb ?? 0, processes[0]?.peakRssKb ?? 0) || undefined,
    processes,
    stdout: Buffer.concat(stdout).toString("utf8"),
    stderr: Buffer.concat(stderr).toString("utf8"),
  };
}
