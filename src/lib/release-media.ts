/**
 * Puts a published release's images and files in place: processes each image (images.ts),
 * writes its figure (figure.ts) under the headline, where the body places it or after the body,
 * and lists for publishing (media-files.ts) the renditions, the originals and the attachments.
 * Runs on the releases a build publishes, and on nothing else.
 */
import { figureHtml, type FigureLabels } from "./figure.ts";
import { fallbackFormat, processImage, type Renditions } from "./images.ts";
import { IMAGE_PLACEHOLDER } from "./markdown.ts";
import { publishFile } from "./media-files.ts";
import type { ReleaseImage } from "./release-files.ts";
import type { Release } from "./release-loader.ts";

/** The image a shared link or a feed item shows: the largest fallback rendition of the lead. */
export interface SocialImage {
  /** Site path. */
  url: string;
  width: number;
  height: number;
  /** MIME type. */
  type: string;
  bytes: number;
  /** Empty for a decorative image. */
  alt: string;
}

export interface ProcessedImage {
  image: ReleaseImage;
  renditions: Renditions;
}

export interface ReleaseMedia {
  /** The lead's figure, under the headline. */
  lead: string | undefined;
  /** Figures of the images the body does not place, in list order. */
  gallery: string[];
  social: SocialImage | undefined;
  /** Every image, in list order. */
  images: ProcessedImage[];
}

/** The image a release is shared with: its lead, else its first image. */
export function socialImage(processed: readonly ProcessedImage[]): SocialImage | undefined {
  const chosen = processed.find((p) => p.image.lead) ?? processed[0];
  if (!chosen) return undefined;
  const largest = fallbackFormat(chosen.renditions).at(-1)!;
  return {
    url: largest.url,
    width: largest.width,
    height: largest.height,
    type: largest.sourceType,
    bytes: largest.size,
    alt: chosen.image.decorative ? "" : (chosen.image.alt ?? ""),
  };
}

async function releaseWithMedia<R extends Release>(release: R, labels: FigureLabels): Promise<R> {
  for (const resource of release.resources) if (resource.source && resource.url) publishFile(resource.url, resource.source);
  if (release.images.length === 0) return release;
  const images = await Promise.all(
    release.images.map(async (image) => {
      const renditions = await processImage(image);
      for (const list of Object.values(renditions)) for (const r of list) publishFile(r.url, r.outputPath);
      publishFile(image.download, image.source);
      return { image, renditions };
    }),
  );
  const figure = (p: ProcessedImage) => figureHtml(p.image, p.renditions, { lead: p.image.lead, labels });
  const lead = images.find((p) => p.image.lead);
  return {
    ...release,
    html: release.html.replace(IMAGE_PLACEHOLDER, (_, index: string) => figure(images[Number(index)]!)),
    media: {
      lead: lead && figure(lead),
      gallery: images.filter((p, i) => !p.image.lead && !release.placedImages.includes(i)).map(figure),
      social: socialImage(images),
      images,
    },
  };
}

/** Each release with its media in place; every file it needs listed for publishing. */
export function withMedia<R extends Release>(releases: readonly R[], labels: FigureLabels): Promise<R[]> {
  return Promise.all(releases.map((release) => releaseWithMedia(release, labels)));
}
