/** Media contacts from the notes to editors: numbers and addresses, who they reach, and when. */
import { findPhoneNumbersInText } from "libphonenumber-js";
import type { Contact } from "../release-schema.ts";
import { capitalise } from "./paragraphs.ts";
import type { Warn } from "./warnings.ts";

export interface Note {
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

/** Contacts from every note that gives a number or address; the notes keep their text too. */
export function contactsFromNotes(notes: readonly Note[], warn: Warn): Contact[] {
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
