/**
 * The publishing states a GOV.UK item carries, as our release fields: withdrawn (with its notice),
 * political content under a former government ("history mode"), and the language of a translation.
 */
import { load } from "cheerio";
import { DateTime } from "luxon";
import { ZONE } from "../../dates.ts";
import { type Government, governmentAt } from "../../governments.ts";
import type { Withdrawn } from "../../release-schema.ts";
import type { Warn } from "../warnings.ts";
import type { GovukItem } from "./item.ts";
import { createConverter } from "./markdown.ts";

/** A Content API timestamp in London time with its offset, to the second: "2014-05-08T15:38:28+01:00". */
export function londonTimestamp(value: string): string | undefined {
  const parsed = DateTime.fromISO(value, { setZone: true });
  return parsed.isValid ? parsed.setZone(ZONE).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ") : undefined;
}

/** `withdrawn_notice` as `withdrawn`; undefined when the item is not withdrawn (GOV.UK sends {} or null). */
export function withdrawnOf(item: GovukItem, warn: Warn): Withdrawn | undefined {
  const notice = item.withdrawn_notice;
  if (!notice || (!notice.explanation && !notice.withdrawn_at)) return undefined;
  const date = notice.withdrawn_at ? londonTimestamp(notice.withdrawn_at) : undefined;
  if (!date) {
    warn("withdrawn_notice.withdrawn_at", `${JSON.stringify(notice.withdrawn_at ?? null)} is not a date; the release was imported as not withdrawn`);
    return undefined;
  }
  const $ = load(notice.explanation ?? "", null, false);
  const wrapper = $("div.govspeak").first();
  if (wrapper.length) wrapper.replaceWith(wrapper.contents());
  const explanation = createConverter(new Map()).toMarkdown($.html()) || "This release has been withdrawn.";
  if (!notice.explanation) warn("withdrawn_notice.explanation", "is empty; the notice says only that the release has been withdrawn");
  return { date, explanation };
}

/**
 * `political: true` when GOV.UK marks the item political. Which government it was published
 * under comes from _data/governments.ts by date, so the notice is right however GOV.UK named the
 * government at the time; a different name on the item is reported, not silently replaced.
 */
export function politicalOf(item: GovukItem, published: DateTime, warn: Warn, governments: readonly Government[]): boolean {
  if (item.details.political !== true) return false;
  const ours = governmentAt(published, governments)?.name;
  const theirs = item.links.government?.[0]?.title ?? item.details.government?.title;
  if (theirs && ours && theirs !== ours) warn("links.government", `GOV.UK names the government ${JSON.stringify(theirs)}; _data/governments.ts gives ${JSON.stringify(ours)} for this date, which the page will show`);
  return true;
}

/** GOV.UK's locale as `lang`, left out for English (the site's language). */
export function langOf(item: GovukItem): string | undefined {
  return item.locale && !/^en(?:-|$)/i.test(item.locale) ? item.locale : undefined;
}
