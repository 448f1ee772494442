/** A description of the machine a benchmark ran on, recorded with its results. */
import { readFileSync } from "node:fs";
import os from "node:os";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  kernel: string;
  /** 1, 5 and 15 minute load averages when the run started: how busy the machine already was. */
  loadAtStart: number[];
}

/** PRETTY_NAME from the text of /etc/os-release ("Debian GNU/Linux 12 (bookworm)"). */
export function parseOsRelease(text: string): string | undefined {
  const match = /^PRETTY_NAME=(.*)$/m.exec(text);
  return match ? match[1]!.trim().replace(/^(["'])(.*)\1$/, "$2") : undefined;
}

export function describeMachine(): Machine {
  let name: string | undefined;
  try {
    name = parseOsRelease(readFileSync("/etc/os-release", "utf8"));
  } catch {
    name = undefined;
  }
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: name ?? `${os.type()} ${os.release()}`,
    kernel: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
