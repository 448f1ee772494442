/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and says where the time went: the functions with the
 * most self time, and self time added up by package or source file.
 * https://nodejs.org/api/cli.html#--cpu-prof
 */

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface SelfTime {
  name: string;
  ms: number;
  share: number;
}

/** Where a function lives: `nunjucks`, `@11ty/eleventy`, `src/lib/markdown.ts`, `node:internal`, or a V8 bucket such as (garbage collector). */
export function owner(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const modules = url.lastIndexOf("/node_modules/");
  if (modules !== -1) {
    const [first, second] = url.slice(modules + "/node_modules/".length).split("/");
    return first!.startsWith("@") ? `${first}/${second}` : first!;
  }
  if (url.startsWith("node:")) return url.startsWith("node:internal") ? "node:internal" : url;
  const local = /\/(src|scripts|_data|_includes)\/.+$/.exec(url);
  return local ? local[0].slice(1) : url.replace(/^file:\/\//, "");
}

/** Self time per node, ms: timeDeltas[i] is the time before sample i, that sample's share of the clock (as node --cpu-prof writes it). */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const byNode = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000));
  return byNode;
}

/** The `top` functions and owners by self time; idle time is left out of the shares. */
export function summariseProfile(profile: CpuProfile, top = 15): { totalMs: number; functions: SelfTime[]; owners: SelfTime[] } {
  const times = selfTimes(profile);
  const functions = new Map<string, number>();
  const owners = new Map<string, number>();
  let total = 0;
  for (const n of profile.nodes) {
    const ms = times.get(n.id) ?? 0;
    const { functionName, url, lineNumber } = n.callFrame;
    if (ms === 0 || functionName === "(idle)") continue;
    total += ms;
    const where = owner(url, functionName);
    // Node's own modules keep their full name (node:internal/modules/esm/hooks says more than node:internal).
    const place = url.startsWith("node:") ? url : where;
    const name = `${functionName || "(anonymous)"} ${url ? `${place}:${lineNumber + 1}` : ""}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + ms);
    owners.set(where, (owners.get(where) ?? 0) + ms);
  }
  const ranked = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms), share: total > 0 ? ms / total : 0 }));
  return { totalMs: Math.round(total), functions: ranked(functions), owners: ranked(owners) };
}
