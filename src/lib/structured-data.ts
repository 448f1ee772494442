/** JSON-LD for release pages (https://schema.org/NewsArticle, as Google reads it). */
import type { Release } from "./release-loader.ts";
import { fallbackFormat } from "./images.ts";
import { absoluteUrl } from "./urls.ts";

export interface Publisher {
  name: string;
  legalName: string;
  url: string;
}

function imageObjects(release: Release, siteUrl: string): Record<string, unknown>[] {
  const images = [...release.media!.images].sort((a, b) => Number(b.image.lead) - Number(a.image.lead));
  return images.map(({ image, renditions }) => {
    const largest = fallbackFormat(renditions).at(-1)!;
    return {
      "@type": "ImageObject",
      url: absoluteUrl(largest.url, siteUrl),
      contentUrl: absoluteUrl(image.download, siteUrl),
      width: image.width,
      height: image.height,
      ...(image.decorative ? {} : { description: image.alt }),
      ...(image.caption ? { caption: image.caption } : {}),
      ...(image.credit ? { creditText: image.credit } : {}),
      ...(image.licence ? { copyrightNotice: image.licence } : {}),
    };
  });
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
    // Every image, the lead first, as Google reads it (https://developers.google.com/search/docs/appearance/structured-data/article).
    ...(release.media && release.media.images.length > 0 ? { image: imageObjects(release, siteUrl) } : {}),
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
