/**
 * What GOV.UK links an item to: world locations become areas (places a reader filters by);
 * organisations other than this site's own become related links, so who else published it is
 * kept; the lead image is recorded as an associated resource (see leadImage).
 */
import type { Link, Resource } from "../../release-schema.ts";
import type { Warn } from "../warnings.ts";
import type { GovukImage, GovukItem } from "./item.ts";
import { absoluteUrl } from "./markdown.ts";

export function areasOf(item: GovukItem): string[] {
  return [...new Set((item.links.world_locations ?? []).map((l) => l.title.trim()).filter(Boolean))];
}

/** Organisations other than the site's (`ours`, its name as _data/site.ts gives it), as related links to their GOV.UK pages. */
export function organisationsOf(item: GovukItem, warn: Warn, organisation: string): Link[] {
  const all = [...(item.links.organisations ?? []), ...(item.links.worldwide_organisations ?? [])];
  const ours = organisation.toLowerCase();
  const others = all.filter((o, i) => o.title.trim() && o.title.toLowerCase() !== ours && all.findIndex((p) => p.title === o.title) === i);
  if (others.length > 0) warn("links.organisations", `published on GOV.UK by ${others.map((o) => o.title).join(", ")}; listed as related links (the page names ${organisation} as publisher)`);
  return others.map((o) => {
    const url = absoluteUrl(o.web_url ?? o.base_path ?? null);
    return { title: o.title.trim(), ...(url && { url }) };
  });
}

// GOV.UK shows an organisation's default image when an item has none of its own.
const DEFAULT_IMAGE = /default_news_organisation_image_data/;

/**
 * The lead image. This branch's schema has no images field yet (another branch adds one), so the
 * image's address, caption and credit are kept as an associated resource and named in a warning:
 * nothing is downloaded, and nothing is lost.
 */
export function leadImage(item: GovukItem, warn: Warn): Resource | undefined {
  const image: GovukImage | undefined = item.details.image ?? item.details.images?.find((i) => i.type === "lead") ?? item.details.images?.[0];
  if (!image) return undefined;
  const sources = image.sources ?? {};
  const largest = Object.entries(sources).sort(([a], [b]) => Number(b.replace(/\D/g, "")) - Number(a.replace(/\D/g, "")))[0]?.[1] ?? image.url;
  if (!largest) return undefined;
  if (DEFAULT_IMAGE.test(largest)) {
    warn("details.images", `the lead image is GOV.UK's default image for the organisation (${largest}); left out`);
    return undefined;
  }
  const describe = [image.caption, image.alt_text].map((t) => t?.trim()).find(Boolean) ?? "no caption";
  const credit = image.credit?.trim() ? ` (credit: ${image.credit.trim()})` : "";
  const format = /\.(jpe?g|png|gif|webp|svg)$/i.exec(largest)?.[1]?.toUpperCase().replace("JPEG", "JPG");
  warn("details.images", `the lead image ${largest} is kept as an associated resource: this site has no release images yet`);
  return { title: `Lead image: ${describe}${credit}`, url: largest, kind: "other", ...(format && { format }) };
}
