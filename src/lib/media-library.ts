/**
 * The /media/ pages: every image of every published release, newest release first (in list
 * order within a release), in pages of `pageSize`, each with its release and its download, for
 * a picture desk looking for a photo to run.
 */
import type { Page } from "./collections.ts";
import { type FigureLabels, originalDetails, pictureHtml } from "./figure.ts";
import type { Release } from "./release-loader.ts";
import { pagePath, SITE_PATHS } from "./urls.ts";

/** How wide a picture shows on the media page: two to a row from 48rem (src/assets/site.css). */
export const MEDIA_SIZES = "(min-width: 48rem) 28rem, calc(100vw - 2rem)";

export interface MediaEntry {
  /** The <picture>, built from escaped text. */
  picture: string;
  alt: string;
  caption: string | undefined;
  credit: string | undefined;
  licence: string | undefined;
  download: string;
  /** "(JPEG, 4000 × 3000 pixels, 3.2 MB)" */
  details: string;
  release: Pick<Release, "title" | "url" | "ref" | "published">;
}

/** One page of /media/: a page of a listing, of images rather than releases. */
export type MediaPage = Page<MediaEntry>;

/** Pages of every image of `releases` (published, newest first); one empty page when there is none. */
export function mediaPages(releases: readonly Release[], pageSize: number, labels: Pick<FigureLabels, "pixels">): MediaPage[] {
  const entries = releases.flatMap((release) =>
    (release.media?.images ?? []).map(({ image, renditions }) => ({ image, renditions, release })),
  );
  const totalPages = Math.max(1, Math.ceil(entries.length / pageSize));
  return Array.from({ length: totalPages }, (_, i) => {
    const pageNumber = i + 1;
    return {
      url: pagePath(SITE_PATHS.media, pageNumber),
      pageNumber,
      totalPages,
      totalItems: entries.length,
      previousUrl: pageNumber > 1 ? pagePath(SITE_PATHS.media, pageNumber - 1) : undefined,
      nextUrl: pageNumber < totalPages ? pagePath(SITE_PATHS.media, pageNumber + 1) : undefined,
      items: entries.slice(i * pageSize, pageNumber * pageSize).map(({ image, renditions, release }, index) => ({
        // The first picture of a page is its largest paint: fetched at once, the others lazily.
        picture: pictureHtml(image, renditions, { lead: index === 0, sizes: MEDIA_SIZES }),
        alt: image.decorative ? "" : (image.alt ?? ""),
        caption: image.caption,
        credit: image.credit,
        licence: image.licence,
        download: image.download,
        details: originalDetails(image, labels),
        release: { title: release.title, url: release.url, ref: release.ref, published: release.published },
      })),
    };
  });
}
