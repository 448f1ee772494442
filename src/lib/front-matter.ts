/**
 * Splits a release file into its front matter and its body, exactly where gray-matter 4 splits
 * with its default `---` delimiters (index.js, parseMatter:
 * https://github.com/jonschlinkert/gray-matter/blob/4.0.3/index.js), but by hand, because
 * gray-matter (checked, 4.0.3, the one release) did two things a newsroom cannot have:
 * - front matter opened with `---js` went through its JavaScript engine, `eval`: any release
 *   file could run code on the build machine;
 * - every call looked the file's whole text up as a key of its cache object and copied it into a
 *   Buffer: 0.5 s of the main thread at 4,000 releases (node --cpu-prof, issue #16).
 * The front matter's language is returned for the caller to refuse anything but YAML.
 */

export interface SplitSource {
  /** The word after the opening `---`, trimmed ("" for none, as in every release). */
  language: string;
  /** The text between the delimiters; undefined when there is none, or only blank and comment lines. */
  matter: string | undefined;
  body: string;
}

const OPEN = "---";
const CLOSE = "\n---";

export function splitFrontMatter(text: string): SplitSource {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // No opening delimiter, or a longer run of dashes: the whole file is the body.
  if (!source.startsWith(OPEN) || source.charAt(OPEN.length) === "-") return { language: "", matter: undefined, body: source };
  let rest = source.slice(OPEN.length);
  const length = rest.length;
  const raw = rest.slice(0, rest.search(/\r?\n/));
  const language = raw.trim();
  if (language) rest = rest.slice(raw.length);
  // gray-matter measures "no closing delimiter" against the length before the language is cut.
  const close = rest.indexOf(CLOSE);
  const end = close === -1 ? length : close;
  const matter = rest.slice(0, end);
  let body = end === length ? "" : rest.slice(end + CLOSE.length);
  if (body.startsWith("\r")) body = body.slice(1);
  if (body.startsWith("\n")) body = body.slice(1);
  const blank = matter.replace(/^\s*#[^\n]+/gm, "").trim() === "";
  return { language, matter: blank ? undefined : matter, body };
}
