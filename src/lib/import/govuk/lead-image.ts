/**
 * A GOV.UK item's lead image (`details.image`, or the `lead` of `details.images`) as the
 * release's image, with its alt text, caption and credit. GOV.UK serves lead images at most 960
 * pixels wide (its `s960` rendition), narrower than the 1200 our lead image needs (it is the
 * 1200-pixel social card), so what the image becomes depends on the file the import gets:
 *
 * - 1200 pixels wide or more: the lead image, under the headline;
 * - 800 to 1199 (GOV.UK's own 960): the first image of the text, placed at its top, so the page
 *   opens with it as GOV.UK's does; feeds and social media still share it (the first image is the
 *   release's image when none is the lead). A warning says to set `lead: true` with a wider copy;
 * - narrower than 800, too narrow for any image of a release: attached as a file under resources;
 * - no file (not found, not downloaded, not an image): a resource linking to GOV.UK's copy.
 *
 * Every case but the first is a warning naming the item's field; nothing is dropped silently.
 */
import sharp from "sharp";
import { IMAGE_FORMATS, type Image, MIN_IMAGE_WIDTH, type Resource } from "../../release-schema.ts";
import type { Warn } from "../warnings.ts";
import type { GovukImage, GovukItem } from "./item.ts";

/** The lead image as GOV.UK describes it. */
export interface LeadImage {
  /** The GOV.UK field it came from, for warnings: "details.image" or "details.images[0]". */
  field: string;
  /** GOV.UK's largest copy. */
  url: string;
  /** The file name it is kept under in the release's folder: the URL's, without GOV.UK's size prefix ("s960_"). */
  name: string;
  alt: string | undefined;
  caption: string | undefined;
  credit: string | undefined;
}

// GOV.UK shows an organisation's default image when an item has none of its own.
const DEFAULT_IMAGE = /default_news_organisation_image_data/;
const clean = (text: string | null | undefined) => text?.replace(/\s+/g, " ").trim() || undefined;

/** The width of a GOV.UK rendition from its key: "s960" is 960. */
const widthOf = (key: string) => Number(key.replace(/\D/g, "")) || 0;

/** The name a GOV.UK image URL's file is kept under: "s960_Christmas.jpg" is "Christmas.jpg". */
export function imageName(url: string): string {
  const last = decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
  const name = last.replace(/^s\d+_/, "").replace(/[^\p{L}\p{N}._-]+/gu, "-");
  return name.replace(/^[.-]+/, "") || "lead-image.jpg";
}

/** The item's lead image, or undefined when it has none of its own (GOV.UK's default organisation image is left out, with a warning). */
export function leadImageOf(item: GovukItem, warn: Warn): LeadImage | undefined {
  const list = item.details.images ?? [];
  const index = list.findIndex((i) => i.type === "lead");
  const [image, field]: [GovukImage | undefined | null, string] = item.details.image
    ? [item.details.image, "details.image"]
    : [list[Math.max(index, 0)], `details.images[${Math.max(index, 0)}]`];
  if (!image) return undefined;
  const largest = Object.entries(image.sources ?? {}).sort(([a], [b]) => widthOf(b) - widthOf(a))[0]?.[1] ?? image.url;
  if (!largest) return void warn(field, "has no url; no lead image was imported");
  let url: URL;
  try {
    url = new URL(largest, "https://www.gov.uk");
  } catch {
    return void warn(field, `${JSON.stringify(largest)} is not a URL; no lead image was imported`);
  }
  if (DEFAULT_IMAGE.test(url.pathname)) return void warn(field, `is GOV.UK's default image for the organisation (${url.href}); left out`);
  return { field, url: url.href, name: imageName(url.href), alt: clean(image.alt_text), caption: clean(image.caption), credit: clean(image.credit) };
}

/** The image's file as the import got it, or why it has none. */
export type ObtainedImage = { ok: true; bytes: Uint8Array; from: string } | { ok: false; reason: string };

/** What the lead image becomes in the release. */
export interface PlacedImage {
  images: Image[];
  resources: Resource[];
  /** Markdown to put at the top of the body: the image placed in the text. */
  bodyStart: string;
  /** The file to write beside the release, at `<ref>/<name>`. */
  file: { path: string; bytes: Uint8Array } | undefined;
}

/** The resource that stands for an image the release cannot show. */
const asResource = (image: LeadImage, file?: string): Resource => ({
  title: `Lead image: ${image.caption ?? image.alt ?? image.name}${image.credit ? ` (credit: ${image.credit})` : ""}`,
  ...(file ? { file } : { url: image.url }),
  kind: "other",
});

/** Decides what the lead image becomes for the release with `ref`, from the file obtained; reads the file's width with sharp. */
export async function placeLeadImage(image: LeadImage, obtained: ObtainedImage, ref: string, warn: Warn): Promise<PlacedImage> {
  const none = { images: [], bodyStart: "", file: undefined };
  if (!obtained.ok) {
    warn(image.field, `the lead image ${image.url} was not imported (${obtained.reason}); kept as a link under resources. Give its file with --images <folder> (or import online) and import again`);
    return { ...none, resources: [asResource(image)] };
  }
  let width = 0;
  let format: string | undefined;
  try {
    const meta = await sharp(obtained.bytes).metadata();
    format = meta.format;
    // A camera's "turn me" note swaps the sides, as release-files.ts reads them.
    width = ((meta.orientation ?? 1) >= 5 ? meta.height : meta.width) ?? 0;
  } catch {
    format = undefined;
  }
  if (!format || !(format in IMAGE_FORMATS) || width === 0) {
    warn(image.field, `the lead image from ${obtained.from} is not a JPEG, PNG or WebP image; kept as a link under resources`);
    return { ...none, resources: [asResource(image)] };
  }
  const file = { path: `${ref}/${image.name}`, bytes: obtained.bytes };
  if (width < MIN_IMAGE_WIDTH.other) {
    warn(image.field, `the lead image is ${width} pixels wide, narrower than the ${MIN_IMAGE_WIDTH.other} any image of a release needs; attached as a file under resources`);
    return { ...none, resources: [asResource(image, file.path)], file };
  }
  const lead = width >= MIN_IMAGE_WIDTH.lead;
  if (!image.alt) warn(`${image.field}.alt_text`, 'is empty: the image was imported as decorative (an empty alt, as GOV.UK shows it); write what it shows in "alt" and remove "decorative"');
  // Only the keys that say something, as a press officer would write them; the schema fills in the rest.
  const entry = {
    file: file.path,
    ...(image.alt ? { alt: image.alt } : { decorative: true }),
    ...(image.caption && { caption: image.caption }),
    ...(image.credit && { credit: image.credit }),
    ...(lead && { lead: true }),
  } as Image;
  if (!lead) {
    warn(image.field, `the lead image is ${width} pixels wide, less than the ${MIN_IMAGE_WIDTH.lead} a lead image needs (it is the social card): placed at the top of the text instead, and still the image feeds and social media show. With a copy at least ${MIN_IMAGE_WIDTH.lead} pixels wide, set "lead: true" and remove its line from the text`);
  }
  return { images: [entry], resources: [], bodyStart: lead ? "" : `![](${image.name})\n\n`, file };
}
