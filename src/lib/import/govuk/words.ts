/**
 * Words of HTML text, for checking that an import loses nothing: every word of the source must be
 * somewhere in what the reader gets. Words are compared as a multiset of lower-case runs of
 * letters and digits, so punctuation, quote marks and markup changes do not count.
 */
import { load } from "cheerio";

export function wordsOf(html: string): Map<string, number> {
  const $ = load(html, null, false);
  $("script, style").remove();
  // Block boundaries separate words: "</p><p>" must not glue the last and first words together.
  $("p, li, h1, h2, h3, h4, h5, h6, div, br, td, th, blockquote, figcaption").after(" ");
  const counts = new Map<string, number>();
  for (const word of $.root().text().toLowerCase().normalize("NFC").match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Words of `source` that `target` has fewer of, with how many are missing. */
export function missingWords(source: string, target: string): string[] {
  const have = wordsOf(target);
  return [...wordsOf(source)].filter(([word, n]) => (have.get(word) ?? 0) < n).map(([word, n]) => `${word} (${n - (have.get(word) ?? 0)} missing)`);
}
