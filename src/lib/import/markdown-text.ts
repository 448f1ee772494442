/** Plain text written out as markdown the way the hand-written releases are: escaped, wrapped, in blocks. */
import type { Para } from "./paragraphs.ts";

// Markdown that plain text must not turn into by accident: emphasis, code, links, headings.
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*[\]]/g, "\\$&")
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\_")
    .replace(/&(?=#?\w+;)/g, "\\&")
    .replace(/^[#>+]/, "\\$&")
    .replace(/^(\d+)([.)])(?= )/, "$1\\$2");
}

// The hand-written releases keep lines shorter than 100 columns.
export const LINE_WIDTH = 99;
// Words that would start a list, quote, heading or setext underline at the start of a line.
const BLOCK_START = /^(?:[-+*>#=|]|\d+[.)])/;

/** Wraps markdown as the hand-written releases are wrapped, never breaking before a word that would start a block. */
export function wrap(text: string, first: string, rest: string): string {
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

export interface Block {
  markdown: string;
  /** Consecutive list items are joined by single newlines so they stay one list. */
  list?: "numbered" | "bulleted";
}

export function textBlock(para: Para, inline: (text: string) => string, subheading: boolean): Block {
  if (para.kind === "item") {
    const marker = para.number === undefined ? "- " : `${para.number}. `;
    return { markdown: wrap(inline(para.text), marker, " ".repeat(marker.length)), list: para.number === undefined ? "bulleted" : "numbered" };
  }
  if (subheading) return { markdown: `## ${inline(para.text)}` };
  return { markdown: wrap(inline(para.text), "", "") };
}

export function joinBlocks(blocks: readonly Block[]): string {
  return blocks.map((block, i) => (i > 0 && block.list && block.list === blocks[i - 1]!.list ? "\n" : i > 0 ? "\n\n" : "") + block.markdown).join("");
}
