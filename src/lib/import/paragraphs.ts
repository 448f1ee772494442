/**
 * A plain-text release as paragraphs, each classified by the old site's conventions: the
 * "Press release: <headline>" line, a date line, "Ref: …", list items, the "Notes to editors"
 * and "Associated resources" headings, and page furniture ("Share this", "Print this page").
 */
import { DateTime } from "luxon";
import { ZONE } from "../dates.ts";
import type { ReleaseType } from "../release-schema.ts";

const HEADING = /^(press release|news story|statement)\s*:\s*(\S.*)$/i;
const TYPES: Record<string, ReleaseType> = { "press release": "press-release", "news story": "news-story", statement: "statement" };
// "Ref: NR2011-31", "Reference number: NR2011-31", "Ref NR2011-31" (without a colon only when the
// value has a digit, so a sentence starting "Reference books…" stays text).
const REF_LINE = /^ref(?:erence)?(?:\s+(?:no|number))?\.?(?:\s*:\s*|\s+(?=\S*\d\S*$))(\S+?)\.?$/i;
const NOTES_HEADING = /^(?:notes? (?:to|for) editors?|editors?['’]? notes?)\s*:?$/i;
const RESOURCES_HEADING = /^associated resources\s*:?$/i;
const RELATED_HEADING = /^related (?:links|content|information|pages)\s*:?$/i;
const FURNITURE = /^(?:share this(?: page)?|print this page|back to top|-*\s*ends\s*-*|facebook|twitter|linkedin|email|print)$/i;
const NUMBERED = /^(\d{1,2})[.)]\s+(\S.*)$/;
const BULLET = /^[•·▪‣*–-]\s+(\S.*)$/;
const DATE_FORMATS = ["d MMM yyyy", "d MMMM yyyy", "MMMM d yyyy", "MMM d yyyy", "d/M/yyyy", "yyyy-MM-dd"];
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+/i;
// Lines this long or shorter without closing punctuation are titles (links, resources, sub-headings).
const TITLE_LENGTH = 120;
const SENTENCE_END = /[.!?:;,'"’”)]$/;

export type Para =
  | { kind: "heading"; line: number; text: string; type: ReleaseType; title: string }
  | { kind: "date"; line: number; text: string; date: string }
  | { kind: "ref"; line: number; text: string; ref: string }
  | { kind: "item"; line: number; text: string; number: number | undefined }
  | { kind: "notes" | "resources" | "related" | "furniture" | "text"; line: number; text: string };

/** The ISO date of a date line such as "09 Aug 2011", "Tuesday 9th August 2011" or "9/8/2011"; null for other lines. */
export function parseDateLine(line: string): string | null {
  const cleaned = line
    .replace(/^(?:date|published|issued)\s*:?\s*/i, "")
    .replace(/,/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(WEEKDAY, "")
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/i, "$1")
    .replace(/\bsept\b/i, "Sep");
  for (const format of DATE_FORMATS) {
    // en-US: luxon matches month names against Intl's, and en-GB's short September is "Sept".
    const parsed = DateTime.fromFormat(cleaned, format, { zone: ZONE, locale: "en-US" });
    if (parsed.isValid) return parsed.toISODate();
  }
  return null;
}

function classify(text: string, line: number): Para {
  const heading = HEADING.exec(text);
  if (heading) return { kind: "heading", line, text, type: TYPES[heading[1]!.toLowerCase()]!, title: heading[2]! };
  if (NOTES_HEADING.test(text)) return { kind: "notes", line, text };
  if (RESOURCES_HEADING.test(text)) return { kind: "resources", line, text };
  if (RELATED_HEADING.test(text)) return { kind: "related", line, text };
  if (FURNITURE.test(text)) return { kind: "furniture", line, text };
  const ref = REF_LINE.exec(text);
  if (ref) return { kind: "ref", line, text, ref: ref[1]! };
  const date = parseDateLine(text);
  if (date) return { kind: "date", line, text, date };
  const numbered = NUMBERED.exec(text);
  if (numbered) return { kind: "item", line, text: numbered[2]!, number: Number(numbered[1]) };
  const bullet = BULLET.exec(text);
  if (bullet) return { kind: "item", line, text: bullet[1]!, number: undefined };
  return { kind: "text", line, text };
}

/**
 * Paragraphs of the text, each classified. A line continues the paragraph above it unless a
 * blank line or its own kind (a date, a list item, a heading…) says it starts a new one, so
 * hard-wrapped text and one-paragraph-per-line text read the same. Lines straight under
 * "Associated resources" or "Related links" are a list: one entry each.
 */
export function paragraphs(source: string): Para[] {
  const found: Para[] = [];
  let open: Para | null = null;
  let list = false;
  source
    .replace(/^\uFEFF/, "")
    .split(/\r\n?|\n/)
    .forEach((raw, index) => {
      const text = raw.replace(/\s+/g, " ").trim();
      if (text === "") {
        open = null;
        list = false;
        return;
      }
      const para = classify(text, index + 1);
      if (para.kind === "text" && open && !list) {
        open.text += ` ${text}`;
        if (open.kind === "heading") open.title += ` ${text}`;
        return;
      }
      found.push(para);
      list ||= para.kind === "resources" || para.kind === "related";
      open = para.kind === "text" || para.kind === "item" || para.kind === "heading" ? para : null;
    });
  return found;
}

export const excerpt = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
export const ending = (text: string) => JSON.stringify(`…${text.split(" ").slice(-6).join(" ")}`);
export const isTitleLike = (text: string) => text.length <= TITLE_LENGTH && !SENTENCE_END.test(text);
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
