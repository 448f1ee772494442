/**
 * Reads every release file under the releases folder, validates all of them, and renders each
 * body once. Any problem in any file stops the build before Eleventy writes anything, and every
 * problem in every file is reported in that one run.
 */
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import fg from "fast-glob";
import jsYaml from "js-yaml";
import { parseDate } from "./dates.ts";
import { forEachLimited } from "./for-each-limited.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { formerGovernment } from "./governments.ts";
import { type ImageEnv, renderMarkdown } from "./markdown.ts";
import type { ReleaseMedia } from "./release-media.ts";
import { isDevServer } from "./run-mode.ts";
import { inspectFiles, type ReleaseImage, type ReleaseResource } from "./release-files.ts";
import { type Claim, Identities, releaseSlug, releaseUrl, releaseYear } from "./release-identity.ts";
import type { ReleaseRules } from "./release-rules.ts";
import { type Change, type Contact, directionOf, fileName, type FrontMatter, validateFrontMatter } from "./release-schema.ts";

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

/** One problem as every tool prints it: `file: "field": reason`. */
export const problemLine = (p: Problem): string => `${p.file}: "${p.field}": ${p.reason}`;

export class ReleaseValidationError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in the releases; nothing was written:\n` +
        problems.map(problemLine).join("\n"),
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
    const split = splitFrontMatter(source);
    // Front matter is YAML only: a release is data, never code (front-matter.ts).
    if (!/^(yaml|yml)?$/i.test(split.language)) return { file, field: "(front matter)", reason: `is marked "${split.language}" after its opening ---; release front matter is YAML: leave the line as just ---` };
    const data = split.matter === undefined ? {} : yamlEngine.parse(split.matter);
    // js-yaml's values are slices of the file's text, and V8 keeps a sliced string's whole parent
    // alive: one kept title held the whole file, every file, for the rest of the build (a heap
    // snapshot at 4,000 releases found all 4,000 sources). structuredClone copies the values.
    return { data: structuredClone(data), body: split.body };
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
  const year = releaseYear(published);
  const slug = releaseSlug(fm.title, fm.slug);
  return {
    ...fm,
    file,
    slug,
    year,
    url: releaseUrl({ year, slug }),
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

/**
 * Checks that hold across files (release-identity.ts): refs and URLs are unique. Refs are checked
 * on every file that names one, valid or not, so a clash shows in the same run as the file's
 * other problems.
 */
function crossFileProblems(claims: readonly { file: string; ref: string }[], releases: readonly Release[]): Problem[] {
  const identities = new Identities();
  const problems: Problem[] = [];
  for (const claim of claims) {
    const problem = identities.claimRef(claim.file, claim.ref);
    if (problem) problems.push({ file: claim.file, field: problem.field, reason: problem.reason });
  }
  for (const release of releases) {
    for (const p of identities.claimUrl(release.file, release.year, release.slug)) problems.push({ file: release.file, field: p.field, reason: p.fix ? `${p.reason}; ${p.fix}` : p.reason });
  }
  return problems;
}

/**
 * How many release files are read at once. Reading them all at once (one Promise.all over the
 * list) opened every file together and failed with EMFILE at 40,000 releases (the limit here is
 * 20,000 open files). The build's own reads (readSource) are synchronous, one file open at a
 * time; this bounds a `read` that is not (the tools' readClaims, tests), and 64 keeps libuv's
 * pool of 4 threads busy with a few files open.
 */
export const READ_CONCURRENCY = 64;

export interface LoadOptions {
  /** Reads one file's text; replaced in tests to watch how many reads are in flight. */
  read?: (absolute: string) => Promise<string>;
  /** At most this many reads in flight (READ_CONCURRENCY). */
  concurrency?: number;
  /**
   * What the last load made of each file: a file whose text and attached files are unchanged is
   * not parsed, validated or rendered again (the dev server's rebuild after a save, issue #16).
   */
  memo?: Map<string, Memo>;
}

/** One file's text, what it was parsed to, and the release made from it and its attached files. */
export interface Memo {
  /** The file's modification time and size when it was read: the same, and it is not read again. */
  stamp: string;
  source: string;
  parsed: ReadRelease;
  files?: string;
  release?: Release | Problem[];
  /** Counts the releases made from this file: unchanged, the same release (releaseRevision). */
  revision?: number;
}

let revisions = 0;
const revisionByFile = new Map<string, number>();

/**
 * Which making of its file a release is (the dev server's memo only): equal revisions, equal
 * release, so the dev server's rebuild can tell what changed without comparing whole releases.
 */
export function releaseRevision(release: Pick<Release, "file">): number | undefined {
  return revisionByFile.get(release.file);
}

/**
 * A release file's text, read synchronously: the promise form cost the main thread 0.55 s in
 * opening, sizing and closing 4,000 files (node --cpu-prof, issue #16), and the text is parsed on
 * the main thread straight after anyway. One file is open at a time.
 */
const readSource = async (file: string): Promise<string> => readFileSync(file, "utf8");

/** Loads, validates and renders every release in `dir` by the site's `rules`; throws ReleaseValidationError listing every problem. */
export async function loadReleases(dir: string, rules: ReleaseRules, { read = readSource, concurrency = READ_CONCURRENCY, memo }: LoadOptions = {}): Promise<Release[]> {
  const root = path.resolve(dir);
  const files = (await fg("**/*.md", { cwd: dir, absolute: true, onlyFiles: true })).sort();
  const problems: Problem[] = [];
  const releases: Release[] = [];
  const claims: { file: string; ref: string }[] = [];
  // Files finish in any order; everything collected is sorted by file below, so the result and
  // the problems listed are the same whatever the order or the limit.
  await forEachLimited(files, concurrency, async (absolute) => {
    const relative = path.relative(process.cwd(), absolute);
    const file = relative.startsWith("..") ? absolute : relative;
    const known = memo?.get(absolute);
    // On the dev server an unchanged file (same time and size) is not even read again.
    const stamp = memo ? await stat(absolute).then((s) => `${s.mtimeMs}:${s.size}`) : "";
    const source = known && known.stamp === stamp ? known.source : await read(absolute);
    const same = known?.source === source;
    const parsed = same ? known.parsed : readRelease(file, source, rules);
    if (parsed.ref) claims.push({ file, ref: parsed.ref });
    if (!parsed.ok) {
      memo?.set(absolute, { stamp, source, parsed });
      return void problems.push(...parsed.problems);
    }
    const inspected = await inspectFiles(absolute, parsed.frontMatter, root);
    problems.push(...inspected.problems.map((p) => ({ file, ...p })));
    const files = memo && JSON.stringify(inspected);
    const reuse = same && known.files === files && known.release;
    const release = reuse ? known.release! : derive(file, parsed.frontMatter, parsed.body, inspected, rules);
    if (memo) {
      const revision = reuse ? known.revision : ++revisions;
      memo.set(absolute, { stamp, source, parsed, files, release, revision });
      revisionByFile.set(file, revision!);
    }
    if (Array.isArray(release)) problems.push(...release);
    else if (inspected.problems.length === 0) releases.push(release);
  });
  if (memo) {
    const present = new Set(files);
    for (const absolute of memo.keys()) if (!present.has(absolute)) memo.delete(absolute);
  }
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
const memos = new Map<string, Map<string, Memo>>();

function memoOf(dir: string): Map<string, Memo> {
  let memo = memos.get(dir);
  if (!memo) memos.set(dir, (memo = new Map()));
  return memo;
}

/**
 * loadReleases, once per folder for a one-off build: the build script validates before Eleventy
 * starts and _data/releases.ts then reuses the same result. The dev server reads every file on
 * every rebuild, and parses, validates and renders again only those that changed.
 */
export function loadReleasesCached(dir: string, rules: ReleaseRules): Promise<Release[]> {
  if (isDevServer()) return loadReleases(dir, rules, { memo: memoOf(dir) });
  let releases = loaded.get(dir);
  if (!releases) {
    releases = loadReleases(dir, rules);
    loaded.set(dir, releases);
  }
  return releases;
}

/** What one release file claims, read with the loader's own parser however broken the file is. */
export interface FileClaim extends Claim {
  /** Its front matter as parsed, for the tools that need more of it; empty when it does not parse. */
  data: Record<string, unknown>;
}

const given = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);

/**
 * The ref and URL each release file under `dir` claims (none when the folder does not exist), for
 * the tools that add releases: `npm run new` and `npm run import`. Lenient where loadReleases is
 * strict: a file with problems still holds on to whatever it names, so a tool never hands out a
 * ref or URL the build would then refuse as taken. A file whose YAML does not parse still keeps
 * the ref on its `ref:` line.
 */
export async function readClaims(dir: string): Promise<FileClaim[]> {
  const files = (await fg("**/*.md", { cwd: dir, absolute: true, onlyFiles: true })).sort();
  const claims: FileClaim[] = [];
  // As many files open at once as loadReleases reads, for the same reason (READ_CONCURRENCY).
  await forEachLimited(files, READ_CONCURRENCY, async (file) => {
    const source = await readFile(file, "utf8");
    const parsed = parseSource(file, source);
    if ("reason" in parsed) return void claims.push({ file, ref: /^ref:\s*["']?([^\s"'#]+)/m.exec(source)?.[1], data: {} });
    const data = (parsed.data !== null && typeof parsed.data === "object" ? parsed.data : {}) as Record<string, unknown>;
    const title = given(data.title);
    const date = given(data.date);
    const published = date ? parseDate(date) : null;
    claims.push({
      file,
      ref: given(data.ref),
      year: published ? releaseYear(published) : undefined,
      slug: title ? releaseSlug(title, given(data.slug)) : given(data.slug),
      data,
    });
  });
  // In the files' order (fast-glob's, sorted), whatever order they were read in.
  const order = new Map(files.map((file, index) => [file, index]));
  return claims.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
}
