/**
 * Every path of the site, in one place: the fixed pages, listings and their pages, topics,
 * years, releases, feeds and media; also the site URL, absolute URLs and slugs. Plain functions
 * and constants, registered as filters and the `paths` global by filters.ts, so no template or
 * module puts a path together itself.
 */
import slugifyText from "@sindresorhus/slugify";

/**
 * The site's origin: SITE_URL, else on a Netlify deploy preview or branch deploy its own
 * address (DEPLOY_PRIME_URL), else Netlify's production URL, else the default from
 * _data/site.ts. Always without a trailing slash.
 * https://docs.netlify.com/configure-builds/environment-variables/#deploy-urls-and-metadata
 */
export function resolveSiteUrl(env: NodeJS.ProcessEnv, fallback: string): string {
  const preview = isPreview(env) ? env.DEPLOY_PRIME_URL : undefined;
  const candidate = env.SITE_URL || preview || env.URL || fallback;
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    throw new Error(`site URL "${candidate}" is not a URL (set SITE_URL to e.g. https://news.example.org)`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new Error(`site URL "${candidate}" must be http(s)`);
  }
  return parsed.href.replace(/\/+$/, "");
}

/** True on Netlify deploy previews and branch deploys, which search engines must not index. */
export function isPreview(env: NodeJS.ProcessEnv): boolean {
  return env.CONTEXT === "deploy-preview" || env.CONTEXT === "branch-deploy";
}

/** Makes a site path absolute against the site URL; absolute URLs pass through untouched. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, `${siteUrl}/`).href;
}

/** A URL slug from a title: lower case, ASCII, hyphens; "young people’s" becomes "young-peoples". */
export function slugify(text: string): string {
  return slugifyText(text, { decamelize: false, customReplacements: [["’", ""], ["'", ""], ["&", " and "]] });
}

/** The fixed paths: pages and listings that exist once. */
export const SITE_PATHS = {
  home: "/",
  releases: "/releases/",
  topics: "/topics/",
  search: "/search/",
  media: "/media/",
  /** Processed images, named by a hash of their source and settings (images.ts). */
  renditions: "/media/img/",
  api: "/api/releases.json",
  sitemap: "/sitemap.xml",
} as const;

/** The first page of a year's releases: /releases/2011/. */
export function yearPath(year: number | string): string {
  return `${SITE_PATHS.releases}${year}/`;
}

/** A topic's page: /topics/schools/. */
export function topicPath(slug: string): string {
  return `${SITE_PATHS.topics}${slug}/`;
}

/** The URL of page `n` (1-based) of a listing whose first page is `baseUrl`: /releases/page/2/. */
export function pagePath(baseUrl: string, n: number): string {
  return n === 1 ? baseUrl : `${baseUrl}page/${n}/`;
}

/** The file name of each feed format; a topic's feeds sit under its page. */
export const FEED_FILES = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" } as const;

/** A feed of the page at `scopePath` ("/" for the site's, a topic's page for its own): /topics/schools/atom.xml. */
export function feedPath(scopePath: string, format: keyof typeof FEED_FILES): string {
  return `${scopePath}${FEED_FILES[format]}`;
}

/** The canonical path of a release page: /releases/2011/slug/. */
export function releasePath(year: number, slug: string): string {
  return `${yearPath(year)}${slug}/`;
}

/**
 * The short paths a ref answers on with a 301 to its release: as written, lower and upper case.
 * Netlify matches redirect paths case-sensitively, so each form needs its own rule.
 */
export function refRedirectPaths(ref: string): string[] {
  return [...new Set([ref, ref.toLowerCase(), ref.toUpperCase()])].map((form) => `/${form}`);
}

/** True for the only link schemes a release may carry. */
export function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * Where a release's own file (a photo's original or an attachment) is published:
 * /media/nr2011-31/classroom.jpg. Made from the ref, which never changes, and the file's name,
 * so the address a journalist saved keeps working whatever happens to the title or the build.
 */
export function mediaPath(ref: string, name: string): string {
  return `${SITE_PATHS.media}${ref.toLowerCase()}/${encodeURIComponent(name)}`;
}
