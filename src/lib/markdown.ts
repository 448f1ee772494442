/**
 * Markdown for release bodies and notes. Raw HTML is not trusted (`html: false`), and links may
 * only be web, mail, phone or site-relative. A blockquote whose last paragraph starts with an
 * em dash becomes a quote figure:
 *
 *     > Youth services play a vital role…
 *     >
 *     > — Miriam Rosen, Her Majesty’s Chief Inspector
 *
 * renders as <figure class="nr-quote"><blockquote>…</blockquote><figcaption>…</figcaption></figure>,
 * the speaker before the first comma and the role after it.
 *
 * Abbreviations are defined as PHP Markdown Extra and markdown-it-abbr define them, a line
 * `*[PHE]: Public Health England` anywhere in the text; every "PHE" then renders as
 * <abbr title="Public Health England">PHE</abbr> (GOV.UK's own releases expand abbreviations so).
 */
import markdownIt, { type MarkdownIt, type Token } from "markdown-it";
import abbr from "markdown-it-abbr";
import { fileMessages, fileName } from "./release-schema.ts";

type PluginSimple = (md: MarkdownIt) => void;

const ATTRIBUTION = /^(?:—|--)\s*(.+)$/s;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(["http", "https", "mailto", "tel"]);

/** Web, mail and phone links, and paths on this site; never scripts, data or other hosts' `//` paths. */
export function isSafeLink(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed.startsWith("//") || trimmed.startsWith("\\")) return false;
  const scheme = SCHEME.exec(trimmed)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

// A type alias, not an interface, so it fits markdown-it's Record-typed token meta.
type Attribution = {
  speaker: string;
  role: string | undefined;
};

/** Splits "Miriam Rosen, Her Majesty’s Chief Inspector" into speaker and role. */
export function parseAttribution(text: string): Attribution {
  const comma = text.indexOf(",");
  if (comma === -1) return { speaker: text.trim(), role: undefined };
  return { speaker: text.slice(0, comma).trim(), role: text.slice(comma + 1).trim() || undefined };
}

function closingIndex(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const type = tokens[i]!.type;
    if (type === "blockquote_open") depth++;
    if (type === "blockquote_close" && --depth === 0) return i;
  }
  return -1;
}

const quoteFigures: PluginSimple = (md) => {
  md.core.ruler.after("block", "nr_quote_figure", (state) => {
    const { tokens } = state;
    for (let open = 0; open < tokens.length; open++) {
      if (tokens[open]!.type !== "blockquote_open") continue;
      const close = closingIndex(tokens, open);
      const inline = tokens[close - 2];
      if (close < 0 || tokens[close - 3]?.type !== "paragraph_open" || inline?.type !== "inline") continue;
      const match = ATTRIBUTION.exec(inline.content.trim());
      if (!match || close - 3 === open + 1) continue;
      tokens[open]!.meta = parseAttribution(match[1]!.replace(/\s+/g, " "));
      tokens.splice(close - 3, 3);
    }
  });
  const escape = md.utils.escapeHtml;
  md.renderer.rules.blockquote_open = (tokens, idx, options, _env, self) => {
    const meta = tokens[idx]!.meta as Attribution | null;
    const tag = self.renderToken(tokens, idx, options);
    return meta ? `<figure class="nr-quote">\n${tag.replace("<blockquote", '<blockquote class="nr-quote__text"')}` : tag;
  };
  md.renderer.rules.blockquote_close = (tokens, idx, options, _env, self) => {
    let open = idx;
    for (let depth = 0; open >= 0; open--) {
      const type = tokens[open]!.type;
      if (type === "blockquote_close") depth++;
      if (type === "blockquote_open" && --depth === 0) break;
    }
    const meta = tokens[open]?.meta as Attribution | null;
    const tag = self.renderToken(tokens, idx, options);
    if (!meta) return tag;
    const role = meta.role ? `, <span class="nr-quote__role">${escape(meta.role)}</span>` : "";
    return `${tag}<figcaption class="nr-quote__caption"><span class="nr-quote__speaker">${escape(meta.speaker)}</span>${role}</figcaption>\n</figure>\n`;
  };
};

/** Body headings start at h2: the page's h1 is the release title. */
const demoteTopHeadings: PluginSimple = (md) => {
  md.core.ruler.push("nr_demote_h1", (state) => {
    for (const token of state.tokens) {
      if ((token.type === "heading_open" || token.type === "heading_close") && token.tag === "h1") token.tag = "h2";
    }
  });
};

/**
 * Images only from this site. An image from another host would load for every reader and every
 * feed reader: a tracking pixel. Such an image becomes a plain link to it, so nothing is lost.
 */
const siteImagesOnly: PluginSimple = (md) => {
  const renderImage = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const src = String(token.attrGet("src") ?? "");
    if (src.startsWith("/") && !src.startsWith("//") && !src.startsWith("/\\")) return renderImage(tokens, idx, options, env, self);
    const alt = self.renderInlineAsText(token.children ?? [], options, env) || src;
    return `<a href="${md.utils.escapeHtml(src)}">${md.utils.escapeHtml(alt)}</a>`;
  };
};

/**
 * What a release body may place: its listed images by name (`![](classroom.jpg)` on a line of
 * its own). Rendering fills `placed` and `problems`; the image itself is put in later, where the
 * placeholder `<!--nr-image:N-->` is (images.ts), once the image is processed.
 */
export interface ImageEnv {
  /** Index in `images` of each image, by its file name. */
  names: ReadonlyMap<string, number>;
  /** Index of the lead image, which shows under the headline and cannot be placed again. */
  lead: number | undefined;
  placed: number[];
  problems: string[];
}

/** The placeholder the body holds where image `index` goes. */
export const imagePlaceholder = (index: number) => `<!--nr-image:${index}-->`;
export const IMAGE_PLACEHOLDER = /<!--nr-image:(\d+)-->/g;

/**
 * A markdown image source that names a file of the release (`chart.png`, `NR2012-5/chart.png`),
 * not a URL, a site path or anything else: no scheme, no leading slash or backslash, and no
 * `\\`, `:`, `?` or `#` anywhere, checked after markdown-it's percent-encoding is undone.
 * Anything else keeps the treatment above (siteImagesOnly).
 */
function referencedName(src: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(src);
  } catch {
    return undefined;
  }
  if (!/^[^/\\:?#][^\\:?#]*$/.test(decoded)) return undefined;
  return fileName(decoded);
}

/** Turns a paragraph holding only `![](name.jpg)` into the placeholder of that listed image. */
const placedImages: PluginSimple = (md) => {
  md.core.ruler.after("inline", "nr_placed_images", (state) => {
    const env = state.env as { images?: ImageEnv } | undefined;
    const images = env?.images;
    if (!images) return;
    const { tokens } = state;
    for (let i = 0; i < tokens.length; i++) {
      const inline = tokens[i]!;
      if (inline.type !== "inline" || !inline.children) continue;
      const children = inline.children.filter((c) => !(c.type === "text" && c.content.trim() === "") && c.type !== "softbreak");
      for (const child of inline.children) {
        if (child.type !== "image") continue;
        const name = referencedName(String(child.attrGet("src") ?? ""));
        if (name === undefined) continue;
        const index = images.names.get(name);
        const alone = children.length === 1 && tokens[i - 1]?.type === "paragraph_open" && tokens[i + 1]?.type === "paragraph_close";
        if (index === undefined) images.problems.push(fileMessages.notListed(name));
        else if (index === images.lead) images.problems.push(fileMessages.leadInBody(name));
        else if (images.placed.includes(index)) images.problems.push(fileMessages.placedTwice(name));
        else if (!alone) images.problems.push(fileMessages.notOnOwnLine(name));
        else {
          images.placed.push(index);
          const token = new state.Token("nr_image", "", 0);
          token.block = true;
          token.meta = { index };
          tokens.splice(i - 1, 3, token);
          i -= 1;
        }
      }
    }
  });
  md.renderer.rules.nr_image = (tokens, idx) => `${imagePlaceholder((tokens[idx]!.meta as { index: number }).index)}\n`;
};

export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: true, typographer: false });
  // markdown-it's own check still lets some data: images through; a release needs none of them.
  const validateLink = md.validateLink.bind(md);
  md.validateLink = (url) => validateLink(url) && isSafeLink(url);
  md.use(quoteFigures).use(demoteTopHeadings).use(siteImagesOnly).use(placedImages).use(abbr);
  return md;
}

const shared = createMarkdown();

/**
 * Renders trusted-structure, untrusted-content markdown to HTML. With `images`, a paragraph that
 * is only a listed image's name becomes its placeholder (see ImageEnv).
 */
export function renderMarkdown(source: string, images?: ImageEnv): string {
  // markdown-it joins slices of the source, and V8 keeps a slice's whole parent string alive, so
  // every release's HTML held its source file for the rest of the build (a heap snapshot at
  // 4,000 releases found all 4,000). structuredClone returns one flat copy that holds nothing.
  return structuredClone(shared.render(source, images ? { images } : {}));
}
