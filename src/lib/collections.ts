/**
 * The lists a reader browses: every published release newest first, by year and by topic, cut
 * into pages of `pageSize`, plus each release's previous and next. All linear in the number of
 * releases, so the archive can grow to thousands.
 */
import type { Topic } from "./topics.ts";
import type { Release } from "./release-loader.ts";
import { planShards, type SearchShard } from "./search-shards.ts";
import { pagePath, SITE_PATHS, topicPath, yearPath } from "./urls.ts";

export interface Neighbour {
  title: string;
  url: string;
  /** The title's language and direction, when not the site's. */
  lang?: string | undefined;
  dir?: "ltr" | "rtl";
}

/** A release as listed: the release plus its neighbours in time. */
export interface ListedRelease extends Release {
  /** The release published just before this one. */
  previous: Neighbour | undefined;
  /** The release published just after this one. */
  next: Neighbour | undefined;
}

/** One page of a paginated list, with its place among the others. */
export interface Page<T> {
  url: string;
  pageNumber: number;
  totalPages: number;
  totalItems: number;
  previousUrl: string | undefined;
  nextUrl: string | undefined;
  items: T[];
}

/** One page of a paginated listing (archive, year or topic). */
export interface ListingPage extends Page<ListedRelease> {
  /** "archive", a year such as "2011", or a topic slug. */
  key: string;
  heading: string;
  description: string | undefined;
  /** Path of the listing's first page. */
  baseUrl: string;
}

export interface Group {
  key: string;
  heading: string;
  description?: string | undefined;
  baseUrl: string;
  items: ListedRelease[];
}

export interface YearSummary {
  year: number;
  url: string;
  count: number;
}

export interface TopicSummary extends Topic {
  url: string;
  count: number;
}

export interface Newsroom {
  /** Every published release, newest first. */
  published: ListedRelease[];
  latest: ListedRelease[];
  years: YearSummary[];
  topics: TopicSummary[];
  /** Archive, year and topic pages, each its own page of at most `pageSize` releases. */
  archivePages: ListingPage[];
  yearPages: ListingPage[];
  topicPages: ListingPage[];
  /** How the search index is cut, newest shard first (search-shards.ts). */
  searchShards: SearchShard[];
}

/** Refs in number order (NR2011-9 before NR2011-10); one collator, made once. */
const byRef = new Intl.Collator("en", { numeric: true }).compare;

/** Newest first; on the same instant, the higher ref first, so the order never depends on files. */
export function newestFirst<T extends Pick<Release, "published" | "ref">>(releases: readonly T[]): T[] {
  // Each date parsed once, not on every comparison (4,000 releases: ~100,000 parses saved).
  const keyed = releases.map((release) => ({ release, time: Date.parse(release.published) }));
  keyed.sort((a, b) => b.time - a.time || byRef(b.release.ref, a.release.ref));
  return keyed.map(({ release }) => release);
}

/** Links each release (newest first) to the one before and after it in time. */
export function withNeighbours(sorted: readonly Release[]): ListedRelease[] {
  return sorted.map((release, i) => {
    const newer = sorted[i - 1];
    const older = sorted[i + 1];
    return {
      ...release,
      previous: older && { title: older.title, url: older.url, lang: older.lang, dir: older.dir },
      next: newer && { title: newer.title, url: newer.url, lang: newer.lang, dir: newer.dir },
    };
  });
}

/** Cuts a group into listing pages; an empty group still gets one (empty) page. */
export function paginate(group: Group, pageSize: number): ListingPage[] {
  const totalPages = Math.max(1, Math.ceil(group.items.length / pageSize));
  return Array.from({ length: totalPages }, (_, i) => {
    const pageNumber = i + 1;
    return {
      key: group.key,
      heading: group.heading,
      description: group.description,
      baseUrl: group.baseUrl,
      url: pagePath(group.baseUrl, pageNumber),
      pageNumber,
      totalPages,
      totalItems: group.items.length,
      previousUrl: pageNumber > 1 ? pagePath(group.baseUrl, pageNumber - 1) : undefined,
      nextUrl: pageNumber < totalPages ? pagePath(group.baseUrl, pageNumber + 1) : undefined,
      items: group.items.slice(i * pageSize, pageNumber * pageSize),
    };
  });
}

/** Everything the listing templates need, from the published releases. */
export function buildNewsroom(releases: readonly Release[], topics: readonly Topic[], options: { pageSize: number; latestCount: number; searchShardSize?: number }): Newsroom {
  const published = withNeighbours(newestFirst(releases));
  const byYear = new Map<number, ListedRelease[]>();
  const byTopic = new Map<string, ListedRelease[]>(topics.map((t) => [t.slug, []]));
  for (const release of published) {
    const year = byYear.get(release.year) ?? [];
    if (year.length === 0) byYear.set(release.year, year);
    year.push(release);
    for (const slug of release.topics) byTopic.get(slug)?.push(release);
  }
  const years = [...byYear.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, items]) => ({ year, url: yearPath(year), count: items.length, items }));
  const topicSummaries = topics.map((topic) => ({ ...topic, url: topicPath(topic.slug), count: byTopic.get(topic.slug)!.length }));
  const { pageSize } = options;
  return {
    published,
    latest: published.slice(0, options.latestCount),
    searchShards: planShards(published, options.searchShardSize),
    years: years.map(({ year, url, count }) => ({ year, url, count })),
    topics: topicSummaries,
    archivePages: paginate({ key: "archive", heading: "All releases", baseUrl: SITE_PATHS.releases, items: published }, pageSize),
    yearPages: years.flatMap(({ year, url, items }) => paginate({ key: String(year), heading: `Releases from ${year}`, baseUrl: url, items }, pageSize)),
    topicPages: topicSummaries.flatMap((topic) =>
      paginate({ key: topic.slug, heading: topic.title, description: topic.description, baseUrl: topic.url, items: byTopic.get(topic.slug)! }, pageSize),
    ),
  };
}
