/** Areas a plain-text release names through their councils. */

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
