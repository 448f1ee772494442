/**
 * A GOV.UK import run: files of Content API JSON in, release files out. Each item is read,
 * checked and converted on its own, so one bad item is an error for that item only. Items are
 * placed in date order: a new item gets the next free ref of its year with the chosen prefix
 * (GOV2016-1, GOV2016-2…); an item already imported (same content_id and language, found in the
 * release folder or earlier in the run) keeps its ref and file, and is updated.
 */
import path from "node:path";
import { type ExistingRelease, findClash, govukKey, nextRef, releaseFile } from "../../new-release.ts";
import { londonYear, parseDate } from "../../dates.ts";
import type { ReleaseRules } from "../../release-rules.ts";
import { checkReleaseText, serialiseRelease } from "../release-file.ts";
import type { ImportWarning } from "../warnings.ts";
import { parseItem } from "./item.ts";
import { GovukItemError, type GovukImportSite, type GovukRelease, releaseFromItem } from "./release.ts";

export interface SourceFile {
  /** As the user named it, for messages. */
  name: string;
  text: string;
}

export type Outcome =
  | { source: string; ok: true; file: string; replaces: string | undefined; text: string; ref: string; warnings: ImportWarning[] }
  | { source: string; ok: false; problems: string[] };

export const PREFIX_PATTERN = /^[A-Za-z]{1,10}$/;

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

/** Plans the whole run; writes nothing. `existing` are the release files already in `dir`. */
export function planGovukImport(files: readonly SourceFile[], existing: readonly ExistingRelease[], options: { dir: string; prefix: string; rules: ReleaseRules; organisation: string }): Outcome[] {
  // The site's data comes in through `options` (scripts/import-release.ts passes _data's).
  const site: GovukImportSite = { organisation: options.organisation, governments: options.rules.governments };
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
        converted.push({ source, release: releaseFromItem(parsed.item, site) });
      } catch (error) {
        // Whatever an item holds, it is that item's error, in words, never a stack trace for the run.
        const problems = error instanceof GovukItemError ? error.problems : [`(item): could not be converted: ${error instanceof Error ? error.message : String(error)}`];
        outcomes.push({ source, ok: false, problems });
      }
    }
  }
  const claims: ExistingRelease[] = [...existing];
  // By date, so refs follow publication order; two versions of one item: the later version last, so it wins.
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  converted.sort(
    (a, b) =>
      parseDate(a.release.frontMatter.date)!.toMillis() - parseDate(b.release.frontMatter.date)!.toMillis() ||
      a.release.version - b.release.version ||
      byCodePoint(a.source, b.source),
  );
  for (const { source, release } of converted) {
    const fm = release.frontMatter;
    const year = londonYear(parseDate(fm.date)!);
    const key = govukKey(fm.govuk.content_id, fm.lang);
    const previous = claims.find((c) => c.govuk === key);
    const ref = previous?.ref ?? nextRef(year, claims.map((c) => c.ref), options.prefix);
    const place = { ref, year, slug: fm.slug };
    const file = path.resolve(releaseFile(options.dir, place));
    const clash = findClash(claims, place, previous?.file);
    // GOV.UK cannot say which of our topics a release is in: an update keeps those already chosen.
    const topics = fm.topics?.length ? fm.topics : (previous?.topics ?? []);
    const text = serialiseRelease({ frontMatter: { ...fm, ref, topics }, body: release.body });
    const problems = [...(clash ? [clash] : []), ...checkReleaseText(text, options.rules).map((p) => `${p.field}: ${p.reason}`)];
    if (problems.length > 0) {
      outcomes.push({ source, ok: false, problems });
      continue;
    }
    const index = previous ? claims.indexOf(previous) : -1;
    const claim: ExistingRelease = { file, ref, year, slug: fm.slug, govuk: key, topics };
    if (index >= 0) claims[index] = claim;
    else claims.push(claim);
    outcomes.push({ source, ok: true, file, replaces: previous?.file, text, ref, warnings: release.warnings });
  }
  return outcomes;
}
