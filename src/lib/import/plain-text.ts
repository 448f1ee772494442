/**
 * Turns a press release as plain text, in the form the old site's pages copy out as
 * (e2e/fixtures/import/NR2011-31.txt), into a release: front matter for the schema, a markdown
 * body, and a warning for everything the text does not say clearly enough to place. Text in,
 * release out: main.ts reads and writes the files.
 *
 * The text has no markup, so structure is recognised from the old site's conventions: a
 * "Press release: <headline>" line, a date line, "Ref: …", "<name>, <role>, said:" before quoted
 * paragraphs, a numbered "Notes to Editors" list, and page furniture ("Associated resources",
 * "Share this") around it. Each convention has its module in src/lib/import/; this one puts the
 * parts in order.
 */
import { councilAreas } from "./areas.ts";
import { fromGovukPage } from "./govuk-page-text.ts";
import { bodyBlocks, DANGLING_LINK } from "./body.ts";
import { contactsFromNotes, type Note } from "./contacts-from-text.ts";
import { escapeMarkdown, joinBlocks } from "./markdown-text.ts";
import { ending, excerpt, isTitleLike, type Para, paragraphs } from "./paragraphs.ts";
import { reportTitles, resourceFromLine } from "./resources.ts";
import type { ImportedFrontMatter, ImportWarning, Warn } from "./warnings.ts";
import type { Link, Resource } from "../release-schema.ts";

export interface ImportedRelease {
  frontMatter: ImportedFrontMatter;
  body: string;
  warnings: ImportWarning[];
}

/** The text has no "Press release: …" (or "News story:", "Statement:") line, so it is not a release. */
export class NotAPressReleaseError extends Error {
  constructor() {
    super('no heading line such as "Press release: <headline>", "News story: <headline>" or "Statement: <headline>"');
    this.name = "NotAPressReleaseError";
  }
}

type HeadingPara = Extract<Para, { kind: "heading" }>;

/** The release's parts, as found in the order the old pages print them. */
interface Parts {
  date: string | undefined;
  ref: string | undefined;
  resources: Resource[];
  body: Para[];
  notes: Note[];
  related: { line: number; title: string }[];
}

// A resource line is short, or ends in its format and size: "Below the radar (PDF, 1.1MB)".
const isResourceLine = (text: string) => isTitleLike(text) || /\((?:[^()]*,\s*)?\d+(?:\.\d+)?\s?[KMG]B\)$/i.test(text) || /\((?:PDF|CSV|XLSX?|DOCX?|ODS|ODT)\)$/i.test(text);

/**
 * Sorts the paragraphs after the heading into header (date, ref, resources), body, notes and the
 * page furniture after them. "Associated resources" and "Share this" say which list the short
 * lines that follow belong to; anything left over after the notes is reported, not published.
 */
function splitParts(paras: readonly Para[], warn: Warn): Parts {
  const parts: Parts = { date: undefined, ref: undefined, resources: [], body: [], notes: [], related: [] };
  let section: "header" | "body" | "notes" | "trailer" = "header";
  let listing: "resources" | "related" | undefined;
  for (const p of paras) {
    // Past the header, a stray heading or ref line is just text.
    if (p.kind === "notes") {
      section = "notes";
    } else if (p.kind === "resources" || p.kind === "related") {
      if (section !== "header") section = "trailer";
      listing = p.kind;
    } else if (p.kind === "furniture") {
      if (section === "notes") section = "trailer";
      listing = "related";
    } else if (p.kind === "date") {
      if (section === "header" && !parts.date) parts.date = p.date;
      else warn("date", `left out a second date line ${excerpt(p.text)}`, p.line);
    } else if (p.kind === "ref" && section === "header") {
      if (!parts.ref) parts.ref = p.ref;
      else warn("ref", `left out a second ref line ${excerpt(p.text)}`, p.line);
    } else if (p.kind === "heading" && section === "header") {
      warn("title", `left out a second heading line ${excerpt(p.text)}`, p.line);
    } else if (section === "header" && listing === "resources" && isResourceLine(p.text)) {
      parts.resources.push(resourceFromLine(p.text));
    } else if (section === "header" || section === "body") {
      section = "body";
      parts.body.push(p);
    } else if (section === "notes" && !(p.kind === "text" && isTitleLike(p.text))) {
      parts.notes.push({ line: p.line, number: p.kind === "item" ? p.number : undefined, text: p.text });
    } else if (listing === "resources" && isResourceLine(p.text)) {
      section = "trailer";
      parts.resources.push(resourceFromLine(p.text));
    } else if (isTitleLike(p.text)) {
      section = "trailer";
      parts.related.push({ line: p.line, title: p.text });
    } else {
      warn("(body)", `left out text after the notes to editors: ${excerpt(p.text)}`, p.line);
    }
  }
  // Stray links at the very end of the body ("Annual Report 2012/13") are related links, not sub-headings.
  while (parts.body.length > 1 && parts.body.at(-1)!.kind === "text" && isTitleLike(parts.body.at(-1)!.text)) {
    const p = parts.body.pop()!;
    parts.related.unshift({ line: p.line, title: p.text });
  }
  return parts;
}

/** What the person importing knows that the text may not say: `--ref` and `--date`. */
export interface Given {
  ref?: string | undefined;
  date?: string | undefined;
}

/**
 * Reads a plain-text press release; `topicSlugs` (the site's, from _data/topics.ts) are named in
 * the warning that topics must be added by hand. Throws NotAPressReleaseError when there is no heading line.
 */
export function importPlainText(text: string, given: Given = {}, topicSlugs: readonly string[] = []): ImportedRelease {
  // Text copied from a GOV.UK page is first put in the old layout (govuk-page-text.ts).
  const page = fromGovukPage(text);
  const source = page?.source ?? text;
  const paras = paragraphs(source);
  const warnings: ImportWarning[] = [...(page?.warnings ?? [])];
  const warn: Warn = (field, message, line) => void warnings.push(line === undefined ? { field, message } : { line, field, message });
  const start = paras.findIndex((p) => p.kind === "heading");
  if (start === -1) throw new NotAPressReleaseError();
  const heading = paras[start] as HeadingPara;
  for (const p of paras.slice(0, start)) warn("(file)", `left out text before the heading: ${excerpt(p.text)}`, p.line);
  const parts = splitParts(paras.slice(start + 1), warn);

  const summaryIndex = parts.body.findIndex((p) => p.kind === "text" && !isTitleLike(p.text));
  const summary = parts.body[summaryIndex]?.text;
  // The summary is the first paragraph and is not repeated, unless it is all the text there is.
  const rest = parts.body.filter((_, i) => i !== summaryIndex);
  if (summary === undefined) warn("summary", "no body paragraph to take the summary from");
  else if (rest.length === 0) warn("(body)", "the only paragraph is both the summary and the body", parts.body[0]!.line);

  const titles = reportTitles([...parts.body, ...parts.notes].map((p) => p.text));
  const plainTitles = titles.filter((t) => !t.quoted).map((t) => escapeMarkdown(t.title));
  const inline = (text: string) => plainTitles.reduce((markdown, title) => markdown.split(title).join(`*${title}*`), escapeMarkdown(text));
  const resources = [...parts.resources];
  for (const { title } of titles) {
    if (!resources.some((r) => r.title.toLowerCase() === title.toLowerCase())) resources.push({ title, kind: "report" });
  }
  resources.forEach((r, i) => warn(`resources[${i}].url`, `no link in the text for ${excerpt(r.title)}; add its URL, or leave it without`));

  const body = joinBlocks(bodyBlocks(rest.length > 0 ? rest : parts.body, inline, warn));

  const numbers = parts.notes.map((n) => n.number).filter((n) => n !== undefined);
  if (numbers.some((n, i) => n !== i + 1)) warn("notes", `numbered ${numbers.join(", ")}: a note may be missing`, parts.notes[0]!.line);
  parts.notes.forEach((note, i) => {
    if (DANGLING_LINK.test(note.text)) warn(`notes[${i}]`, `ends ${ending(note.text)}: a link was probably lost from the text; add it`, note.line);
  });
  const contacts = contactsFromNotes(parts.notes, warn);

  const related: Link[] = [];
  for (const { title, line } of parts.related) {
    if (related.some((r) => r.title === title)) continue;
    warn(`related[${related.length}].url`, `no link in the text for related link ${excerpt(title)}; add its URL`, line);
    related.push({ title });
  }

  const areas = councilAreas([heading.title, ...parts.body.map((p) => p.text)]);
  if (areas.length > 0) warn("areas", `guessed from council names (${areas.join(", ")}); check them`);
  warn("topics", `cannot be told from the text; add slugs from _data/topics.ts${topicSlugs.length > 0 ? ` (${topicSlugs.join(", ")})` : ""}`);
  // Given values fill what the text lacks, and win (with a warning) where the text says otherwise.
  for (const field of ["ref", "date"] as const) {
    const value = given[field];
    if (value !== undefined && parts[field] !== undefined && parts[field] !== value) warn(field, `the text says ${JSON.stringify(parts[field])}; used --${field} ${JSON.stringify(value)}`);
    if (value !== undefined) parts[field] = value;
  }
  if (!parts.date) warn("date", 'no date line such as "09 Aug 2011" after the heading; give one with --date');
  if (!parts.ref) warn("ref", 'no "Ref: …" line after the heading; give one with --ref');

  const frontMatter: ImportedFrontMatter = {
    title: heading.title,
    ...(parts.ref && { ref: parts.ref }),
    ...(parts.date && { date: parts.date }),
    type: heading.type,
    ...(summary !== undefined && { summary }),
    topics: [],
    areas,
    resources,
    notes: parts.notes.map((n) => inline(n.text)),
    ...(contacts.length > 0 && { contacts }),
    related,
  };
  warnings.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  return { frontMatter, body: `${body}\n`, warnings };
}

