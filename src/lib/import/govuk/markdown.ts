/**
 * GOV.UK's HTML ("govspeak" rendered) to the markdown our releases are written in, with turndown
 * (https://github.com/mixmark-io/turndown): ATX headings, "-" bullets, links made absolute on
 * www.gov.uk. Three things turndown does not do by itself:
 * - a blockquote the quotes step marked with its speaker (data-speaker, data-role) ends with
 *   "— Speaker, Role", which src/lib/markdown.ts renders as a quote figure;
 * - <abbr title> keeps its expansion as a markdown-it-abbr definition (`*[PHE]: Public Health
 *   England`) under the text that uses it;
 * - an image stays a markdown image; src/lib/markdown.ts shows an image from another host as a
 *   link to it, so its alt text stays on the page.
 */
import TurndownService from "turndown";
import { escapeMarkdown } from "../markdown-text.ts";

const GOVUK = "https://www.gov.uk";

export interface Converter {
  /** Markdown for an HTML fragment, with the definitions of the abbreviations it uses. */
  toMarkdown(html: string): string;
}

/** Absolute on www.gov.uk for paths, unchanged otherwise; undefined for what is not a link at all. */
export function absoluteUrl(href: string | null): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, `${GOVUK}/`).href;
  } catch {
    return undefined;
  }
}

function definitions(markdown: string, abbreviations: ReadonlyMap<string, string>): string {
  const used = [...abbreviations].filter(([abbr]) => new RegExp(`(?<![\\p{L}\\p{N}])${abbr.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u").test(markdown));
  // markdown-it-abbr's definition syntax: https://github.com/markdown-it/markdown-it-abbr
  return used.length === 0 ? markdown : `${markdown}\n\n${used.map(([abbr, title]) => `*[${abbr}]: ${title.replace(/\s+/g, " ").trim()}`).join("\n")}`;
}

/** A converter for one item; `abbreviations` are the item's <abbr> texts and their titles. */
export function createConverter(abbreviations: ReadonlyMap<string, string>): Converter {
  const service = new TurndownService({ headingStyle: "atx", bulletListMarker: "-", codeBlockStyle: "fenced", emDelimiter: "*", strongDelimiter: "**" });
  service.addRule("abbr", { filter: "abbr", replacement: (content) => content });
  service.addRule("link", {
    filter: (node) => node.nodeName === "A" && !!node.getAttribute("href"),
    replacement: (content, node) => {
      const href = absoluteUrl((node as HTMLElement).getAttribute("href"));
      return href && content.trim() ? `[${content}](${href.replace(/[()]/g, (c) => encodeURIComponent(c))})` : content;
    },
  });
  service.addRule("image", {
    filter: "img",
    replacement: (_content, node) => {
      const src = absoluteUrl((node as HTMLElement).getAttribute("src"));
      const alt = escapeMarkdown(((node as HTMLElement).getAttribute("alt") ?? "").replace(/\s+/g, " ").trim());
      return src ? `![${alt || "Image"}](${src})` : alt;
    },
  });
  service.addRule("attributedQuote", {
    filter: "blockquote",
    replacement: (content, node) => {
      const element = node as HTMLElement;
      const speaker = element.getAttribute("data-speaker");
      const role = element.getAttribute("data-role");
      const lines = content.replace(/^\n+|\n+$/g, "");
      const attribution = speaker ? `\n\n— ${escapeMarkdown(speaker)}${role ? `, ${escapeMarkdown(role)}` : ""}` : "";
      return `\n\n${`${lines}${attribution}`.replace(/^/gm, "> ").replace(/^> $/gm, ">")}\n\n`;
    },
  });
  // turndown indents the blank line inside a list item; trailing spaces would be hard line breaks.
  return { toMarkdown: (html) => definitions(service.turndown(html).replace(/[ \t]+$/gm, "").trim(), abbreviations) };
}
