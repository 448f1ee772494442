/**
 * Splits a build's wall time into phases, from the marks both sides print (scripts/build-phases.ts
 * for ours; the same lines from the baseline's config, scripts/bench/baseline.ts):
 * `[newsroom] phase <name> at <s>s`, seconds since that Node process started. PHASE_HOW says how
 * each phase is measured, in the report's words.
 */

export const PHASE_HOW = {
  "start-up and validation": "process start to Eleventy's `eleventy.before` event: Node (and tsx for ours), our release validation, Eleventy's config, data and template discovery",
  rendering: "`eleventy.before` to `eleventy.after`, less writing",
  writing: "Eleventy's own \"Template Write\" and \"Template make parent directory\" benchmarks (synchronous writes, so main-thread wall time)",
  indexing: "ours: `eleventy.after` to the end of `eleventy.write()`, the Pagefind shards still running once Eleventy has finished (each shard starts as soon as its last page is rendered, so the rest of its time is inside rendering); the peer's: the wall time of Pagefind's CLI",
  finishing: "the rest of the measured wall time: swapping the output into place, Node's exit, and launching the process before Node's clock starts",
} as const;
export const PHASES = Object.keys(PHASE_HOW) as (keyof typeof PHASE_HOW)[];
export type Phase = (typeof PHASES)[number];
export type PhaseTimes = Record<Phase, number>;

/** The marks in a build's log, seconds by name, and the writing time `eleventy.after` reports. */
export function parseMarks(log: string): { marks: Record<string, number>; writingSeconds: number | undefined } {
  const marks: Record<string, number> = {};
  let writingSeconds: number | undefined;
  for (const [, name, at, writing] of log.matchAll(/^\[newsroom\] phase (\S+) at ([\d.]+)s(?: \(writing ([\d.]+)s\))?$/gm)) {
    marks[name!] = Number(at);
    if (writing !== undefined) writingSeconds = Number(writing);
  }
  return { marks, writingSeconds };
}

/** Phases in ms of one build run, or undefined when its log lacks a mark. `indexMs`: the peer's separate Pagefind run. */
export function phasesOf(log: string, wallMs: number, indexMs?: number): PhaseTimes | undefined {
  const { marks, writingSeconds } = parseMarks(log);
  const before = marks["eleventy.before"];
  const after = marks["eleventy.after"];
  const end = indexMs === undefined ? marks.indexed : after;
  if (before === undefined || after === undefined || end === undefined || writingSeconds === undefined) return undefined;
  return {
    "start-up and validation": before * 1000,
    rendering: (after - before - writingSeconds) * 1000,
    writing: writingSeconds * 1000,
    indexing: indexMs ?? (end - after) * 1000,
    finishing: wallMs - end * 1000,
  };
}

/** `[newsroom] pagefind: indexed 4,013 pages in 3.21s (…)`: pages indexed, or undefined. */
export function indexedPages(log: string): number | undefined {
  const match = /\[newsroom\]\s*pagefind:\s*indexed\s+([\d,]+)\s+pages?/i.exec(log);
  return match ? Number(match[1]!.replace(/,/g, "")) : undefined;
}
