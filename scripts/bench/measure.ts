/**
 * Runs one command and measures it: wall time, CPU time, the peak memory of the largest process
 * in its tree, and each process's own peak. GNU time (`/usr/bin/time -v`) gives the CPU time and
 * the largest peak RSS of the command and every descendant waited for (Linux keeps the maximum
 * over reaped children); polling /proc names which process that was (Pagefind's indexer runs as
 * its own binary) and catches descendants left to exit on their own.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export const GNU_TIME = "/usr/bin/time";

export interface ProcessPeak {
  name: string;
  /** VmHWM, KiB. */
  peakRssKb: number;
}

export interface RunResult {
  exitCode: number;
  wallMs: number;
  /** User + system CPU seconds of the whole tree (GNU time): steadier than wall time on a shared machine. */
  cpuSeconds: number | undefined;
  /** Largest peak RSS of any one process in the tree, KiB. */
  maxRssKb: number | undefined;
  /** Each process's own peak, largest first (polled). */
  processes: ProcessPeak[];
  output: string;
}

/** CPU seconds and the largest peak RSS from `time -v` output; undefined when a figure is missing. */
export function parseTimeVerbose(text: string): { cpuSeconds: number; maxRssKb: number } | undefined {
  const field = (label: string) => Number(new RegExp(`^\\s*${label}:\\s*([\\d.]+)\\s*$`, "m").exec(text)?.[1] ?? Number.NaN);
  const [user, system, maxRssKb] = [field("User time \\(seconds\\)"), field("System time \\(seconds\\)"), field("Maximum resident set size \\(kbytes\\)")];
  return [user, system, maxRssKb].some(Number.isNaN) ? undefined : { cpuSeconds: user + system, maxRssKb };
}

/** The parent pid from /proc/<pid>/stat, read after the last ")" since a process name may hold spaces and brackets. */
export function parentPid(statText: string): number | undefined {
  const close = statText.lastIndexOf(")");
  const ppid = close === -1 ? Number.NaN : Number(statText.slice(close + 2).split(" ")[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** Name and VmHWM (KiB) from /proc/<pid>/status; a zombie has no VmHWM. */
export function parseStatus(statusText: string): { name: string; peakRssKb: number | undefined } {
  const hwm = /^VmHWM:\s*(\d+)\s*kB$/m.exec(statusText)?.[1];
  return { name: /^Name:\s*(.*)$/m.exec(statusText)?.[1]?.trim() ?? "?", peakRssKb: hwm === undefined ? undefined : Number(hwm) };
}

const read = (file: string) => {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined; // The process ended between listing and reading.
  }
};

/** The pids of `root` and all its descendants now alive. */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const pid of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    const ppid = parentPid(read(`/proc/${pid}/stat`) ?? "");
    if (ppid !== undefined) children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
  }
  const found = [root];
  for (let i = 0; i < found.length; i++) found.push(...(children.get(found[i]!) ?? []));
  return found;
}

/** Runs `command args…` to completion, measured; never throws for a non-zero exit (see exitCode). */
export async function runMeasured(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  const scratch = existsSync(GNU_TIME) ? await mkdtemp(path.join(os.tmpdir(), "newsroom-time-")) : undefined;
  const timeFile = scratch && path.join(scratch, "time.txt");
  const [file, argv] = timeFile ? [GNU_TIME, ["-v", "-o", timeFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
  // VmHWM is already a peak, so a poll only has to land once after it; a process shorter than
  // one poll can be missed, which GNU time's figure still covers. GNU time itself is left out.
  const peaks = new Map<number, ProcessPeak>();
  const poll = () => {
    if (process.platform !== "linux" || child.pid === undefined) return;
    for (const pid of descendants(child.pid)) {
      const { name, peakRssKb } = parseStatus(read(`/proc/${pid}/status`) ?? "");
      if (peakRssKb !== undefined && !(timeFile && pid === child.pid)) peaks.set(pid, { name, peakRssKb: Math.max(peaks.get(pid)?.peakRssKb ?? 0, peakRssKb) });
    }
  };
  const timer = setInterval(poll, 200);
  const output: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const wallMs = performance.now() - started;
  clearInterval(timer);
  const report = timeFile ? parseTimeVerbose(await readFile(timeFile, "utf8").catch(() => "")) : undefined;
  if (scratch) await rm(scratch, { recursive: true, force: true });
  const processes = [...peaks.values()].sort((a, b) => b.peakRssKb - a.peakRssKb);
  return {
    exitCode,
    wallMs,
    cpuSeconds: report?.cpuSeconds,
    // Both, as each can miss one: polling a process shorter than a poll, GNU time a descendant
    // nobody waited for (an orphaned indexer).
    maxRssKb: Math.max(report?.maxRssKb ?? 0, processes[0]?.peakRssKb ?? 0) || undefined,
    processes,
    output: Buffer.concat(output).toString("utf8"),
  };
}
