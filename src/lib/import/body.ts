/** The body of an imported release: its paragraphs as markdown, with "…said:" quotes made figures. */
import { type Block, textBlock, wrap } from "./markdown-text.ts";
import { ending, excerpt, isTitleLike, type Para } from "./paragraphs.ts";
import { type Attribution, parseSpeaker } from "./speakers.ts";
import type { Warn } from "./warnings.ts";

// A paragraph ending like this had a link the plain text lost.
export const DANGLING_LINK = /\b(?:at|on|from|here|via)\s*:?$/i;
export const QUOTE_INTRO = /^(?<who>.+?),?\s+(?:said|says|added|adds|commented|comments|explained|continued|stated|warned|concluded|remarked)(?:\s+(?:today|that))?\s*:$/i;
export const OPENING_QUOTE = /^['"‘“]/;
export const CLOSING_QUOTE = /['"’”]$/;

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
export function bodyBlocks(paras: readonly Para[], inline: (text: string) => string, warn: Warn): Block[] {
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
