/**
 * A release's identity, decided here and nowhere else: its year (the London year of its date),
 * its slug (the front matter's, else one made from the title), its URL (from urls.ts), its ref
 * (unique across the site in any case, since /nr2011-31 must redirect to one release), the
 * slugs it may not take, the next free ref of a year and where its file goes. The loader checks
 * a whole folder with these rules; `npm run new` and `npm run import` check what they are about
 * to write with the same rules, against what each file already in the folder claims.
 */
import path from "node:path";
import type { DateTime } from "luxon";
import { londonYear } from "./dates.ts";
import { releasePath, slugify } from "./urls.ts";

/** What a release is known by. */
export interface Identity {
  ref: string;
  year: number;
  slug: string;
}

/** What a release file claims; a file the tools cannot fully read may claim only some of it. */
export interface Claim {
  file: string;
  ref?: string | undefined;
  year?: number | undefined;
  slug?: string | undefined;
}

/** A clash, for the field a press officer would change, in words; `fix` says how when the field is theirs to set. */
export interface IdentityProblem {
  field: "ref" | "slug";
  reason: string;
  fix?: string;
}

/** Slugs a release may not have, with what uses that URL: /releases/<year>/page/2/ is an archive page. */
export const RESERVED_SLUGS: ReadonlyMap<string, string> = new Map([["page", "archive pages"]]);

/** The year in a release's URL and folder: the year of its date in London. */
export const releaseYear = (published: DateTime): number => londonYear(published);

/** The slug in a release's URL: the one the front matter gives, else one made from the title. */
export const releaseSlug = (title: string, slug?: string | undefined): string => slug ?? slugify(title);

/** A release's canonical path, /releases/2011/slug/. */
export const releaseUrl = ({ year, slug }: Pick<Identity, "year" | "slug">): string => releasePath(year, slug);

/** Refs are compared in any case: /NR2011-31 and /nr2011-31 are one address. */
const refKey = (ref: string) => ref.toLowerCase();

/** <prefix><year>-<n>, n one more than the highest n of that year's refs (in any case); NR<year>-1 for the first. */
export function nextRef(year: number, refs: readonly (string | undefined)[], prefix = "NR"): string {
  const pattern = new RegExp(`^${prefix.replace(/[^A-Za-z0-9]/g, "")}${year}-(\\d+)$`, "i");
  const highest = Math.max(0, ...refs.map((ref) => Number(pattern.exec(ref ?? "")?.[1] ?? 0)));
  return `${prefix}${year}-${highest + 1}`;
}

/** Where a release's file goes: `<dir>/<year>/<REF>-<slug>.md`. */
export function releaseFile(dir: string, identity: Identity): string {
  return path.join(dir, String(identity.year), `${identity.ref}-${identity.slug}.md`);
}

/**
 * The refs and URLs taken so far, and the problems a new claim would have against them: the
 * first file to claim a ref or URL keeps it. `show` names a file in messages.
 */
export class Identities {
  private readonly refs = new Map<string, string>();
  private readonly urls = new Map<string, string>();

  constructor(private readonly show: (file: string) => string = (file) => file) {}

  /** Takes `ref` for `file`, or says which file has it already. */
  claimRef(file: string, ref: string): IdentityProblem | undefined {
    const holder = this.refs.get(refKey(ref));
    if (holder !== undefined && holder !== file) return { field: "ref", reason: `"${ref}" is already used by ${this.show(holder)}` };
    this.refs.set(refKey(ref), file);
    return undefined;
  }

  /** Takes the URL of `year` and `slug` for `file`, or says which file has it already, or that the slug is reserved. */
  claimUrl(file: string, year: number, slug: string): IdentityProblem[] {
    const problems: IdentityProblem[] = [];
    const url = releaseUrl({ year, slug });
    const holder = this.urls.get(url);
    if (holder !== undefined && holder !== file) problems.push({ field: "slug", reason: `${url} is already the URL of ${this.show(holder)}`, fix: 'set a different "slug"' });
    else this.urls.set(url, file);
    const reserved = RESERVED_SLUGS.get(slug);
    if (reserved) problems.push({ field: "slug", reason: `"${slug}" is reserved for ${reserved}` });
    return problems;
  }

  /** Takes everything `claim` claims; the problems, if any. */
  claim(claim: Claim): IdentityProblem[] {
    const problems: IdentityProblem[] = [];
    if (claim.ref !== undefined) {
      const problem = this.claimRef(claim.file, claim.ref);
      if (problem) problems.push(problem);
    }
    if (claim.year !== undefined && claim.slug !== undefined) problems.push(...this.claimUrl(claim.file, claim.year, claim.slug));
    return problems;
  }
}

/**
 * The first problem a release with `identity` would have among `existing` (the claims of the
 * files already in the folder), or undefined. `replacing` is a file the release will overwrite,
 * which claims nothing any more. For the tools that write release files.
 */
export function identityClash(existing: readonly Claim[], identity: Identity, replacing?: string, show?: (file: string) => string): IdentityProblem | undefined {
  const taken = new Identities(show);
  for (const claim of existing) if (claim.file !== replacing) taken.claim(claim);
  return taken.claim({ file: replacing ?? "", ...identity })[0];
}

/** An identity problem as one line: `"slug": /releases/2011/a/ is already the URL of a.md; set a different "slug"`. */
export const describeProblem = (problem: IdentityProblem): string => `"${problem.field}": ${problem.reason}${problem.fix ? `; ${problem.fix}` : ""}`;
