/**
 * Quotes in GOV.UK bodies. GOV.UK's style (e2e/fixtures/govuk/news_article_press_release.json shows it)
 * puts "Name, role, said:" in a paragraph and the words in a blockquote; older items put them in
 * paragraphs in quote marks instead. Either way the quote is marked with its speaker here, for
 * the converter to write "— Speaker, Role" under it. Several blockquotes in a row are all the
 * same speaker's; "He added:" and the like take the previous speaker. Arabic ("قال …:") and Urdu
 * ("… نے … کہا ہے:") translations introduce quotes their own way: the words naming the speaker
 * become the attribution whole, since a name and a role cannot be told apart there.
 */
import type { CheerioAPI } from "cheerio";
import { CLOSING_QUOTE, OPENING_QUOTE, QUOTE_INTRO } from "../body.ts";
import { excerpt } from "../paragraphs.ts";
import { type Attribution, parseSpeaker } from "../speakers.ts";
import type { Warn } from "../warnings.ts";

const FIELD = "details.body";
const clean = (text: string) => text.replace(/\s+/g, " ").trim();
// cheerio's selection of elements, named without importing its copy of domhandler.
const selectParagraphs = ($: CheerioAPI) => $("p");
type Nodes = ReturnType<typeof selectParagraphs>;

const TRANSLATED_INTROS = [/^و?(?:قال|قالت|أضاف|أضافت|صرح|صرحت)\s+(?<who>.+?)\s*:$/u, /^(?<who>.+?)\s+نے\s+(?:.+\s)?کہا(?:\s+ہے)?\s*:$/u];

/** Paragraphs in quote marks after an intro, up to the one that closes the quote: wrapped in a blockquote. */
function wrapQuotedParagraphs($: CheerioAPI, intro: Nodes): Nodes | undefined {
  const quoted: Nodes[] = [];
  for (let next = intro.next(); next.is("p"); next = next.next()) {
    const text = clean(next.text());
    if (!OPENING_QUOTE.test(text)) break;
    quoted.push(next);
    if (CLOSING_QUOTE.test(text)) break;
  }
  if (quoted.length === 0) return undefined;
  // British style: each paragraph opens with a quote mark, only the last closes.
  quoted.forEach((p, i) => {
    let inner = (p.html() ?? "").trim().replace(/^(?:['"‘“]|&quot;|&#39;)/, "");
    if (i === quoted.length - 1) inner = inner.replace(/(?:['"’”]|&quot;|&#39;)$/, "");
    p.html(inner);
  });
  quoted[0]!.before("<blockquote></blockquote>");
  const quote = quoted[0]!.prev();
  for (const p of quoted) quote.append(p);
  return quote;
}

function speakerOf(text: string, previous: Attribution | undefined, warn: Warn): Attribution | undefined | null {
  const translated = TRANSLATED_INTROS.map((pattern) => pattern.exec(text)).find(Boolean);
  if (translated) return { speaker: translated.groups!.who!, role: undefined };
  const intro = QUOTE_INTRO.exec(text);
  if (!intro) return null;
  const who = intro.groups!.who!;
  if (/^(?:he|she|they)$/i.test(who)) {
    if (!previous) warn(FIELD, `${excerpt(text)}: no earlier speaker to say who "${who}" is`);
    return previous;
  }
  const parsed = parseSpeaker(who);
  if (!parsed.sure) warn(FIELD, `could not tell the speaker from the role in ${excerpt(who)}; took "${parsed.attribution.speaker}" as the speaker`);
  return parsed.attribution;
}

/** Marks every quote with its speaker (data-speaker, data-role); warns where none can be told. */
export function markQuotes($: CheerioAPI, warn: Warn): void {
  let previous: Attribution | undefined;
  for (const element of $("p").toArray()) {
    const p = $(element) as Nodes;
    const text = clean(p.text());
    const speaker = speakerOf(text, previous, warn);
    if (speaker === null) continue;
    let quote = p.next().is("blockquote") ? (p.next() as Nodes) : wrapQuotedParagraphs($, p);
    if (!quote) {
      warn(FIELD, `${excerpt(text)} is not followed by a blockquote or a paragraph in quote marks, so no quote was made`);
      continue;
    }
    if (!speaker) continue;
    previous = speaker;
    // The same speaker's next quotes follow straight on, one blockquote each.
    for (; quote.is("blockquote"); quote = quote.next() as Nodes) {
      quote.attr("data-speaker", speaker.speaker);
      if (speaker.role) quote.attr("data-role", speaker.role);
    }
  }
  $("blockquote:not([data-speaker])").each((_, quote) => {
    warn(FIELD, `the quote ${excerpt(clean($(quote).text()))} has no "Name, role, said:" before it the importer could read; add "— Name, Role" as its last line`);
  });
}
