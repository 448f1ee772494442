/** Which government was in office when: for "published under a former government" notices. */
import { DateTime } from "luxon";
import { ZONE } from "./dates.ts";

/** A government and the day it took office; the site's list, newest last, is _data/governments.ts. */
export interface Government {
  name: string;
  /** The first day in office, Europe/London. */
  from: string;
}

/** The government in office at `instant`, or undefined before the first one listed. */
export function governmentAt(instant: DateTime, governments: readonly Government[]): Government | undefined {
  const day = instant.setZone(ZONE).toISODate()!;
  return governments.filter((g) => g.from <= day).at(-1);
}

/** The government a political release was published under, when it is no longer the current one (the last listed). */
export function formerGovernment(instant: DateTime, governments: readonly Government[]): Government | undefined {
  const then = governmentAt(instant, governments);
  return then && then !== governments.at(-1) ? then : undefined;
}
