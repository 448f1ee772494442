/**
 * The HTML of a release's image: <figure> with a <picture> (AVIF, WebP, JPEG at each width, with
 * `sizes` for the text column), its caption, credit and licence, and the download of the
 * original with its format, pixel size and file size. `width` and `height` give the browser the
 * image's shape before it loads, so nothing below it moves (https://web.dev/articles/optimize-cls#images-without-dimensions).
 * Every image but the lead loads lazily; the lead, the page's largest paint, is fetched first
 * (https://web.dev/articles/fetch-priority).
 */
import { fallbackFormat, type Rendition, type Renditions } from "./images.ts";
import type { ReleaseImage } from "./release-files.ts";
import { formatBytes } from "./release-files.ts";
import { escapeHtml } from "./escape-html.ts";

/**
 * How wide an image shows: the text column (40rem, src/assets/site.css) beside the page's
 * 1rem margins, and the whole screen less those margins below that.
 */
export const IMAGE_SIZES = "(min-width: 42rem) 40rem, calc(100vw - 2rem)";

/**
 * Below the column's width a screen is a phone or a small tablet, and no wider rendition than
 * PHONE_MAX_WIDTH goes to it: a 390-pixel phone at 3× would otherwise take the 1200-pixel file
 * for 1074 device pixels, about twice the bytes of the 800 for a difference few eyes see at
 * that size (issue #13's budget: the lead at most 60 KB there).
 */
export const PHONE_MEDIA = "(max-width: 41.99rem)";
export const PHONE_MAX_WIDTH = 800;

export interface FigureLabels {
  credit: string;
  licence: string;
  download: string;
  pixels: string;
}


const srcset = (renditions: readonly Rendition[]) => renditions.map((r) => `${r.url} ${r.width}w`).join(", ");

/** "(JPEG, 4000 × 3000 pixels, 3.2 MB)" */
export function originalDetails(image: Pick<ReleaseImage, "format" | "width" | "height" | "bytes">, labels: Pick<FigureLabels, "pixels">): string {
  return `(${image.format}, ${image.width} × ${image.height} ${labels.pixels}, ${formatBytes(image.bytes)})`;
}

/** The <picture> alone, as the release page and the media page show it. */
export function pictureHtml(image: Pick<ReleaseImage, "alt" | "decorative">, renditions: Renditions, options: { lead: boolean; sizes?: string }): string {
  const sizes = options.sizes ?? IMAGE_SIZES;
  const fallback = fallbackFormat(renditions);
  const sources = Object.entries(renditions)
    .filter(([, list]) => list !== fallback)
    .flatMap(([, list]) => {
      const type = list[0]!.sourceType;
      const phone = list.filter((r) => r.width <= PHONE_MAX_WIDTH);
      const capped = phone.length > 0 && phone.length < list.length;
      return [
        ...(capped ? [`<source type="${type}" media="${PHONE_MEDIA}" srcset="${srcset(phone)}" sizes="${sizes}">`] : []),
        `<source type="${type}" srcset="${srcset(list)}" sizes="${sizes}">`,
      ];
    });
  const largest = fallback.at(-1)!;
  // The middle width, not the largest: what a browser without srcset shows in the column.
  const src = fallback[Math.min(1, fallback.length - 1)]!;
  const loading = options.lead ? ' fetchpriority="high"' : ' loading="lazy"';
  const alt = image.decorative ? "" : escapeHtml(image.alt ?? "");
  return (
    `<picture class="nr-figure__picture">${sources.join("")}` +
    `<img class="nr-figure__img" src="${src.url}" srcset="${srcset(fallback)}" sizes="${sizes}" width="${largest.width}" height="${largest.height}" alt="${alt}"${loading} decoding="async">` +
    `</picture>`
  );
}

/** The caption line: caption, then credit and licence. */
function captionHtml(image: ReleaseImage, labels: FigureLabels): string {
  const parts: string[] = [];
  if (image.caption) parts.push(`<span class="nr-figure__text">${escapeHtml(image.caption)}</span>`);
  const credit = [image.credit && `${escapeHtml(labels.credit)} ${escapeHtml(image.credit)}`, image.licence && `${escapeHtml(labels.licence)} ${escapeHtml(image.licence)}`].filter(Boolean);
  if (credit.length > 0) parts.push(`<span class="nr-figure__credit">${credit.join(". ")}</span>`);
  return parts.join(" ");
}

/** The download of the original, with what it is. */
export function downloadHtml(image: ReleaseImage, labels: FigureLabels): string {
  return `<a class="nr-figure__download" href="${image.download}" download>${escapeHtml(labels.download)} <span class="nr-figure__details">${originalDetails(image, labels)}</span></a>`;
}

/** One image of a release: picture, caption, credit, licence and download. */
export function figureHtml(image: ReleaseImage, renditions: Renditions, options: { lead: boolean; labels: FigureLabels }): string {
  const caption = captionHtml(image, options.labels);
  return (
    `<figure class="nr-figure${options.lead ? " nr-figure--lead" : ""}">\n` +
    pictureHtml(image, renditions, options) +
    `\n<figcaption class="nr-figure__caption">${caption ? `<span class="nr-figure__about">${caption}</span> ` : ""}${downloadHtml(image, options.labels)}</figcaption>\n` +
    `</figure>\n`
  );
}
