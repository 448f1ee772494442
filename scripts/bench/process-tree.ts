/**
 * Peak memory of a process and every process it starts, read from /proc while they run. The
 * build's Pagefind step runs Pagefind's own binary as a child process, so the figure that
 * matters ("every process under 1 GB") is per process, across the whole tree.
 */
import { readdirSync, readFileSync } from "node:fs";

export interface ProcessPeak {
  pid: number;
  /** The executable's short name (/proc/<pid>/status Name), such as `node` or `pagefind_ext`. */
  name: string;
  /** The command line, shortened, to tell two `node` processes apart. */
  command: string;
  /** Peak resident set size (VmHWM), in KiB. */
  peakRssKb: number;
}

/** The parent pid from the text of /proc/<pid>/stat. The name field may hold spaces and brackets, so fields are counted from the last ")". */
export function parentPid(statText: string): number | undefined {
  const close = statText.lastIndexOf(")");
  if (close === -1) return undefined;
  const fields = statText.slice(close + 2).split(" ");
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? ppid : undefined;
}

/** Name and VmHWM (KiB) from the text of /proc/<pid>/status; a process with no memory of its own (a zombie) has no VmHWM. */
export function parseStatus(statusText: string): { name: string; peakRssKb: number | undefined } {
  const name = /^Name:\s*(.*)$/m.exec(statusText)?.[1]?.trim() ?? "?";
  const hwm = /^VmHWM:\s*(\d+)\s*kB$/m.exec(statusText)?.[1];
  return { name, peakRssKb: hwm === undefined ? undefined : Number(hwm) };
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined; // The process ended between listing and reading.
  }
}

/** The pids of `root` and all its descendants now alive. */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    const ppid = stat === undefined ? undefined : parentPid(stat);
    if (ppid === undefined) continue;
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/**
 * Polls the tree under `root` every `intervalMs` and keeps each process's highest VmHWM. VmHWM is
 * already a peak, so a poll only has to land once after the peak; a process that lives less
 * than one interval can be missed (GNU time's figure in measure.ts still covers it).
 */
export function watchTree(root: number, intervalMs = 200): { stop(): ProcessPeak[] } {
  const peaks = new Map<number, ProcessPeak>();
  const poll = () => {
    if (process.platform !== "linux") return;
    for (const pid of descendants(root)) {
      const status = read(`/proc/${pid}/status`);
      if (status === undefined) continue;
      const { name, peakRssKb } = parseStatus(status);
      if (peakRssKb === undefined) continue;
      // The name is read again each time: GNU time's child is called "time" until it execs the command.
      const command = (read(`/proc/${pid}/cmdline`) ?? "").split("\0").filter(Boolean).join(" ");
      const known = peaks.get(pid);
      peaks.set(pid, {
        pid,
        name,
        command: command === "" ? (known?.command ?? "") : command.length > 120 ? `${command.slice(0, 117)}…` : command,
        peakRssKb: Math.max(known?.peakRssKb ?? 0, peakRssKb),
      });
    }
  };
  poll();
  const timer = setInterval(poll, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      poll();
      return [...peaks.values()].sort((a, b) => b.peakRssKb - a.peakRssKb);
    },
  };
}
