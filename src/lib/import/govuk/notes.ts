/**
 * The "Notes to editors" of a GOV.UK body: the section under a heading such as "Notes to
 * editors" or "Background" (GOV.UK's own examples use both) up to the next heading, one note per
 * list item or per paragraph. A list after a paragraph ("…survey found:" then bullets) belongs to
 * that paragraph's note, and "1. " numbering in the text is dropped since the notes are numbered.
 */
import type { CheerioAPI } from "cheerio";
import type { Converter } from "./markdown.ts";

export const NOTES_HEADING = /^(?:notes?\s+(?:to|for)\s+editors?|editors['’]?\s+notes?|background(?:\s+information)?|further\s+information\s+for\s+editors)\s*:?$/i;

/** Takes the notes section out of the body; returns its heading's text and the notes in markdown. */
export function takeNotes($: CheerioAPI, converter: Converter): { heading: string; notes: string[]; numbered: boolean } | undefined {
  const heading = $("h2, h3, h4")
    .toArray()
    .find((h) => NOTES_HEADING.test($(h).text().replace(/\s+/g, " ").trim()));
  if (!heading) return undefined;
  const level = heading.tagName;
  const section = [];
  for (let next = $(heading).next(); next.length && !(next.is("h2") || next.is(level)); next = next.next()) section.push(next);
  const notes: string[] = [];
  let numbered = false;
  const blocks = section.filter((el) => !el.is("div.contact"));
  const onlyList = blocks.length === 1 && blocks[0]!.is("ol, ul");
  for (const el of blocks) {
    if (onlyList) {
      el.children("li").each((_, li) => void notes.push(converter.toMarkdown($(li).html() ?? "")));
    } else if (el.is("ol, ul") && notes.length > 0) {
      notes[notes.length - 1] += `\n\n${converter.toMarkdown($.html(el))}`;
    } else {
      const written = converter.toMarkdown($.html(el));
      const markdown = written.replace(/^\d{1,2}\\?[.)]\s+/, "");
      numbered ||= markdown !== written;
      if (markdown !== "") notes.push(markdown);
    }
  }
  const text = $(heading).text().replace(/\s+/g, " ").trim();
  for (const el of section) if (!el.is("div.contact")) el.remove();
  $(heading).remove();
  return { heading: text, notes, numbered };
}
