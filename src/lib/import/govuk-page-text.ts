/**
 * Text copied from a GOV.UK news page, such as
 * https://www.gov.uk/government/news/new-frank-adverts-mark-tenth-anniversary--2 selected and
 * pasted: the document type on a line of its own ("Press release"), the title, the summary,
 * "From:" and the organisations, "Published" and the date, the body (quotes in the page's
 * blockquotes lose their marks when copied), then the page's own furniture. It is rewritten,
 * line for line so warnings keep their line numbers, into the old layout the plain-text importer
 * reads: "Press release: <title>", a date line, quotes in quote marks, "Notes to editors".
 */
import type { ImportWarning } from "./warnings.ts";
import { QUOTE_INTRO } from "./body.ts";

const DOCUMENT_TYPE = /^(press release|news story|world news story|government response|statement)$/i;
const AS_HEADING: Record<string, string> = {
  "press release": "Press release",
  "news story": "News story",
  "world news story": "News story",
  "government response": "Statement",
  statement: "Statement",
};
const FROM = /^from\s*:?\s*(.*)$/i;
const PUBLISHED = /^published\s*:?\s*(.*)$/i;
const LAST_UPDATED = /^(?:last updated\b.*|[—–-]*\s*see all updates)$/i;
const NOTES = /^(?:background|notes to editors|notes for editors)\s*:?$/i;
// GOV.UK's page furniture around the article (https://www.gov.uk/government/news/… as copied).
const FURNITURE = /^(?:contents|print this page|share this page|explore the topic|related content|is this page useful\??|maybe|yes(?: this page is useful)?|no(?: this page is not useful)?|thank you for your feedback|report a problem with this page|help us improve gov\.uk|don[’']t include personal or financial information.*|cookies on gov\.uk|skip to main content|gov\.uk|topics?|government activity)$/i;
const FIRST_PERSON = /\b(?:I|I[’']m|I[’']ve|we|we[’']re|we[’']ve|our|us|my|me)\b/i;
const LIST_OR_HEADING = /^(?:[•·*–-]\s|\d{1,2}[.)]\s)/;

interface Paragraph {
  start: number;
  end: number;
}

function paragraphsOf(lines: readonly string[]): Paragraph[] {
  const found: Paragraph[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const last = found.at(-1);
    if (last && last.end === i - 1) last.end = i;
    else found.push({ start: i, end: i });
  });
  return found;
}

/** The text rewritten for the plain-text importer, or null when it is not a GOV.UK page. */
export function fromGovukPage(source: string): { source: string; warnings: ImportWarning[] } | null {
  const lines = source.replace(/^\uFEFF/, "").split(/\r\n?|\n/).map((l) => l.replace(/\s+/g, " ").trim());
  const first = lines.findIndex((l) => l !== "");
  if (first === -1 || !DOCUMENT_TYPE.test(lines[first]!)) return null;
  if (!lines.slice(first, first + 20).some((l) => FROM.test(l) || PUBLISHED.test(l))) return null;
  const warnings: ImportWarning[] = [];
  const warn = (index: number, field: string, message: string) => void warnings.push({ line: index + 1, field, message });

  const titleAt = lines.findIndex((l, i) => i > first && l !== "");
  if (titleAt === -1) return null;
  // The heading goes on the type's line and the title's line is left blank, so the summary under
  // the title starts a paragraph of its own and every line keeps its number.
  lines[first] = `${AS_HEADING[lines[first]!.toLowerCase()]}: ${lines[titleAt]}`;
  lines[titleAt] = "";

  let seenPublished = false;
  for (let i = titleAt + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const from = FROM.exec(line);
    if (from && !seenPublished) {
      // "From:" and the organisations and people under it, up to "Published".
      const names = [from[1]];
      lines[i] = "";
      for (let j = i + 1; j < lines.length && !PUBLISHED.test(lines[j]!) && (lines[j] !== "" || names.length === 1); j++) {
        if (lines[j] !== "") names.push(lines[j]);
        lines[j] = "";
        i = j;
      }
      warn(i, "(file)", `"From: ${names.filter(Boolean).join(", ")}" left out: the page names the site's organisation`);
      continue;
    }
    const published = PUBLISHED.exec(line);
    if (published && !seenPublished) {
      seenPublished = true;
      // "Published" with its date on the same or the next line. The old layout has the date
      // straight under the heading, so it moves to the title's (now empty) line.
      const dateAt = published[1] === "" ? lines.findIndex((l, j) => j > i && l !== "") : i;
      if (dateAt !== -1) {
        lines[titleAt] = `Published ${published[1] === "" ? lines[dateAt] : published[1]}`;
        lines[dateAt] = "";
        lines[i] = "";
        i = Math.max(i, dateAt);
      }
      continue;
    }
    if (LAST_UPDATED.test(line)) {
      warn(i, "updated", `${JSON.stringify(line)} left out: add the change to "updated" with its note`);
      lines[i] = "";
    } else if (FURNITURE.test(line)) lines[i] = "";
    else if (NOTES.test(line)) lines[i] = "Notes to editors";
  }

  // Quotes: GOV.UK shows them as blockquotes, which copy without quote marks. After "…said:",
  // paragraphs in the first person are the quote; the first one always is.
  const paras = paragraphsOf(lines);
  paras.forEach((para, k) => {
    const text = lines.slice(para.start, para.end + 1).join(" ");
    if (!QUOTE_INTRO.test(text)) return;
    const quoted: Paragraph[] = [];
    for (const next of paras.slice(k + 1)) {
      const body = lines.slice(next.start, next.end + 1).join(" ");
      if (/^['"‘“]/.test(body) || QUOTE_INTRO.test(body) || LIST_OR_HEADING.test(body) || NOTES.test(body) || lines[next.start] === "Notes to editors") break;
      if (quoted.length > 0 && !FIRST_PERSON.test(body)) break;
      quoted.push(next);
    }
    if (quoted.length === 0) return;
    for (const q of quoted) lines[q.start] = `“${lines[q.start]}`;
    lines[quoted.at(-1)!.end] = `${lines[quoted.at(-1)!.end]}”`;
    warn(quoted[0]!.start, "(body)", `the quote after ${JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text)} has no quote marks (a GOV.UK page's quotes copy without them); it was taken to end at line ${quoted.at(-1)!.end + 1}: check it`);
  });
  return { source: lines.join("\n"), warnings };
}
