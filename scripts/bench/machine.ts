/** A description of the machine a benchmark ran on, recorded with its results. */
import { readFileSync } from "node:fs";
import os from "node:os";

export type Machine = ReturnType<typeof describeMachine>;

/** PRETTY_NAME from the text of /etc/os-release ("Debian GNU/Linux 12 (bookworm)"). */
export function parseOsRelease(text: string): string | undefined {
  return /^PRETTY_NAME=(.*)$/m.exec(text)?.[1]!.trim().replace(/^(["'])(.*)\1$/, "$2");
}

function osRelease(): string {
  try {
    return readFileSync("/etc/os-release", "utf8");
  } catch {
    return "";
  }
}

export function describeMachine() {
  const load = () => os.loadavg().map((l) => Math.round(l * 100) / 100);
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: parseOsRelease(osRelease()) ?? `${os.type()} ${os.release()}`,
    kernel: `${os.type()} ${os.release()} ${os.arch()}`,
    /** 1, 5 and 15 minute load averages when the run started: how busy the machine already was. */
    loadAtStart: load(),
  };
}
