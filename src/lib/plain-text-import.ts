/**
 * Turns a press release as plain text, in the form the old site's pages copy out as
 * (e2e/fixtures/import/NR2011-31.txt), into a release: front matter for the schema, a markdown
 * body, and a warning for everything the text does not say clearly enough to place. Text in,
 * release out: scripts/import-release.ts reads and writes the files.
 *
 * The text has no markup, so structure is recognised from the old site's conventions: a
 * "Press release: <headline>" line, a date line, "Ref: …", "<name>, <role>, said:" before quoted
 * paragraphs, a numbered "Notes to Editors" list, and page furniture ("Associated resources",
 * "Share this") around it.
 */
import { findPhoneNumbersInText } from "libphonenumber-js";
import { DateTime } from "luxon";
import YAML, { Scalar, visit } from "yaml";
import { topics } from "../../_data/topics.ts";
import { ZONE } from "./dates.ts";
import { readRelease } from "./release-loader.ts";
import { type Contact, type FieldProblem, type FrontMatter, type Link, type ReleaseType, type Resource } from "./release-schema.ts";

/** What the text says about the release; the schema fills in defaults and judges it. */
export type ImportedFrontMatter = Partial<FrontMatter>;

/** Something the importer could not place with confidence: a line of the text, a field, and why. */
export interface ImportWarning {
  /** 1-based line of the plain text, when the warning is about one place in it. */
  line?: number;
  field: string;
  message: string;
}

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

type Para =
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
function paragraphs(source: string): Para[] {
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

const excerpt = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
const ending = (text: string) => JSON.stringify(`…${text.split(" ").slice(-6).join(" ")}`);
const isTitleLike = (text: string) => text.length <= TITLE_LENGTH && !SENTENCE_END.test(text);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "An evaluation … (PDF, 1.2MB)" → title, format and size; the kind is guessed from the title. */
export function resourceFromLine(text: string): Resource {
  const details = /^(.*?)\s*\(([^()]*)\)$/.exec(text);
  let title = text;
  let format: string | undefined;
  let size: string | undefined;
  if (details) {
    for (const part of details[2]!.split(/\s*,\s*|\s+-\s+/)) {
      const bytes = /^(\d+(?:\.\d+)?)\s?(kb|mb|gb)$/i.exec(part);
      if (bytes) size = `${bytes[1]} ${bytes[2]!.toUpperCase()}`;
      else if (/^(?:pdf|csv|xlsx?|docx?|odt|ods|pptx?|rtf|txt|zip|html)$/i.test(part)) format = part.toUpperCase();
    }
    if (format || size) title = details[1]!;
  }
  return { title, kind: resourceKind(title), ...(format && { format }), ...(size && { size }) };
}

function resourceKind(title: string): Resource["kind"] {
  if (/statistic/i.test(title)) return "statistics";
  if (/\bdata(?:set)?\b/i.test(title)) return "data";
  if (/consultation/i.test(title)) return "consultation";
  if (/guidance|handbook|framework|toolkit/i.test(title)) return "guidance";
  if (/\bletter\b|correspondence/i.test(title)) return "correspondence";
  return "report";
}

// Verbs and joining words that end a report's title when the text names it without quotes or
// italics: "The report An evaluation of … services also identifies …".
const AFTER_TITLE = "also|can|could|is|was|are|were|has|had|have|will|would|should|may|might|found|finds|shows|showed|says|said|published|looks|identifies|identified|highlights|highlighted|sets|reveals|revealed|examines|examined|considers|makes|made|recommends|recommended|explores|describes|draws|calls|provides|covers|focuses|which|that";
const REPORT_TITLE = new RegExp(
  String.raw`\b[Tt]he (?:new |latest |full )?report(?:,?\s+(?:(?:titled|entitled|called)\s+)?[‘“'"](?<quoted>\S+\s.+?)[’”'"](?!\p{L})|\s+(?:(?:titled|entitled|called)\s+)?(?<plain>\p{Lu}[^.,;:()]*?)(?=\s+(?:${AFTER_TITLE})\b|[.,;:(]|$))`,
  "gu",
);

/** Titles of reports the text names as "The report <Title> …"; plain ones are italicised in the body. */
export function reportTitles(texts: readonly string[]): { title: string; quoted: boolean }[] {
  const found = new Map<string, { title: string; quoted: boolean }>();
  for (const text of texts) {
    for (const match of text.matchAll(REPORT_TITLE)) {
      const quoted = match.groups?.quoted;
      const title = (quoted ?? match.groups?.plain ?? "").trim();
      if (title.split(" ").length < 2) continue;
      const key = title.toLowerCase();
      if (!found.has(key)) found.set(key, { title, quoted: quoted !== undefined });
    }
  }
  return [...found.values()];
}

const PLACE = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s+(?:upon\s+)?\p{Lu}[\p{L}’'.-]*)*`;
const COUNCIL_TYPE = /^(?:County|Borough|City|District|Metropolitan)$/;
const COUNCIL = new RegExp(String.raw`(?<!\p{L})(${PLACE})\s+(?:County|Borough|City|District|Metropolitan Borough|Metropolitan District)\s+Council\b`, "gu");
const BOROUGH_OF = new RegExp(String.raw`\b(?:London|Royal) Borough of (${PLACE})`, "gu");
// Capitalised words that start sentences rather than place names: "In Cumbria County Council…".
const NOT_PLACE = new Set(["The", "A", "An", "For", "In", "At", "By", "And", "But", "Both", "When", "While", "As", "Of", "From", "With", "This", "That", "Each", "Every", "However", "Meanwhile", "Also", "Our", "Their", "Its"]);

/** Places named by their councils: "Cumbria County Council" → Cumbria, "London Borough of Merton" → Merton. */
export function councilAreas(texts: readonly string[]): string[] {
  const areas = new Set<string>();
  for (const text of texts) {
    const matches = [...text.matchAll(COUNCIL), ...text.matchAll(BOROUGH_OF)].sort((a, b) => a.index - b.index);
    for (const match of matches) {
      const words = match[1]!.split(/\s+/);
      while (words.length > 0 && NOT_PLACE.has(words[0]!)) words.shift();
      // The place name ends where the council's kind starts: "Wigan Metropolitan Borough Council".
      while (words.length > 0 && COUNCIL_TYPE.test(words.at(-1)!)) words.pop();
      if (words.length > 0) areas.add(words.join(" "));
    }
  }
  return [...areas];
}

interface Attribution {
  speaker: string;
  role: string | undefined;
}

const QUOTE_INTRO = /^(?<who>.+?),?\s+(?:said|says|added|adds|commented|comments|explained|continued|stated|warned|concluded|remarked)(?:\s+(?:today|that))?\s*:$/i;
const OPENING_QUOTE = /^['"‘“]/;
const CLOSING_QUOTE = /['"’”]$/;
const ROLE_WORD = /\b(?:inspector|director|chief|minister|secretary|head|headteacher|chair|chairman|chairwoman|officer|manager|commissioner|leader|member|president|principal|executive|deputy|spokesperson|spokesman|spokeswoman|lead|adviser|advisor|governor|coordinator|co-ordinator|founder|editor|teacher|pupil|parent|mayor|clerk|trustee|partner|representative|council|ofsted|department|service|services)\b/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|le|la|du|da|di|bin|al)$/u;

function isName(text: string): boolean {
  const words = text.split(" ");
  return words.length >= 2 && words.length <= 5 && !/['’]s\b/.test(text) && !ROLE_WORD.test(text) && words.every((w) => NAME_WORD.test(w));
}

/**
 * Speaker and role from the words before "said:". Both orders occur ("Her Majesty’s Chief
 * Inspector, Miriam Rosen" and "Miriam Rosen, Her Majesty’s Chief Inspector"); the part that
 * looks like a person's name is the speaker. Roles have possessives, lower-case words or job titles.
 */
export function parseSpeaker(who: string): { attribution: Attribution; sure: boolean } {
  const parts = who.split(/\s*,\s*/).filter((part) => part !== "");
  if (parts.length === 1) {
    const words = parts[0]!.split(" ");
    for (let start = Math.max(0, words.length - 5); start < words.length - 1; start++) {
      const name = words.slice(start).join(" ");
      if (isName(name)) return { attribution: { speaker: name, role: words.slice(0, start).join(" ") || undefined }, sure: true };
    }
    return { attribution: { speaker: parts[0]!, role: undefined }, sure: true };
  }
  const named = parts.findLastIndex(isName);
  if (named === -1) return { attribution: { speaker: parts[0]!, role: parts.slice(1).join(", ") }, sure: false };
  // "<lead-in>, <role>, <name>": only the part just before the name is the role.
  if (named === parts.length - 1) return { attribution: { speaker: parts[named]!, role: parts[named - 1] }, sure: true };
  return { attribution: { speaker: parts[named]!, role: parts.slice(named + 1).join(", ") }, sure: true };
}

interface Note {
  line: number;
  number: number | undefined;
  text: string;
}

const CONTACT_POINT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE_LIKE = /(?:\+44\s?(?:\(0\)\s?)?|\b0)\d[\d ]*\d/g;
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=\p{Lu})/u;
const TIME = String.raw`\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)`;
const TIME_RANGE = new RegExp(String.raw`(${TIME})\s*(?:-|–|to|until|and)\s*(${TIME})`, "i");
const DAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
const DAY_RANGE = new RegExp(String.raw`\b(${DAY})s?\s*(?:-|–|to)\s*(${DAY})s?\b`, "i");
const PERIOD_WORD = "(?:evenings?|weekends?|nights?|bank holidays?|public holidays?)";
const PERIOD = new RegExp(String.raw`\b(?:during|at|in the|on)\s+(${PERIOD_WORD}(?:(?:,\s*|\s+(?:and|or)\s+)(?:at\s+|on\s+)?${PERIOD_WORD})*)`, "i");
const OUT_OF_HOURS = /\bout of (?:these |office |normal |working )?hours\b/i;
// Words around a number that say how to reach someone rather than who: "can be reached on".
const TRAILING_WORDS = new Set(["on", "through", "via", "at", "by", "calling", "phoning", "ringing", "emailing", "email", "e-mail", "telephone", "tel", "phone", "call", "ring", "be", "can", "may", "could", "should", "is", "are", "reached", "contacted", "called", "available", "directly", "number"]);
const LEADING_WORDS = new Set(["or", "and", "via", "through", "on", "by", "call", "ring", "contact", "phone", "email", "alternatively", "please", "the"]);
const CONTACT_VERB = /^.*\b(?:contact|call|ring|phone|reach)\s+/i;

function normaliseTime(time: string): string {
  return time.replace(/\s+/g, "").toLowerCase();
}

function hoursIn(context: string): string | undefined {
  const times = TIME_RANGE.exec(context);
  const days = DAY_RANGE.exec(context);
  const period = PERIOD.exec(context);
  const found = [
    times && `${normaliseTime(times[1]!)} to ${normaliseTime(times[2]!)}`,
    days && `${capitalise(days[1]!.toLowerCase())} to ${capitalise(days[2]!.toLowerCase())}`,
    period && period[1]!.toLowerCase(),
  ].filter((part) => typeof part === "string");
  return found.length > 0 ? capitalise(found.join(", ")) : undefined;
}

/** "Media can contact the Ofsted Press Office through" → "Ofsted Press Office". */
function contactName(before: string): string | undefined {
  // The clause just before the number: "Press office: 020 …", "…, the duty officer on 07…".
  const clause = before.replace(/[\s:–-]+$/, "").split(/[,;:]/).at(-1) ?? "";
  const words = clause.replace(CONTACT_VERB, "").trim().split(/\s+/);
  while (words.length > 0 && TRAILING_WORDS.has(words.at(-1)!.toLowerCase())) words.pop();
  while (words.length > 0 && LEADING_WORDS.has(words[0]!.toLowerCase())) words.shift();
  // A contact is named as a label, "Ofsted enquiry line", rather than "Ofsted's enquiry line".
  const name = words.join(" ").replace(/^(\p{Lu}[\p{L}\d&-]*)['’]s\s+/u, "$1 ");
  if (name === "" || words.length > 6 || /\d/.test(name)) return undefined;
  return capitalise(name);
}

/**
 * Contacts from a note such as "Media can contact the Ofsted Press Office through 020 7421 6899
 * or via Ofsted's enquiry line 0300 1231231 between 8.30am - 6.30pm Monday - Friday." Each
 * number is named by the words before it; hours and "out of hours" come from its sentence.
 */
export function contactsFromText(text: string): { contacts: Contact[]; unnamed: string[]; invalid: string[] } {
  const contacts: Contact[] = [];
  const unnamed: string[] = [];
  const seen = new Set<string>();
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const points = [
      ...findPhoneNumbersInText(sentence, "GB").map((p) => ({ start: p.startsAt, end: p.endsAt, phone: sentence.slice(p.startsAt, p.endsAt), email: undefined })),
      ...[...sentence.matchAll(CONTACT_POINT)].map((m) => ({ start: m.index, end: m.index + m[0].length, phone: undefined, email: m[0] })),
    ].sort((a, b) => a.start - b.start);
    points.forEach((point, i) => {
      const before = sentence.slice(points[i - 1]?.end ?? 0, point.start);
      const after = sentence.slice(point.end, points[i + 1]?.start ?? sentence.length);
      const value = point.phone ?? point.email!;
      if (seen.has(value.replace(/\s+/g, "").toLowerCase())) return;
      seen.add(value.replace(/\s+/g, "").toLowerCase());
      const name = contactName(before);
      const previous = contacts.at(-1);
      // "… on 020 7421 6899 or email press@ofsted.gov.uk": the address belongs to the same office.
      if (point.email && !name && i > 0 && previous && !previous.email) {
        previous.email = point.email;
        const hours = hoursIn(after);
        if (hours && !previous.hours) previous.hours = hours;
        return;
      }
      if (!name) unnamed.push(value);
      // Hours follow the number ("… between 8.30am - 6.30pm") or lead the clause that names it.
      const hours = hoursIn([after, ...before.split(",").slice(0, -1)].join(" ; "));
      const role = OUT_OF_HOURS.test(sentence.slice(0, point.start)) ? "Out of hours" : undefined;
      contacts.push({
        name: name ?? "Press office",
        ...(role && { role }),
        ...(point.phone && { phone: point.phone }),
        ...(point.email && { email: point.email }),
        ...(hours && { hours }),
      });
    });
  }
  const invalid = [...text.matchAll(PHONE_LIKE)]
    .map((m) => m[0])
    .filter((n) => /^\D*(?:\d\D*){9,13}$/.test(n) && !seen.has(n.replace(/\s+/g, "").toLowerCase()));
  return { contacts, unnamed, invalid };
}

// Markdown that plain text must not turn into by accident: emphasis, code, links, headings.
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*[\]]/g, "\\$&")
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_")
    .replace(/&(?=#?\w+;)/g, "\\&")
    .replace(/^[#>+]/, "\\$&")
    .replace(/^(\d+)([.)])(?= )/, "$1\\$2");
}

// The hand-written releases keep lines shorter than 100 columns.
const LINE_WIDTH = 99;
// Words that would start a list, quote, heading or setext underline at the start of a line.
const BLOCK_START = /^(?:[-+*>#=|]|\d+[.)])/;

/** Wraps markdown as the hand-written releases are wrapped, never breaking before a word that would start a block. */
function wrap(text: string, first: string, rest: string): string {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(" ")) {
    if (!empty && line.length + 1 + word.length > LINE_WIDTH && !BLOCK_START.test(word)) {
      lines.push(line);
      line = rest + word;
    } else line += (empty ? "" : " ") + word;
    empty = false;
  }
  lines.push(line);
  return lines.join("\n");
}

interface Block {
  markdown: string;
  /** Consecutive list items are joined by single newlines so they stay one list. */
  list?: "numbered" | "bulleted";
}

function textBlock(para: Para, inline: (text: string) => string, subheading: boolean): Block {
  if (para.kind === "item") {
    const marker = para.number === undefined ? "- " : `${para.number}. `;
    return { markdown: wrap(inline(para.text), marker, " ".repeat(marker.length)), list: para.number === undefined ? "bulleted" : "numbered" };
  }
  if (subheading) return { markdown: `## ${inline(para.text)}` };
  return { markdown: wrap(inline(para.text), "", "") };
}

function joinBlocks(blocks: readonly Block[]): string {
  return blocks.map((block, i) => (i > 0 && block.list && block.list === blocks[i - 1]!.list ? "\n" : i > 0 ? "\n\n" : "") + block.markdown).join("");
}

const DANGLING_LINK = /\b(?:at|on|from|here|via)\s*:?$/i;

type Warn = (field: string, message: string, line?: number) => void;
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

/** Who said it: the words before "said:", or the previous speaker for "She added:". */
function speakerOf(intro: Para, who: string, previous: Attribution | undefined, warn: Warn): Attribution | undefined {
  if (/^(?:he|she|they)$/i.test(who)) {
    if (!previous) warn("(body)", `${excerpt(intro.text)}: no earlier speaker to say who "${who}" is`, intro.line);
    return previous;
  }
  const { attribution, sure } = parseSpeaker(who);
  if (!sure) warn("(body)", `could not tell the speaker from the role in ${excerpt(who)}; took "${attribution.speaker}" as the speaker`, intro.line);
  return attribution;
}

/** The paragraphs in quote marks after a "…said:" paragraph, up to the one that closes the quote. */
function quotedAfter(paras: readonly Para[], from: number): { quoted: Para[]; closed: boolean } {
  const quoted: Para[] = [];
  for (const next of paras.slice(from)) {
    if (next.kind !== "text" || !OPENING_QUOTE.test(next.text)) break;
    quoted.push(next);
    if (CLOSING_QUOTE.test(next.text)) return { quoted, closed: true };
  }
  return { quoted, closed: false };
}

/**
 * The body as markdown blocks. A "…said:" paragraph stays in the body and the quoted paragraphs
 * after it become a blockquote ending "— Speaker, Role", which markdown.ts renders as a figure.
 */
function bodyBlocks(paras: readonly Para[], inline: (text: string) => string, warn: Warn): Block[] {
  const blocks: Block[] = [];
  let lastSpeaker: Attribution | undefined;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!;
    blocks.push(textBlock(p, inline, p.kind === "text" && isTitleLike(p.text)));
    if (DANGLING_LINK.test(p.text)) warn("(body)", `ends ${ending(p.text)}: a link was probably lost from the text; add it`, p.line);
    const intro = p.kind === "text" ? QUOTE_INTRO.exec(p.text) : null;
    if (!intro) continue;
    const { quoted, closed } = quotedAfter(paras, i + 1);
    if (quoted.length === 0) {
      warn("(body)", `${excerpt(p.text)} is not followed by a paragraph in quote marks, so it is not made a quote`, p.line);
      continue;
    }
    i += quoted.length;
    const speaker = speakerOf(p, intro.groups!.who!, lastSpeaker, warn);
    lastSpeaker = speaker ?? lastSpeaker;
    if (!closed) warn("(body)", `the quote after ${excerpt(p.text)} has no closing quote mark; it was taken to end at line ${quoted.at(-1)!.line}`, p.line);
    // British style: every paragraph opens with a quote mark, only the last one closes.
    const texts = quoted.map((q, k) => {
      const opened = q.text.replace(OPENING_QUOTE, "");
      return k === quoted.length - 1 && closed ? opened.replace(CLOSING_QUOTE, "") : opened;
    });
    const attribution = speaker ? [`> — ${speaker.speaker}${speaker.role ? `, ${speaker.role}` : ""}`] : [];
    blocks.push({ markdown: [...texts.map((t) => wrap(inline(t), "> ", "> ")), ...attribution].join("\n>\n") });
  }
  return blocks;
}

/** Contacts from every note that gives a number or address; the notes keep their text too. */
function contactsFromNotes(notes: readonly Note[], warn: Warn): Contact[] {
  const contacts: Contact[] = [];
  notes.forEach((note, i) => {
    const found = contactsFromText(note.text);
    for (const contact of found.contacts) {
      if (!contacts.some((c) => (c.phone && c.phone === contact.phone) || (c.email && c.email === contact.email))) contacts.push(contact);
    }
    for (const value of found.unnamed) warn("contacts", `could not tell whose number or address ${value} is; named it "Press office"`, note.line);
    for (const value of found.invalid) warn(`notes[${i}]`, `"${value}" looks like a phone number but is not a valid UK number, so it is not in contacts`, note.line);
  });
  return contacts;
}

/** Reads a plain-text press release. Throws NotAPressReleaseError when there is no heading line. */
export function importPlainText(source: string): ImportedRelease {
  const paras = paragraphs(source);
  const warnings: ImportWarning[] = [];
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
  warn("topics", `cannot be told from the text; add slugs from _data/topics.ts (${topics.map((t) => t.slug).join(", ")})`);
  if (!parts.date) warn("date", 'no date line such as "09 Aug 2011" after the heading');
  if (!parts.ref) warn("ref", 'no "Ref: …" line after the heading');

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

// The order a person writes the fields in; a Record so that every field of the schema has a place.
const FIELD_ORDER: Record<keyof FrontMatter, true> = {
  title: true,
  ref: true,
  date: true,
  type: true,
  summary: true,
  topics: true,
  areas: true,
  resources: true,
  notes: true,
  contacts: true,
  related: true,
  embargo: true,
  draft: true,
  updated: true,
  slug: true,
};

// Strings that would not fit on their line beside the key are written as folded blocks (`>-`), as
// the hand-written releases do.
const FOLD_LENGTH = 88;

function yamlField(key: keyof FrontMatter, value: unknown): string {
  const doc = new YAML.Document({ [key]: value });
  if (key !== "title") {
    visit(doc, {
      Scalar(role, node) {
        if (role !== "key" && typeof node.value === "string" && node.value.length > FOLD_LENGTH) node.type = Scalar.BLOCK_FOLDED;
      },
    });
  }
  // A title stays on one line however long, so it reads as the headline it is.
  return doc.toString({ lineWidth: key === "title" ? 0 : LINE_WIDTH });
}

/** The release file: front matter in the usual order (empty lists left out), then the body. */
export function serialiseRelease(release: { frontMatter: ImportedFrontMatter; body: string }): string {
  const fields = (Object.keys(FIELD_ORDER) as (keyof FrontMatter)[]).map((key) => {
    const value = release.frontMatter[key];
    if (key === "topics" && Array.isArray(value) && value.length === 0) {
      return "# Add topic slugs from _data/topics.ts: the importer cannot tell them from the text.\ntopics: []\n";
    }
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return "";
    return yamlField(key, value);
  });
  return `---\n${fields.join("")}---\n${release.body.trim()}\n`;
}

/** Problems the loader would find in a release file's text: its YAML, its fields, an empty body. */
export function checkReleaseText(text: string): FieldProblem[] {
  const read = readRelease("(imported)", text);
  return read.ok ? [] : read.problems.map(({ field, reason }) => ({ field, reason }));
}
