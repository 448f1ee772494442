/**
 * A GOV.UK body (details.body, HTML) as a release's body, notes to editors and contacts.
 * Order matters: contact blocks come out first (they often sit inside the notes), then the notes
 * section, then quotes are marked, then what is left is converted.
 */
import { type CheerioAPI, load } from "cheerio";
import type { Contact } from "../../release-schema.ts";
import { excerpt } from "../paragraphs.ts";
import type { Warn } from "../warnings.ts";
import { takeContacts } from "./contacts.ts";
import { absoluteUrl, createConverter } from "./markdown.ts";
import { takeNotes } from "./notes.ts";
import { markQuotes } from "./quotes.ts";

export interface ConvertedBody {
  body: string;
  notes: string[];
  contacts: Contact[];
  /** The notes section's own heading ("Background"), which the page replaces with "Notes to editors". */
  notesHeading: string | undefined;
}

const FIELD = "details.body";

/** <abbr title> expansions; the first one wins when GOV.UK gives one abbreviation two. */
function abbreviations($: CheerioAPI, warn: Warn): Map<string, string> {
  const found = new Map<string, string>();
  $("abbr[title]").each((_, el) => {
    const abbr = $(el).text().replace(/\s+/g, " ").trim();
    const title = ($(el).attr("title") ?? "").trim();
    if (!abbr || !title || /[\][\n]/.test(abbr)) return;
    const known = found.get(abbr);
    if (known === undefined) found.set(abbr, title);
    else if (known !== title) warn(FIELD, `${abbr} is expanded both as ${excerpt(known)} and ${excerpt(title)}; kept the first`);
  });
  return found;
}

/** Converts one item's body HTML; warns about anything it changes the place or form of. */
export function convertBody(html: string, warn: Warn): ConvertedBody {
  const $ = load(html, null, false);
  const wrapper = $("div.govspeak").first();
  if (wrapper.length) wrapper.replaceWith(wrapper.contents());
  const converter = createConverter(abbreviations($, warn));
  const contacts = takeContacts($, warn);
  const notes = takeNotes($, converter);
  if (notes) warn(FIELD, `the section ${excerpt(notes.heading)} became the notes to editors (${notes.notes.length}); the page heads them "Notes to editors"`);
  if (notes?.numbered) warn(FIELD, "the notes' own numbers (\"1. \") were dropped: the page numbers the notes");
  markQuotes($, warn);
  $("img").each((_, img) => {
    warn(FIELD, `image ${excerpt($(img).attr("alt") || $(img).attr("src") || "")} is shown as a link to ${absoluteUrl($(img).attr("src") ?? "") ?? "its address"}: the site shows no images from other hosts`);
  });
  for (const tag of ["table", "iframe", "script", "form", "video", "audio"]) {
    if ($(tag).length) warn(FIELD, `${$(tag).length} <${tag}> element(s) converted to plain text; check them`);
  }
  $("script, style").remove();
  return { body: converter.toMarkdown($.html()), notes: notes?.notes ?? [], contacts, notesHeading: notes?.heading };
}
