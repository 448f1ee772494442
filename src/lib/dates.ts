/**
 * Dates for a UK newsroom: every local time is Europe/London (GMT in winter, BST in summer),
 * every machine-readable date is ISO 8601 with its offset. Plain functions, registered as
 * filters by filters.ts, so unit tests need no Eleventy.
 */
import { DateTime } from "luxon";

export const ZONE = "Europe/London";

// Date, or date and time to the minute or second, with an optional Z or ±HH:MM offset.
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** Parses `2011-08-09`, `2011-08-09T09:30` (London) or `2011-08-09T09:30+01:00`; null when it is not a real date. */
export function parseDate(value: string): DateTime | null {
  // The schema, the loader and the templates each read the same date texts: parse each once.
  let parsed = parsedDates.get(value);
  if (parsed === undefined) parsedDates.set(value, (parsed = parseDateOnce(value)));
  return parsed;
}

const parsedDates = new Map<string, DateTime | null>();

function parseDateOnce(value: string): DateTime | null {
  if (!DATE_PATTERN.test(value)) return null;
  const parsed = DateTime.fromISO(value, { zone: ZONE, setZone: false });
  if (!parsed.isValid) return null;
  // Luxon moves a wall-clock time that falls in the spring-forward gap (01:30 on the last Sunday
  // of March) to the next valid time; a press officer almost certainly meant something else.
  const local = value.slice(0, 16);
  const hasOffset = /(?:Z|[+-]\d{2}:\d{2})$/.test(value);
  if (!hasOffset && value.length > 10 && parsed.toFormat("yyyy-MM-dd'T'HH:mm") !== local) return null;
  return parsed.setZone(ZONE);
}

// Templates format the same few thousand dates over and over (every listing, feed and sitemap
// entry), and time-zone arithmetic is luxon's slowest part: parse each date text once per build.
const parsedTexts = new Map<string, DateTime>();

function inLondon(value: string | Date | DateTime): DateTime {
  if (DateTime.isDateTime(value)) return value.setZone(ZONE);
  if (value instanceof Date) return DateTime.fromJSDate(value, { zone: ZONE });
  let parsed = parsedTexts.get(value);
  if (!parsed) {
    const read = parseDate(value) ?? DateTime.fromISO(value, { zone: ZONE });
    if (!read.isValid) throw new Error(`not a date: ${value}`);
    parsed = read.setZone(ZONE);
    parsedTexts.set(value, parsed);
  }
  return parsed;
}

type DateInput = string | Date | DateTime;

/**
 * A date format, remembered per date text: formatting still works out London's offset through
 * Intl on every call (luxon's partsOffset was 6% of a 4,000-release build's CPU profile), and a
 * page, a listing and a feed each format the same release's date again.
 */
function format(write: (date: DateTime) => string): (value: DateInput) => string {
  const written = new Map<string, string>();
  return (value) => {
    if (typeof value !== "string") return write(inLondon(value));
    let text = written.get(value);
    if (text === undefined) written.set(value, (text = write(inLondon(value))));
    return text;
  };
}

/** "9 August 2011", as GOV.UK writes dates. */
export const readableDate = format((date) => date.toFormat("d MMMM yyyy"));

/** "9 August 2011, 9:30am" for times that matter, such as an embargo. */
export const readableDateTime = format((date) => date.toFormat("d MMMM yyyy, h:mma").replace(/AM$|PM$/, (m) => m.toLowerCase()));

/** ISO 8601 with the London offset of that day: 2011-08-09T00:00:00.000+01:00. */
export const isoDate = format((date) => date.toISO() ?? "");

/** Plain calendar date for sitemaps: 2011-08-09. */
export const calendarDate = format((date) => date.toISODate() ?? "");

/** RFC 822 date for RSS 2.0: Tue, 09 Aug 2011 00:00:00 +0100. */
export const rfc822Date = format((date) => date.toFormat("ccc, dd LLL yyyy HH:mm:ss ZZZ"));

/** The year, in London, that a release belongs to. */
export function londonYear(value: string | Date | DateTime): number {
  return inLondon(value).year;
}

/** UTC ISO 8601 (2011-08-08T23:00:00.000Z): sorts as text in time order, whatever the offset. */
export const utcIsoDate = format((date) => date.toUTC().toISO() ?? "");
