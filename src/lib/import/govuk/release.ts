/**
 * One GOV.UK news_article item as a release: front matter for the schema (everything but the
 * ref, which the caller assigns), a markdown body, and a warning for each thing the importer
 * changed the place or form of. Field by field:
 *   title → title, description → summary, details.first_public_at → date (London, to the second),
 *   document_type → type, details.body → body, notes and contacts (body.ts),
 *   change_history → updated, withdrawn_notice → withdrawn, details.political → political,
 *   locale → lang, links.world_locations → areas, other organisations → related (links.ts),
 *   content_id and base_path → govuk. The lead image is found here and placed once the release
 *   has its ref and the image its file (lead-image.ts).
 */
import { DateTime } from "luxon";
import type { Government } from "../../governments.ts";
import type { Change } from "../../release-schema.ts";
import { slugify } from "../../urls.ts";
import type { ImportedFrontMatter, ImportWarning, Warn } from "../warnings.ts";
import { convertBody } from "./body.ts";
import { DOCUMENT_TYPES, type GovukItem, govukUrl } from "./item.ts";
import { type LeadImage, leadImageOf } from "./lead-image.ts";
import { areasOf, organisationsOf } from "./links.ts";
import { langOf, londonTimestamp, politicalOf, withdrawnOf } from "./states.ts";
import type { ReleaseRules } from "../../release-rules.ts";

export interface GovukRelease {
  frontMatter: ImportedFrontMatter & Required<Pick<ImportedFrontMatter, "title" | "date" | "summary" | "govuk" | "slug">>;
  body: string;
  warnings: ImportWarning[];
  /** The item's own lead image, to be placed by lead-image.ts once the release has a ref. */
  leadImage: LeadImage | undefined;
  /** When this version of the item was made (its last update or withdrawal), in ms: of two versions in one run, the later wins. */
  version: number;
}

/** The item is readable but lacks what a release must have. */
export class GovukItemError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("; "));
    this.name = "GovukItemError";
  }
}

/** GOV.UK's path ends in the slug; a translation's ends ".ar" or ".ur", which becomes "-ar". */
export function slugOf(item: GovukItem): string {
  const last = item.base_path.split("/").filter(Boolean).at(-1) ?? "";
  return slugify(last.replace(/\.([a-z]{2,3}(?:-[a-z0-9]+)?)$/i, "-$1")) || slugify(item.title) || "release";
}

function changesOf(item: GovukItem, published: DateTime, warn: Warn): Change[] {
  const changes: Change[] = [];
  (item.details.change_history ?? []).forEach((entry, i) => {
    const date = londonTimestamp(entry.public_timestamp);
    const note = entry.note.replace(/\s+/g, " ").trim();
    const field = `details.change_history[${i}]`;
    if (!date) return warn(field, `${JSON.stringify(entry.public_timestamp)} is not a date; left out: ${JSON.stringify(note)}`);
    const when = DateTime.fromISO(date, { setZone: true });
    // The first entry is the first publication, which the page's history already ends with.
    if (/^first published\.?$/i.test(note) && Math.abs(when.diff(published, "days").days) < 1) return;
    if (when < published) return warn(field, `${date} is before first publication (${published.toISO()}); left out: ${JSON.stringify(note)}`);
    changes.push({ date, note: note || "Updated." });
  });
  return changes;
}

/** What the conversion needs to know about the site: the organisation that publishes it (_data/site.ts). */
export interface ConvertOptions {
  organisation: string;
  /** The site's release rules (release-rules.ts): its governments, its schema. */
  rules: Pick<ReleaseRules, "governments" | "schema">;
}

/** Converts one validated item. Throws GovukItemError when it has no usable publication date. */
export function releaseFromItem(item: GovukItem, { organisation, rules }: ConvertOptions): GovukRelease {
  const warnings: ImportWarning[] = [];
  const warn: Warn = (field, message) => void warnings.push({ field, message });
  const given = item.details.first_public_at ?? item.first_published_at;
  if (!item.details.first_public_at && item.first_published_at) warn("details.first_public_at", "is missing; used first_published_at");
  const date = given ? londonTimestamp(given) : undefined;
  if (!date) throw new GovukItemError([given ? `details.first_public_at: ${JSON.stringify(given)} is not a date` : "details.first_public_at: is missing"]);
  const published = DateTime.fromISO(date, { setZone: true });

  const converted = convertBody(item.details.body, warn);
  const leadImage = leadImageOf(item, warn);
  const withdrawn = withdrawnOf(item, warn);
  const political = politicalOf(item, published, warn, rules.governments);
  const lang = langOf(item);
  const frontMatter: GovukRelease["frontMatter"] = {
    title: item.title.replace(/\s+/g, " ").trim(),
    date,
    type: DOCUMENT_TYPES[item.document_type],
    summary: item.description.replace(/\s+/g, " ").trim(),
    topics: [],
    areas: areasOf(item),
    notes: converted.notes,
    ...(converted.contacts.length > 0 && { contacts: converted.contacts }),
    related: organisationsOf(item, organisation, warn),
    updated: changesOf(item, published, warn),
    slug: slugOf(item),
    ...(withdrawn && { withdrawn }),
    ...(political && { political }),
    ...(lang && { lang }),
    govuk: { content_id: item.content_id, url: govukUrl(item) },
  };
  const times = [item.public_updated_at, item.withdrawn_notice?.withdrawn_at, ...(item.details.change_history ?? []).map((c) => c.public_timestamp)]
    .map((t) => (typeof t === "string" ? DateTime.fromISO(t).toMillis() : NaN))
    .filter((t) => !Number.isNaN(t));
  const version = Math.max(published.toMillis(), ...times);
  return { frontMatter, body: `${converted.body || frontMatter.summary}\n`, warnings, leadImage, version };
}
