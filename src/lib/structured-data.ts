/** JSON-LD for release pages (https://schema.org/NewsArticle, as Google reads it). */
import type { Release } from "./release-loader.ts";
import { absoluteUrl } from "./urls.ts";

interface Publisher {
  name: string;
  legalName: string;
  url: string;
}

export function newsArticle(release: Release, siteUrl: string, publisher: Publisher): Record<string, unknown> {
  const url = absoluteUrl(release.url, siteUrl);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: release.title,
    description: release.summary,
    identifier: release.ref,
    datePublished: release.published,
    dateModified: release.modified,
    inLanguage: release.lang ?? "en-GB",
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    author: { "@type": "Organization", name: publisher.name, url: publisher.url },
    publisher: { "@type": "Organization", name: publisher.name, legalName: publisher.legalName, url: publisher.url },
    ...(release.areas.length > 0 ? { contentLocation: release.areas.map((name) => ({ "@type": "Place", name })) } : {}),
  };
}

/**
 * Serialises data for a <script type="application/ld+json"> element. `<` is escaped so no value
 * can close the element (https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements).
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
