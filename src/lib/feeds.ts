/**
 * The feeds (RSS 2.0, Atom 1.0, JSON Feed 1.1, site-wide and per topic); the JSON index of every
 * release is releases-index.ts. Each release becomes one feed item, built once per build (its content rendered
 * and its URLs made absolute once) and reused by every feed it appears in; the templates in
 * src/pages/feeds/ only lay the items out. Plain functions, registered as filters by filters.ts.
 *
 * The virtual templates of @11ty/eleventy-plugin-rss (`feedPlugin`) read Eleventy collections
 * and use the page URL as the item id, UTC dates and no categories, and its RSS template uses
 * `content:encoded` without declaring the namespace
 * (https://github.com/11ty/eleventy-plugin-rss/blob/v3.0.0/src/virtualTemplate.js), so the
 * templates are our own and only the plugin's URL rewriting is used, as a plain function.
 */
import { convertHtmlToAbsoluteUrls } from "@11ty/eleventy-plugin-rss";
import type { Environment } from "nunjucks";
import type { Topic } from "./topics.ts";
import { telUri } from "./phone-numbers.ts";
import { isoDate, readableDate } from "./dates.ts";
import type { Release } from "./release-loader.ts";
import { absoluteUrl, feedPath, SITE_PATHS, topicPath } from "./urls.ts";
import { escapeHtml } from "./escape-html.ts";

/** Items per feed: the newest releases. */
export const FEED_LIMIT = 50;

/**
 * The authority and date of every tag: URI id (RFC 4151: https://www.rfc-editor.org/rfc/rfc4151).
 * Fixed on purpose, not taken from the site URL: an id must outlive a move to another domain, a
 * preview build's URL and a build without SITE_URL, or every reader shows every release again.
 * The date is the day the authority minted its first id; neither part may ever change.
 */
export const TAG_AUTHORITY = "newsroom.example.org,2011";

/** The site's feeds as served: the registered media type of each format. */
export const FEED_TYPES = { rss: "application/rss+xml", atom: "application/atom+xml", json: "application/feed+json" } as const;
export type FeedFormat = keyof typeof FEED_TYPES;

export interface FeedLink {
  format: FeedFormat;
  type: (typeof FEED_TYPES)[FeedFormat];
  /** Site path of the feed. */
  url: string;
}

export interface FeedCategory {
  /** Topic slug. */
  term: string;
  /** Topic title. */
  label: string;
  /** Absolute URL of the topic page. */
  url: string;
  /** Absolute URL of the topic index: the scheme the slugs belong to. */
  scheme: string;
}

/** One release as every feed shows it. */
export interface FeedItem {
  /** tag: URI from the ref: never changes when the title, slug, URL or site URL does. */
  id: string;
  title: string;
  /** Absolute URL of the release page. */
  url: string;
  summary: string;
  /** ISO 8601 / RFC 3339 with the London offset. */
  published: string;
  /** The newest change, or the publication date when there is none (Atom's required <updated>). */
  modified: string;
  /** The newest change; undefined when the release has no change history. */
  updated: string | undefined;
  /** Lede, body, notes to editors and media contacts, with every URL absolute. */
  contentHtml: string;
  categories: FeedCategory[];
  /** The lead image (or first image): RSS enclosure and media:content, Atom enclosure, JSON Feed image. */
  image: FeedImage | undefined;
}

export interface FeedImage {
  /** Absolute URL. */
  url: string;
  /** MIME type. */
  type: string;
  /** Bytes, for the RSS enclosure's required length. */
  length: number;
  width: number;
  height: number;
  /** Empty for a decorative image. */
  alt: string;
}

export interface Feed {
  /** tag: URI of the feed itself (Atom's feed id). */
  id: string;
  title: string;
  description: string;
  language: string;
  /** Absolute URL of the page the feed is about: the home page or a topic page. */
  homeUrl: string;
  /** Absolute URL of the feed. */
  selfUrl: string;
  author: { name: string; url: string };
  /** The newest change among the items (ISO 8601); see `buildFeed` for a feed without items. */
  updated: string;
  items: FeedItem[];
}

/** What a feed needs to know about the site (_data/site.ts). */
export interface FeedSite {
  name: string;
  description: string;
  language: string;
  url: string;
  organisation: { name: string; url: string };
}

/**
 * Renders one of the release page's own components (`_includes/components/<name>/macro.njk`) with
 * its parameters, so a feed shows a release's resources and contacts in the page's markup and
 * words ("Report, PDF, 1.2 MB (not available online)"), not a second rendering of its own.
 */
export type RenderComponent = (name: "resources" | "contacts", params: Record<string, unknown>) => string;

/** A RenderComponent from a Nunjucks environment that loads _includes/: Eleventy's own in a build. */
export function componentRenderer(env: Pick<Environment, "renderString">): RenderComponent {
  return (name, params) => env.renderString(`{%- from "components/${name}/macro.njk" import ${name} -%}{{ ${name}(params) }}`, { params });
}

/** What turning a release into a feed item needs besides the release. */
export interface FeedItemContext {
  siteUrl: string;
  topics: readonly Topic[];
  /** Section headings inside the content, and the resources' "not available online"; `withdrawn` holds [DATE]. */
  labels: { notes: string; contacts: string; resources: string; noLink: string; withdrawn?: string };
  render: RenderComponent;
}

/** The id of a release in every feed: tag:newsroom.example.org,2011:NR2011-31. */
export function releaseId(ref: string): string {
  // Refs are unique whatever their case (release-loader.ts), so a case correction keeps the id.
  return `tag:${TAG_AUTHORITY}:${ref.toUpperCase()}`;
}

/** The id of a feed: the site's (`tag:…:feed`) or a topic's (`tag:…:topics/schools`). */
export function feedId(topic?: Pick<Topic, "slug">): string {
  return `tag:${TAG_AUTHORITY}:${topic ? `topics/${topic.slug}` : "feed"}`;
}

// Characters XML 1.0 forbids even as references (https://www.w3.org/TR/xml/#charsets), such as
// the vertical tab Word pastes for a line break: one would make a whole feed unreadable.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Drops the characters no XML document may contain. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, "");
}

/**
 * What a journalist needs from a release, as one HTML fragment with the page's own URLs (made
 * absolute by `feedItemBuilder`): the lede, the lead image, the associated resources, the body
 * with its images, the other images, the notes to editors and the media contacts.
 */
export function releaseContentHtml(release: Release, context: Pick<FeedItemContext, "labels" | "render">): string {
  // A release in another language keeps it in feed readers too; the labels stay the site's.
  const own = (html: string) => (release.lang ? `<div lang="${escapeHtml(release.lang)}" dir="${release.dir}">${html}</div>` : html);
  const parts = [own(`<p><strong>${escapeHtml(release.summary)}</strong></p>`)];
  // A withdrawn release says so first: a feed reader shows it as an updated entry.
  if (release.withdrawn) {
    const label = (context.labels.withdrawn ?? "Withdrawn on [DATE]:").replace("[DATE]", readableDate(release.withdrawn.date));
    parts.unshift(`<p><strong>${escapeHtml(label)}</strong></p>\n${release.withdrawnHtml?.trim() ?? ""}`);
  }
  // Figures come built and escaped from release-media.ts, the same HTML the page shows.
  if (release.media?.lead) parts.push(release.media.lead.trim());
  // The page's own components, with the same parameters as _includes/layouts/release.njk gives them.
  const resources = context.render("resources", { heading: context.labels.resources, noLink: context.labels.noLink, items: release.resources }).trim();
  if (resources) parts.push(resources);
  parts.push(own(release.html.trim()));
  if (release.media && release.media.gallery.length > 0) parts.push(...release.media.gallery.map((figure) => figure.trim()));
  if (release.notesHtml.length > 0) {
    parts.push(`<h2>${escapeHtml(context.labels.notes)}</h2>`, `<ol>${release.notesHtml.map((note) => `<li>${note.trim()}</li>`).join("")}</ol>`);
  }
  const contacts = context.render("contacts", { heading: context.labels.contacts, items: release.mediaContacts }).trim();
  if (contacts) parts.push(contacts);
  return parts.join("\n");
}

// The RSS plugin ships JavaScript without types; this is the function's signature
// (https://github.com/11ty/eleventy-plugin-rss/blob/v3.0.0/src/htmlToAbsoluteUrls.js). The plugin
// marks it deprecated in favour of the HTML <base> plugin, whose `transformWithHtmlBase` is a
// template filter bound to the page being rendered: it would run once per feed, not per release.
const toAbsoluteUrls = convertHtmlToAbsoluteUrls as (html: string, base: string) => Promise<string>;

/**
 * Makes every URL in an HTML fragment absolute against the page it was written for: site paths,
 * relative paths and images, and fragments such as `#notes-to-editors`, which a feed reader
 * would otherwise resolve against the feed. Absolute, mailto: and tel: URLs stay as they are.
 */
export function absoluteHtml(html: string, pageUrl: string): Promise<string> {
  return toAbsoluteUrls(html, pageUrl);
}

/**
 * Returns a function from a release to its feed item that builds each item once: every feed a
 * release appears in (site-wide RSS, Atom and JSON, and each of its topics' feeds) reuses it.
 * Items are remembered by release object, so the dev server's fresh releases get fresh items.
 */
export function feedItemBuilder(context: FeedItemContext): (release: Release) => Promise<FeedItem> {
  const topicsBySlug = new Map(context.topics.map((t) => [t.slug, t]));
  const scheme = absoluteUrl(SITE_PATHS.topics, context.siteUrl);
  const built = new WeakMap<Release, Promise<FeedItem>>();

  async function build(release: Release): Promise<FeedItem> {
    const url = absoluteUrl(release.url, context.siteUrl);
    const contentHtml = await absoluteHtml(releaseContentHtml(release, context), url);
    const social = release.media?.social;
    return {
      id: releaseId(release.ref),
      title: xmlSafe(release.title),
      url,
      summary: xmlSafe(release.summary),
      published: release.published,
      modified: release.modified,
      updated: release.history.length > 0 || release.withdrawn ? release.modified : undefined,
      contentHtml: xmlSafe(contentHtml),
      categories: release.topics.map((slug) => {
        const topicUrl = absoluteUrl(topicPath(slug), context.siteUrl);
        return { term: slug, label: topicsBySlug.get(slug)?.title ?? slug, url: topicUrl, scheme };
      }),
      image: social && {
        url: absoluteUrl(social.url, context.siteUrl),
        type: social.type,
        length: social.bytes,
        width: social.width,
        height: social.height,
        alt: xmlSafe(social.alt),
      },
    };
  }

  return (release) => {
    let item = built.get(release);
    if (!item) {
      item = build(release);
      built.set(release, item);
    }
    return item;
  };
}

/** The newest `limit` releases (of `releases`, newest first), or of those in one topic. */
export function feedReleases<T extends Pick<Release, "topics">>(releases: readonly T[], topic?: Pick<Topic, "slug">, limit = FEED_LIMIT): T[] {
  if (!topic) return releases.slice(0, limit);
  const selected: T[] = [];
  for (const release of releases) {
    if (selected.length === limit) break;
    if (release.topics.includes(topic.slug)) selected.push(release);
  }
  return selected;
}

function newest(dates: readonly string[]): string | undefined {
  let latest: string | undefined;
  for (const date of dates) if (latest === undefined || Date.parse(date) > Date.parse(latest)) latest = date;
  return latest;
}

export interface FeedOptions {
  site: FeedSite;
  /** The topic the feed is for; none for the site-wide feed. */
  topic?: Topic | null | undefined;
  /** Site path the feed is served at (its `page.url`). */
  selfPath: string;
  item: (release: Release) => Promise<FeedItem>;
  limit?: number;
}

/**
 * One feed: the channel and its items, from the published releases (newest first). A topic
 * without releases still gets a feed to subscribe to; its last update is the newest change on
 * the site, and on a site with no releases at all, the moment of the build.
 */
export async function buildFeed(releases: readonly Release[], options: FeedOptions): Promise<Feed> {
  const { site, selfPath } = options;
  const topic = options.topic ?? undefined;
  const items = await Promise.all(feedReleases(releases, topic, options.limit).map(options.item));
  const updated = newest(items.map((i) => i.modified)) ?? newest(releases.map((r) => r.modified)) ?? new Date().toISOString();
  return {
    id: feedId(topic),
    title: topic ? `${site.name}: ${topic.title}` : site.name,
    description: topic ? topic.description : site.description,
    language: site.language,
    homeUrl: absoluteUrl(topic ? topicPath(topic.slug) : SITE_PATHS.home, site.url),
    selfUrl: absoluteUrl(selfPath, site.url),
    author: { name: site.organisation.name, url: site.organisation.url },
    updated: isoDate(updated),
    items,
  };
}

/** The feeds of a page: the site's three at "/", a topic's RSS and Atom at its page's path. */
export function feedLinks(scopePath: string): FeedLink[] {
  const link = (format: FeedFormat): FeedLink => ({ format, type: FEED_TYPES[format], url: feedPath(scopePath, format) });
  const links = [link("rss"), link("atom")];
  return scopePath === SITE_PATHS.home ? [...links, link("json")] : links;
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), with the fields this site fills. */
export interface JsonFeed {
  version: "https://jsonfeed.org/version/1.1";
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string; url: string }[];
  items: {
    id: string;
    url: string;
    title: string;
    summary: string;
    content_html: string;
    date_published: string;
    date_modified?: string;
    image?: string;
    tags: string[];
  }[];
}

/** A feed as JSON Feed 1.1, ready for JSON.stringify. */
export function jsonFeed(feed: Feed): JsonFeed {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.selfUrl,
    description: feed.description,
    language: feed.language,
    authors: [feed.author],
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.contentHtml,
      date_published: item.published,
      ...(item.updated ? { date_modified: item.updated } : {}),
      ...(item.image ? { image: item.image.url } : {}),
      tags: item.categories.map((c) => c.label),
    })),
  };
}
