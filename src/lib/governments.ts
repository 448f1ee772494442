/** Which government was in office when: for "published under a former government" notices. */
import { DateTime } from "luxon";
import { type Government, governments as all } from "../../_data/governments.ts";
import { ZONE } from "./dates.ts";

/** The government in office at `instant`, or undefined before the first one listed. */
export function governmentAt(instant: DateTime, governments: readonly Government[] = all): Government | undefined {
  const day = instant.setZone(ZONE).toISODate()!;
  return governments.filter((g) => g.from <= day).at(-1);
}

/** The government a political release was published under, when it is no longer the current one (the last listed). */
export function formerGovernment(instant: DateTime, governments: readonly Government[] = all): Government | undefined {
  const then = governmentAt(instant, governments);
  return then && then !== governments.at(-1) ? then : undefined;
}
