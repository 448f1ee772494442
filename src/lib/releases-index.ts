/**
 * /api/releases.json: every published release, newest first, without its text, for anyone who
 * wants the list as data (its fields are described in src/pages/api/releases.njk and README.md).
 * Plain functions, registered as a filter by filters.ts.
 */
import { parseDate } from "./dates.ts";
import { type FeedSite, releaseId } from "./feeds.ts";
import type { Release } from "./release-loader.ts";
import type { ReleaseType } from "./release-schema.ts";
import type { Topic } from "./topics.ts";
import { absoluteUrl, SITE_PATHS, topicPath } from "./urls.ts";

/** One release in /api/releases.json. */
export interface ReleaseIndexEntry {
  ref: string;
  id: string;
  title: string;
  summary: string;
  type: ReleaseType;
  published: string;
  modified: string;
  url: string;
  topics: string[];
  areas: string[];
  /** When the release was withdrawn (ISO 8601); absent unless it was. Added without a version change: nothing was removed. */
  withdrawn?: string;
  /** The language of its text when not the site's, such as "ar". */
  lang?: string;
}

export interface ReleasesIndex {
  version: 1;
  title: string;
  home_page_url: string;
  count: number;
  topics: { slug: string; title: string; url: string }[];
  releases: ReleaseIndexEntry[];
}

const parseDateIso = (value: string) => parseDate(value)?.toISO() ?? value;

/** /api/releases.json: every published release (newest first), without its text. */
export function releasesIndex(releases: readonly Release[], site: FeedSite, topics: readonly Topic[]): ReleasesIndex {
  return {
    version: 1,
    title: site.name,
    home_page_url: absoluteUrl(SITE_PATHS.home, site.url),
    count: releases.length,
    topics: topics.map((t) => ({ slug: t.slug, title: t.title, url: absoluteUrl(topicPath(t.slug), site.url) })),
    releases: releases.map((r) => ({
      ref: r.ref,
      id: releaseId(r.ref),
      title: r.title,
      summary: r.summary,
      type: r.type,
      published: r.published,
      modified: r.modified,
      url: absoluteUrl(r.url, site.url),
      topics: [...r.topics],
      areas: [...r.areas],
      ...(r.withdrawn && { withdrawn: parseDateIso(r.withdrawn.date) }),
      ...(r.lang && { lang: r.lang }),
    })),
  };
}
