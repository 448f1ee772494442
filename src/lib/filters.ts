/**
 * Registers the plain functions of the other modules as template filters, by name
 * (https://www.11ty.dev/docs/filters/). No logic lives here. The site's data (_data/site.ts,
 * strings.ts, topics.ts) comes in as the plugin's options from .eleventy.ts: src/lib never
 * imports _data/.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { telUri } from "./phone-numbers.ts";
import { calendarDate, isoDate, readableDate, readableDateTime, rfc822Date, utcIsoDate } from "./dates.ts";
import { createRequire } from "node:module";
import type { Environment, Template } from "nunjucks";
import { buildFeed, componentRenderer, type FeedSite, feedItemBuilder, feedLinks, jsonFeed } from "./feeds.ts";
import type { Release } from "./release-loader.ts";
import { releasesIndex } from "./releases-index.ts";
import { shareLinks } from "./share.ts";
import { jsonForScript, newsArticle, type Publisher } from "./structured-data.ts";
import type { Topic } from "./topics.ts";
import { absoluteUrl, feedPath, refRedirectPaths, SITE_PATHS, topicPath, yearPath } from "./urls.ts";

/** The parts of the site's data the filters use. */
export interface FiltersOptions {
  site: FeedSite & { organisation: Publisher };
  topics: readonly Topic[];
  strings: { notes: string; contacts: { heading: string }; resources: { heading: string; noLink: string }; withdrawn: { feed: string } };
}

export default function filtersPlugin(eleventyConfig: UserConfig, { site, topics, strings }: FiltersOptions): void {
  const topicsBySlug = new Map(topics.map((t) => [t.slug, t]));
  // Site paths come from urls.ts only: the fixed ones as the `paths` global (templates and
  // JavaScript front matter alike: https://www.11ty.dev/docs/data-global-custom/), the others as filters.
  eleventyConfig.addGlobalData("paths", SITE_PATHS);
  eleventyConfig.addFilter("yearUrl", yearPath);
  eleventyConfig.addFilter("topicUrl", topicPath);
  eleventyConfig.addFilter("feedUrl", feedPath);
  eleventyConfig.addFilter("readableDate", readableDate);
  eleventyConfig.addFilter("readableDateTime", readableDateTime);
  eleventyConfig.addFilter("isoDate", isoDate);
  eleventyConfig.addFilter("utcIsoDate", utcIsoDate);
  eleventyConfig.addFilter("calendarDate", calendarDate);
  eleventyConfig.addFilter("rfc822Date", rfc822Date);
  eleventyConfig.addFilter("absoluteUrl", (path: string) => absoluteUrl(path, site.url));
  eleventyConfig.addFilter("telUri", telUri);
  eleventyConfig.addFilter("refRedirectPaths", refRedirectPaths);
  eleventyConfig.addFilter("topic", (slug: string) => topicsBySlug.get(slug));
  eleventyConfig.addFilter("shareLinks", (release: Release) => shareLinks(release.title, absoluteUrl(release.url, site.url)));
  eleventyConfig.addFilter("newsArticleJson", (release: Release) => jsonForScript(newsArticle(release, site.url, site.organisation)));
  // Feeds render a release's resources and contacts with the page's own components, through
  // Eleventy's Nunjucks environment (its loader, filters and escaping): https://www.11ty.dev/docs/languages/nunjucks/#optional-use-your-nunjucks-environment
  let nunjucks: Environment | undefined;
  eleventyConfig.amendLibrary("njk", (env: Environment) => void (nunjucks = env));
  // Each component's template compiled once, not on every feed item (renderString compiles its
  // source on every call: 0.4 s of a dev-server rebuild at 4,000 releases went to the Atom feeds).
  // Eleventy's own copy of Nunjucks (it keeps one of its own under node_modules/@11ty/eleventy), so the template and the environment match.
  const { Template: EleventyTemplate } = createRequire(import.meta.resolve("@11ty/eleventy"))("nunjucks") as { Template: typeof Template };
  const compiled = new Map<string, Template>();
  const render = componentRenderer({
    renderString: (source, context) => {
      let template = compiled.get(source);
      if (!template) compiled.set(source, (template = new EleventyTemplate(source, nunjucks!, undefined, true)));
      return template.render(context);
    },
  });
  const labels = { notes: strings.notes, contacts: strings.contacts.heading, resources: strings.resources.heading, noLink: strings.resources.noLink, withdrawn: strings.withdrawn.feed };
  const feedItem = feedItemBuilder({ siteUrl: site.url, topics, labels, render });
  // Async because the RSS plugin's URL rewriting is: templates call it in a `set`, outside loops.
  eleventyConfig.addAsyncFilter("feed", (releases: Release[], topic: Topic | null, selfPath: string) => buildFeed(releases, { site, topic, selfPath, item: feedItem }));
  eleventyConfig.addFilter("jsonFeed", jsonFeed);
  eleventyConfig.addFilter("feedLinks", feedLinks);
  eleventyConfig.addFilter("releasesIndex", (releases: Release[]) => releasesIndex(releases, site, topics));
}
