/**
 * A GOV.UK import run: files of Content API JSON in, release files (and their lead images) out.
 * Each item is read, checked and converted on its own, so one bad item is an error for that item
 * only. Items are placed in date order: a new item gets the next free ref of its year with the
 * chosen prefix (GOV2016-1, GOV2016-2…); an item already imported (same content_id and
 * language, found in the release folder or earlier in the run) keeps its ref and file, and is
 * updated. Refs, URLs and file names follow release-identity.ts, as the loader's do.
 */
import path from "node:path";
import { parseDate } from "../../dates.ts";
import { type Claim, identityClash, nextRef, releaseFile, releaseYear } from "../../release-identity.ts";
import type { FileClaim } from "../../release-loader.ts";
import { shownPath } from "../../shown-path.ts";
import { checkReleaseText, serialiseRelease } from "../release-file.ts";
import type { ImportWarning, Warn } from "../warnings.ts";
import type { ImageSource } from "./image-source.ts";
import { parseItem } from "./item.ts";
import { placeLeadImage } from "./lead-image.ts";
import { type ConvertOptions, GovukItemError, type GovukRelease, releaseFromItem } from "./release.ts";

export interface SourceFile {
  /** As the user named it, for messages. */
  name: string;
  text: string;
}

/** A file to write beside a release: its lead image. */
export interface MediaFile {
  file: string;
  bytes: Uint8Array;
}

export type Outcome =
  | { source: string; ok: true; file: string; replaces: string | undefined; text: string; ref: string; media: MediaFile[]; warnings: ImportWarning[] }
  | { source: string; ok: false; problems: string[] };

export const PREFIX_PATTERN = /^[A-Za-z]{1,10}$/;

/** The key that says two GOV.UK imports are the same item: a content_id is shared by an item's translations. */
export const govukKey = (contentId: string, lang: string | undefined) => `${contentId.toLowerCase()} ${(lang ?? "en").toLowerCase()}`;

/** What a release file already in the folder claims, with what an import needs besides its ref and URL. */
export interface ImportClaim extends Claim {
  /** For a release imported from GOV.UK: its govukKey, so a second import updates it. */
  govuk?: string | undefined;
  /** Its topic slugs: a re-import keeps the ones a press officer added (GOV.UK has none of ours). */
  topics?: string[] | undefined;
}

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);

/** The loader's claims, with each file's GOV.UK key and topics. */
export function importClaims(claims: readonly FileClaim[]): ImportClaim[] {
  return claims.map(({ data, ...claim }) => {
    const contentId = text((data.govuk as { content_id?: unknown } | undefined)?.content_id);
    return {
      ...claim,
      govuk: contentId ? govukKey(contentId, text(data.lang)) : undefined,
      topics: Array.isArray(data.topics) ? data.topics.filter((t): t is string => typeof t === "string") : undefined,
    };
  });
}

export interface PlanOptions extends ConvertOptions {
  /** The releases folder. */
  dir: string;
  prefix: string;
  /** Where lead images come from (image-source.ts). */
  images: ImageSource;
}

/** Each item of a file: a file holds one item, or a JSON list of items. */
function itemsOf(file: SourceFile): { source: string; data: unknown }[] | Outcome {
  let data: unknown;
  try {
    data = JSON.parse(file.text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { source: file.name, ok: false, problems: [`(file): is not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  return Array.isArray(data) ? data.map((item, i) => ({ source: `${file.name}[${i}]`, data: item })) : [{ source: file.name, data }];
}

/** Plans the whole run; writes nothing (it may download lead images). `existing` are the claims of the release files already in `dir`. */
export async function planGovukImport(files: readonly SourceFile[], existing: readonly ImportClaim[], options: PlanOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const converted: { source: string; release: GovukRelease }[] = [];
  for (const file of files) {
    const items = itemsOf(file);
    if (!Array.isArray(items)) {
      outcomes.push(items);
      continue;
    }
    for (const { source, data } of items) {
      const parsed = parseItem(data);
      if (!parsed.ok) {
        outcomes.push({ source, ok: false, problems: parsed.problems });
        continue;
      }
      try {
        converted.push({ source, release: releaseFromItem(parsed.item, options) });
      } catch (error) {
        // Whatever an item holds, it is that item's error, in words, never a stack trace for the run.
        const problems = error instanceof GovukItemError ? error.problems : [`(item): could not be converted: ${error instanceof Error ? error.message : String(error)}`];
        outcomes.push({ source, ok: false, problems });
      }
    }
  }
  const claims: ImportClaim[] = [...existing];
  // By date, so refs follow publication order; two versions of one item: the later version last, so it wins.
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  converted.sort(
    (a, b) =>
      parseDate(a.release.frontMatter.date)!.toMillis() - parseDate(b.release.frontMatter.date)!.toMillis() ||
      a.release.version - b.release.version ||
      byCodePoint(a.source, b.source),
  );
  // Each image is fetched once however many items share it (GOV.UK's examples do).
  const obtained = new Map<string, ReturnType<ImageSource>>();
  for (const { source, release } of converted) {
    const fm = release.frontMatter;
    const year = releaseYear(parseDate(fm.date)!);
    const key = govukKey(fm.govuk.content_id, fm.lang);
    const previous = claims.find((c) => c.govuk === key);
    const ref = previous?.ref ?? nextRef(year, claims.map((c) => c.ref), options.prefix);
    const identity = { ref, year, slug: fm.slug };
    const file = path.resolve(releaseFile(options.dir, identity));
    const clash = identityClash(claims, identity, previous?.file, shownPath);
    // GOV.UK cannot say which of our topics a release is in: an update keeps those already chosen.
    const topics = fm.topics?.length ? fm.topics : (previous?.topics ?? []);
    const warnings = [...release.warnings];
    const warn: Warn = (field, message) => void warnings.push({ field, message });
    let body = release.body;
    let media: MediaFile[] = [];
    let images = fm.images ?? [];
    let resources = fm.resources ?? [];
    if (release.leadImage) {
      const url = release.leadImage.url;
      if (!obtained.has(url)) obtained.set(url, options.images(url));
      const placed = await placeLeadImage(release.leadImage, await obtained.get(url)!, ref, warn);
      images = [...images, ...placed.images];
      resources = [...placed.resources, ...resources];
      body = `${placed.bodyStart}${body}`;
      media = placed.file ? [{ file: path.join(path.dirname(file), placed.file.path), bytes: placed.file.bytes }] : [];
    }
    const text = serialiseRelease({ frontMatter: { ...fm, ref, topics, images, resources }, body });
    const problems = [...(clash ? [`${clash.field}: ${clash.reason}`] : []), ...checkReleaseText(text, options.rules).map((p) => `${p.field}: ${p.reason}`)];
    if (problems.length > 0) {
      outcomes.push({ source, ok: false, problems });
      continue;
    }
    const index = previous ? claims.indexOf(previous) : -1;
    const claim: ImportClaim = { file, ref, year, slug: fm.slug, govuk: key, topics };
    if (index >= 0) claims[index] = claim;
    else claims.push(claim);
    outcomes.push({ source, ok: true, file, replaces: previous?.file, text, ref, media, warnings });
  }
  return outcomes;
}
