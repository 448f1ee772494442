/** Associated resources named in a plain-text release: resource lines and "The report <Title> …". */
import type { Resource } from "../release-schema.ts";

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
