/** What the benchmark reads from the full build's own log. */

export interface PagefindLine {
  pages: number;
  /** From the index's creation to its files written. */
  seconds: number;
  /** How much of that came after Eleventy finished rendering, when the build says (indexing overlaps rendering). */
  afterRenderSeconds: number | undefined;
}

const toSeconds = (value: string, unit: string) => (unit.toLowerCase() === "ms" ? Number(value) / 1000 : Number(value));

/**
 * The Pagefind step's own figures from the build's line
 * `[newsroom] pagefind: indexed 4,013 pages in 3.21s` (or "… in 850ms"); undefined when the
 * build printed no such line (a build without a search index, or one that logs differently).
 */
export function parsePagefindLine(log: string): PagefindLine | undefined {
  const match = /\[newsroom\]\s*pagefind:\s*indexed\s+([\d,]+)\s+pages?\s+in\s+([\d.]+)\s*(ms|s)\b(.*)$/im.exec(log);
  if (!match) return undefined;
  const after = /\(([\d.]+)\s*(ms|s) after render/i.exec(match[4]!);
  return {
    pages: Number(match[1]!.replace(/,/g, "")),
    seconds: toSeconds(match[2]!, match[3]!),
    afterRenderSeconds: after ? toSeconds(after[1]!, after[2]!) : undefined,
  };
}

/** The last `lines` lines of a log, to show why a build failed without flooding the terminal. */
export function tail(text: string, lines = 20): string {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}
