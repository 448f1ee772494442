/**
 * What GOV.UK links an item to: world locations become areas (places a reader filters by);
 * organisations other than this site's own become related links, so who else published it is
 * kept, linked to their GOV.UK pages.
 */
import type { Link } from "../../release-schema.ts";
import type { Warn } from "../warnings.ts";
import type { GovukItem } from "./item.ts";
import { absoluteUrl } from "./markdown.ts";

export function areasOf(item: GovukItem): string[] {
  return [...new Set((item.links.world_locations ?? []).map((l) => l.title.trim()).filter(Boolean))];
}

/** Organisations other than the site's (`organisation`, its name), as related links to their GOV.UK pages. */
export function organisationsOf(item: GovukItem, organisation: string, warn: Warn): Link[] {
  const all = [...(item.links.organisations ?? []), ...(item.links.worldwide_organisations ?? [])];
  const ours = organisation.trim().toLowerCase();
  const others = all.filter((o, i) => o.title.trim() && o.title.trim().toLowerCase() !== ours && all.findIndex((p) => p.title === o.title) === i);
  if (others.length > 0) warn("links.organisations", `published on GOV.UK by ${others.map((o) => o.title).join(", ")}; listed as related links (the page names ${organisation} as publisher)`);
  return others.map((o) => {
    const url = absoluteUrl(o.web_url ?? o.base_path ?? null);
    return { title: o.title.trim(), ...(url && { url }) };
  });
}
