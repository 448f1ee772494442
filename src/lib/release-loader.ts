/**
 * Reads every release file under the releases folder, validates all of them, and renders each
 * body once. Any problem in any file stops the build before Eleventy writes anything, and every
 * problem in every file is reported in that one run.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import fg from "fast-glob";
import matter from "gray-matter";
import jsYaml from "js-yaml";
import { londonYear, parseDate } from "./dates.ts";
import { forEachLimited } from "./for-each-limited.ts";
import { formerGovernment } from "./governments.ts";
import { type ImageEnv, renderMarkdown } from "./markdown.ts";
import type { ReleaseMedia } from "./release-media.ts";
import { isDevServer } from "./run-mode.ts";
import { inspectFiles, type ReleaseImage, type ReleaseResource } from "./release-files.ts";
import type { ReleaseRules } from "./release-rules.ts";
import { type Change, type Contact, directionOf, fileName, type FrontMatter, validateFrontMatter } from "./release-schema.ts";
import { releasePath, slugify } from "./urls.ts";

/** A validated release, with what every template and feed needs derived once. */
export interface Release extends Omit<FrontMatter, "images" | "resources"> {
  /** Images with their files' format, size and download path (release-files.ts). */
  images: ReleaseImage[];
  /** Resources; a local file's url, format and size are its own. */
  resources: ReleaseResource[];
  /** Indexes in `images` of those the body places; the others show after the body. */
  placedImages: number[];
  /** Figures and the social image, once a build publishes the release (release-media.ts). */
  media?: ReleaseMedia | undefined;
  /** Path of the source file, relative to the working directory. */
  file: string;
  slug: string;
  year: number;
  /** Canonical site path: /releases/2011/slug/. */
  url: string;
  /** Publication instant, ISO 8601 with its London offset. */
  published: string;
  /** Newest of the publication date and the change history. */
  modified: string;
  /** Change history, newest first. */
  history: Change[];
  /** The body, rendered; each placed image is a placeholder until images.ts puts it in. */
  html: string;
  /** Notes to editors, rendered. */
  notesHtml: string[];
  /** Who journalists call: the release's own contacts, or else the press office (`ReleaseRules.defaultContacts`). Decided here only. */
  mediaContacts: readonly Contact[];
  /** The withdrawal notice's explanation, rendered; undefined unless withdrawn. */
  withdrawnHtml: string | undefined;
  /** For political releases: the government it was published under, once that government is no longer current. */
  formerGovernment: string | undefined;
  /** Writing direction of the release's own content (from `lang`). */
  dir: "ltr" | "rtl";
}

export interface Problem {
  file: string;
  field: string;
  reason: string;
}

export class ReleaseValidationError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in the releases; nothing was written:\n` +
        problems.map((p) => `${p.file}: "${p.field}": ${p.reason}`).join("\n"),
    );
    this.name = "ReleaseValidationError";
  }
}

/** Where releases are read from: RELEASES_DIR, else src/releases. */
export function releasesDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.RELEASES_DIR || "src/releases");
}

// YAML 1.2's core schema keeps `2011-08-09` and `yes` as strings, so the schema sees what the
// press officer typed, and js-yaml refuses duplicate keys rather than silently overwriting.
// js-yaml rather than the `yaml` package: it parses about three times faster, which counts at
// ten thousand releases (measured with npm run bench).
const yamlEngine = { parse: (source: string) => (jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA }) ?? {}) as object };

function parseSource(file: string, source: string): { data: unknown; body: string } | Problem {
  if (source.trim() === "") return { file, field: "(file)", reason: "is empty: a release needs front matter and a body" };
  try {
    const parsed = matter(source, { engines: { yaml: yamlEngine } });
    // js-yaml's values are slices of the file's text, and V8 keeps a sliced string's whole parent
    // alive: one kept title held the whole file, every file, for the rest of the build (a heap
    // snapshot at 4,000 releases found all 4,000 sources). structuredClone copies the values.
    return { data: structuredClone(parsed.data ?? {}), body: parsed.content };
  } catch (error) {
    if (error instanceof jsYaml.YAMLException) {
      // js-yaml counts lines from 0 in the text after the opening ---, so it is one line behind.
      const line = error.mark ? error.mark.line + 1 : undefined;
      if (error.reason === "duplicated mapping key" && line !== undefined) {
        const key = /^\s*([^:#]+?)\s*:/.exec(source.split(/\r?\n/)[line - 1] ?? "")?.[1];
        if (key) return { file, field: key, reason: `is given twice (again at line ${line}); keep one` };
      }
      const where = error.mark ? ` at line ${line}, column ${error.mark.column + 1}` : "";
      return { file, field: "(front matter)", reason: `is not valid YAML${where}: ${error.reason}` };
    }
    return { file, field: "(front matter)", reason: `could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** One release file's text, parsed and validated on its own; `ref` is named whenever the file gives one. */
export type ReadRelease = ({ ok: true; frontMatter: FrontMatter; body: string } | { ok: false; problems: Problem[] }) & { ref?: string };

/** Parses and validates the text of one release file: the checks that need no other file. */
export function readRelease(file: string, source: string, rules: Pick<ReleaseRules, "schema">): ReadRelease {
  const parsed = parseSource(file, source);
  if ("reason" in parsed) return { ok: false, problems: [parsed] };
  const given = (parsed.data as { ref?: unknown } | null)?.ref;
  const ref = typeof given === "string" && given.trim() !== "" ? given.trim() : undefined;
  const result = validateFrontMatter(parsed.data, rules.schema);
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => ({ file, ...p })), ref };
  if (parsed.body.trim() === "") return { ok: false, problems: [{ file, field: "(body)", reason: "is empty: write the release text below the front matter" }], ref };
  return { ok: true, frontMatter: result.value, body: parsed.body, ref };
}

function derive(file: string, fm: FrontMatter, body: string, files: { images: ReleaseImage[]; resources: ReleaseResource[] }, rules: ReleaseRules): Release | Problem[] {
  const lead = fm.images.findIndex((image) => image.lead);
  const images: ImageEnv = {
    names: new Map(fm.images.map((image, index) => [fileName(image.file), index])),
    lead: lead === -1 ? undefined : lead,
    placed: [],
    problems: [],
  };
  const html = renderMarkdown(body, images);
  if (images.problems.length > 0) return [...new Set(images.problems)].map((reason) => ({ file, field: "(body)", reason }));
  const published = parseDate(fm.date)!;
  const history = [...fm.updated].sort((a, b) => parseDate(b.date)!.toMillis() - parseDate(a.date)!.toMillis());
  // Withdrawing a release changes it: feeds and the sitemap show it as updated on that date.
  const changes = [...history.map((c) => parseDate(c.date)!), ...(fm.withdrawn ? [parseDate(fm.withdrawn.date)!] : [])];
  const newest = changes.reduce((a, b) => (b > a ? b : a), published);
  const year = londonYear(published);
  const slug = fm.slug ?? slugify(fm.title);
  return {
    ...fm,
    file,
    slug,
    year,
    url: releasePath(year, slug),
    published: published.toISO()!,
    modified: (newest > published ? newest : published).toISO()!,
    history,
    images: files.images,
    resources: files.resources,
    placedImages: images.placed,
    html,
    notesHtml: fm.notes.map((note) => renderMarkdown(note)),
    mediaContacts: fm.contacts ?? rules.defaultContacts,
    withdrawnHtml: fm.withdrawn ? renderMarkdown(fm.withdrawn.explanation) : undefined,
    formerGovernment: fm.political ? formerGovernment(published, rules.governments)?.name : undefined,
    dir: directionOf(fm.lang),
  };
}

interface Claim {
  file: string;
  ref: string;
}

/**
 * Checks that hold across files: refs (in any case, since /nr2011-31 must redirect to one
 * release) and URLs are unique. Refs are checked on every file that names one, valid or not, so
 * a clash shows in the same run as the file's other problems.
 */
function crossFileProblems(claims: readonly Claim[], releases: readonly Release[]): Problem[] {
  const problems: Problem[] = [];
  const byRef = new Map<string, Claim>();
  for (const claim of claims) {
    const ref = claim.ref.toLowerCase();
    const sameRef = byRef.get(ref);
    if (sameRef) problems.push({ file: claim.file, field: "ref", reason: `"${claim.ref}" is already used by ${sameRef.file}` });
    else byRef.set(ref, claim);
  }
  const byUrl = new Map<string, Release>();
  for (const release of releases) {
    const sameUrl = byUrl.get(release.url);
    if (sameUrl) {
      problems.push({ file: release.file, field: "slug", reason: `${release.url} is already the URL of ${sameUrl.file}; set a different "slug"` });
    } else byUrl.set(release.url, release);
    if (release.slug === "page") problems.push({ file: release.file, field: "slug", reason: '"page" is reserved for archive pages' });
  }
  return problems;
}

/**
 * How many release files are read at once. Reading them all at once (one Promise.all over the
 * list) opened every file together and failed with EMFILE at 40,000 releases (the limit here is
 * 20,000 open files). Node reads files on libuv's pool of 4 threads, so more reads in flight than
 * this gains nothing; 64 keeps that pool busy with a few files open.
 */
export const READ_CONCURRENCY = 64;

export interface LoadOptions {
  /** Reads one file's text; replaced in tests to watch how many reads are in flight. */
  read?: (absolute: string) => Promise<string>;
  /** At most this many reads in flight (READ_CONCURRENCY). */
  concurrency?: number;
}

/** Loads, validates and renders every release in `dir` by the site's `rules`; throws ReleaseValidationError listing every problem. */
export async function loadReleases(dir: string, rules: ReleaseRules, { read = (file) => readFile(file, "utf8"), concurrency = READ_CONCURRENCY }: LoadOptions = {}): Promise<Release[]> {
  const root = path.resolve(dir);
  const files = (await fg("**/*.md", { cwd: dir, absolute: true, onlyFiles: true })).sort();
  const problems: Problem[] = [];
  const releases: Release[] = [];
  const claims: Claim[] = [];
  // Files finish in any order; everything collected is sorted by file below, so the result and
  // the problems listed are the same whatever the order or the limit.
  await forEachLimited(files, concurrency, async (absolute) => {
    const relative = path.relative(process.cwd(), absolute);
    const file = relative.startsWith("..") ? absolute : relative;
    const parsed = readRelease(file, await read(absolute), rules);
    if (parsed.ref) claims.push({ file, ref: parsed.ref });
    if (!parsed.ok) return void problems.push(...parsed.problems);
    const inspected = await inspectFiles(absolute, parsed.frontMatter, root);
    problems.push(...inspected.problems.map((p) => ({ file, ...p })));
    const release = derive(file, parsed.frontMatter, parsed.body, inspected, rules);
    if (Array.isArray(release)) problems.push(...release);
    else if (inspected.problems.length === 0) releases.push(release);
  });
  releases.sort((a, b) => a.file.localeCompare(b.file));
  claims.sort((a, b) => a.file.localeCompare(b.file));
  problems.push(...crossFileProblems(claims, releases));
  if (problems.length > 0) {
    problems.sort((a, b) => a.file.localeCompare(b.file));
    throw new ReleaseValidationError(problems);
  }
  return releases;
}

const loaded = new Map<string, Promise<Release[]>>();

/**
 * loadReleases, once per folder for a one-off build: the build script validates before Eleventy
 * starts and _data/releases.ts then reuses the same result. The dev server reloads every time.
 */
export function loadReleasesCached(dir: string, rules: ReleaseRules): Promise<Release[]> {
  if (isDevServer()) return loadReleases(dir, rules);
  let releases = loaded.get(dir);
  if (!releases) {
    releases = loadReleases(dir, rules);
    loaded.set(dir, releases);
  }
  return releases;
}
