/**
 * Synthetic releases for benchmarks: N files that pass the schema, about 5 KB of body each, with
 * topics, areas, notes, resources, quotes in the house syntax and dates over several years.
 * Most of the text is drawn from ~60,000 English words with Zipf weights (exponent 1, as in real
 * text), so a search index over it is as uneven as a real one: a few words on every page, most
 * on a handful. Titles, headings and some sentences use the newsroom's own words so that the
 * pages still read like press releases.
 * Deterministic: the same N (and seed) gives the same files, byte for byte, on any machine, so
 * two benchmark runs build the same content.
 */
import { existsSync, realpathSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import YAML from "yaml";
import { topics } from "../../_data/topics.ts";
import { RELEASE_TYPES, RESOURCE_KINDS } from "../../src/lib/release-schema.ts";
import { slugify } from "../../src/lib/urls.ts";
import { chance, createRandom, int, pick, pickDistinct, type Random, zipfPicker } from "./random.ts";
import {
  ADJECTIVES, ADVERBS, AREAS, CONNECTIVES, FIRST_NAMES, NOUNS, RESOURCE_TITLES, ROLES, SURNAMES, TITLE_OPENERS, VERBS, countWords, plural, rankedWords,
  type WordCounts,
} from "./vocabulary.ts";

export const DEFAULT_SEED = 20110809;
export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2025;

/** Written into every fixture folder: only a folder holding it may be emptied and rewritten. */
export const MARKER_FILE = ".newsroom-fixtures";

export interface FixtureFile {
  /** Path inside the fixture folder: `2019/NR2019-12-slug.md`. */
  path: string;
  text: string;
}

export interface FixtureOptions {
  n: number;
  seed?: number;
}

// Zipf-weighted pickers for the newsroom's words. Exponents below 1 because these lists hold
// content words only, no "the" or "of"; the prose words (PROSE_EXPONENT) are the real-text draw.
const noun = zipfPicker(NOUNS, 0.6);
const adjective = zipfPicker(ADJECTIVES, 0.6);
const verb = zipfPicker(VERBS, 0.6);
const adverb = zipfPicker(ADVERBS, 0.5);
const area = zipfPicker(AREAS, 0.5);
const topicSlugs = topics.map((t) => t.slug);
// Real numbers in the style the schema accepts (libphonenumber validates them as GB numbers).
const PHONES = ["020 7421 6899", "0300 123 1231", "07919 057359", "0161 618 8524", "0113 247 4000"];

/**
 * Zipf's exponent for the prose words. Close to 1 in English text (word frequency ∝ 1/rank); the
 * ranked list starts with "the", "of", "and" (COMMON_WORDS), so the draw supplies the function
 * words as well and they take the share of the text they take in English.
 */
export const PROSE_EXPONENT = 1;
/** Share of sentences made of prose words; the rest use the newsroom's templates. */
const PROSE_SHARE = 0.75;

/** What every generating function draws from: the seeded stream, and prose words ranked for this seed. */
interface Writer {
  rng: Random;
  /** One prose word, drawn with Zipf weights. */
  word(): string;
}

function writer(seed: number): Writer {
  const rng = createRandom(seed);
  const draw = zipfPicker(rankedWords(rng), PROSE_EXPONENT);
  return { rng, word: () => draw(rng) };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const article = (word: string) => (/^[aeiou]/.test(word) ? "an" : "a");
const proseWords = (w: Writer, count: number) => Array.from({ length: count }, () => w.word()).join(" ");

function nounPhrase(rng: Random, plural_: boolean): string {
  const n = noun(rng);
  const head = plural_ ? plural(n) : n;
  return chance(rng, 0.6) ? `${adjective(rng)} ${head}` : head;
}

/** 6 to 18 prose words, sometimes with a comma, sometimes ending in a place. */
function proseSentence(w: Writer): string {
  const { rng } = w;
  const words = Array.from({ length: int(rng, 6, 18) }, () => w.word());
  if (words.length > 9 && chance(rng, 0.4)) words[int(rng, 3, words.length - 4)] += ",";
  const place = chance(rng, 0.2) ? ` in ${area(rng)}` : "";
  return `${capitalise(words.join(" "))}${place}.`;
}

function sentence(w: Writer): string {
  return chance(w.rng, PROSE_SHARE) ? proseSentence(w) : newsroomSentence(w.rng);
}

/** A sentence from the newsroom's own words: inspectors, schools, councils. */
function newsroomSentence(rng: Random): string {
  const [base, third, past] = verb(rng);
  const templates: (() => string)[] = [
    () => `the ${nounPhrase(rng, false)} ${past} ${nounPhrase(rng, true)} in ${area(rng)}`,
    () => `${pick(rng, CONNECTIVES)} ${nounPhrase(rng, true)} ${adverb(rng)} ${past} the ${noun(rng)} of ${nounPhrase(rng, true)}`,
    () => {
      const quality = adjective(rng);
      return `${int(rng, 2, 97)} ${plural(noun(rng))} ${past} ${article(quality)} ${quality} ${noun(rng)} during the ${noun(rng)}`;
    },
    () => `each ${noun(rng)} ${third} ${nounPhrase(rng, true)} and ${adverb(rng)} ${VERBS[int(rng, 0, VERBS.length - 1)]![1]} the ${noun(rng)}`,
    () => `leaders in ${area(rng)} want to ${base} the ${nounPhrase(rng, false)} so that ${plural(noun(rng))} can ${verb(rng)[0]} ${nounPhrase(rng, true)}`,
    () => `the ${noun(rng)} ${third} how ${nounPhrase(rng, true)} ${adverb(rng)} ${verb(rng)[2]} the ${noun(rng)}, ${int(rng, 3, 40)} per cent more than in ${int(rng, 2008, 2014)}`,
  ];
  return `${capitalise(pick(rng, templates)())}.`;
}

function paragraph(w: Writer, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(w)).join(" ");
}

function title(w: Writer): string {
  const { rng } = w;
  const templates: (() => string)[] = [
    // Two of six with a prose word, so titles take part in the long tail without reading as noise.
    () => `${pick(rng, TITLE_OPENERS)} ${w.word()} ${plural(noun(rng))} in ${area(rng)}`,
    () => `${adjective(rng)} ${noun(rng)} and the ${w.word()} ${w.word()} ${verb(rng)[2]} by ${plural(noun(rng))}`,
    () => `${pick(rng, TITLE_OPENERS)} ${adjective(rng)} ${plural(noun(rng))} for ${nounPhrase(rng, true)}`,
    () => `${adjective(rng)} ${noun(rng)} ${verb(rng)[1]} ${plural(noun(rng))} in ${area(rng)}`,
    () => `${pick(rng, TITLE_OPENERS)} a more ${adjective(rng)} approach to ${noun(rng)} ${plural(noun(rng))}`,
    () => `${plural(noun(rng))} in ${area(rng)} ${verb(rng)[2]} by ${adjective(rng)} ${noun(rng)} ${noun(rng)}`,
  ];
  return capitalise(pick(rng, templates)());
}

function speaker(rng: Random): { name: string; role: string } {
  return { name: `${pick(rng, FIRST_NAMES)} ${pick(rng, SURNAMES)}`, role: pick(rng, ROLES) };
}

/** The body: paragraphs, one attributed quote, sometimes a heading, a list and a link; about `target` bytes. */
function body(w: Writer, ref: string, target: number): string {
  const { rng } = w;
  const blocks: string[] = [paragraph(w, int(rng, 2, 3))];
  const quoteAt = int(rng, 2, 4);
  let quoted = false;
  let length = blocks[0]!.length;
  while (length < target) {
    let block: string;
    // Headings and lists only ever follow a paragraph, so two never run together.
    const afterParagraph = /^[A-Z0-9]/.test(blocks[blocks.length - 1]!);
    if (!quoted && blocks.length >= quoteAt) {
      const who = speaker(rng);
      const paragraphs = Array.from({ length: int(rng, 1, 2) }, () => `> ${paragraph(w, int(rng, 2, 4))}`);
      block = `${who.name}, ${who.role}, said:\n\n${paragraphs.join("\n>\n")}\n>\n> — ${who.name}, ${who.role}`;
      quoted = true;
    } else if (afterParagraph && chance(rng, 0.12)) {
      block = `## ${capitalise(chance(rng, 0.5) ? nounPhrase(rng, true) : `${nounPhrase(rng, true)} and ${proseWords(w, int(rng, 1, 3))}`)}`;
    } else if (afterParagraph && chance(rng, 0.12)) {
      const item = () => (chance(rng, 0.5) ? `${capitalise(nounPhrase(rng, true))} ${verb(rng)[2]} in ${area(rng)}` : capitalise(proseWords(w, int(rng, 3, 8))));
      block = Array.from({ length: int(rng, 3, 5) }, () => `- ${item()}`).join("\n");
    } else if (chance(rng, 0.1)) {
      const slug = slugify(`${noun(rng)} ${noun(rng)}`);
      block = `${paragraph(w, 2)} Read [the ${w.word()} ${noun(rng)}](https://www.example.org/${ref.toLowerCase()}/${slug}) for more detail.`;
    } else {
      block = paragraph(w, int(rng, 3, 5));
    }
    blocks.push(block);
    length += block.length + 2;
  }
  return `${blocks.join("\n\n")}\n`;
}

function isoDay(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

interface Dated {
  year: number;
  day: number;
  time: string | undefined;
  index: number;
}

/** Every release's front matter and body, as files, in a stable order. */
export function generateFixtures({ n, seed = DEFAULT_SEED }: FixtureOptions): FixtureFile[] {
  if (!Number.isInteger(n) || n < 1) throw new Error(`n must be a positive whole number, not ${n}`);
  const w = writer(seed);
  const { rng } = w;
  // Dates first, then refs numbered in date order within each year, as a press office numbers them.
  const dated: Dated[] = Array.from({ length: n }, (_, index) => ({
    year: int(rng, FIRST_YEAR, LAST_YEAR),
    day: int(rng, 0, 363),
    // Office hours only: a London wall-clock time in the spring-forward gap is rejected by the schema.
    time: chance(rng, 0.3) ? `${String(int(rng, 7, 17)).padStart(2, "0")}:${pick(rng, ["00", "15", "30", "45"])}` : undefined,
    index,
  }));
  dated.sort((a, b) => a.year - b.year || a.day - b.day || (a.time ?? "").localeCompare(b.time ?? "") || a.index - b.index);

  const perYear = new Map<number, number>();
  const slugsByYear = new Map<number, Set<string>>();
  return dated.map(({ year, day, time }) => {
    const number = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, number);
    const ref = `NR${year}-${number}`;
    const slugs = slugsByYear.get(year) ?? new Set<string>();
    slugsByYear.set(year, slugs);
    let headline = title(w);
    for (let tries = 0; slugs.has(slugify(headline)); tries++) headline = tries < 5 ? title(w) : `${headline} (${ref})`;
    const slug = slugify(headline);
    slugs.add(slug);

    const date = time ? `${isoDay(year, day)}T${time}` : isoDay(year, day);
    const data: Record<string, unknown> = {
      title: headline,
      ref,
      date,
      summary: paragraph(w, int(rng, 1, 2)),
      type: rng.next() < 0.8 ? "press-release" : pick(rng, RELEASE_TYPES),
      topics: pickDistinct(rng, topicSlugs, int(rng, 1, 3)),
    };
    const areas = [...new Set(Array.from({ length: int(rng, 0, 3) }, () => area(rng)))];
    if (areas.length > 0) data.areas = areas;
    const resources = Array.from({ length: int(rng, 0, 2) }, (_, k) => ({
      title: `${pick(rng, RESOURCE_TITLES)}: ${nounPhrase(rng, true)}`,
      ...(chance(rng, 0.7) ? { url: `https://www.example.org/reports/${ref.toLowerCase()}-${k + 1}.pdf` } : {}),
      kind: pick(rng, RESOURCE_KINDS),
      format: pick(rng, ["PDF", "CSV", "ODS", "HTML"]),
      size: `${int(rng, 1, 9)}.${int(rng, 0, 9)} MB`,
    }));
    if (resources.length > 0) data.resources = resources;
    data.notes = Array.from({ length: int(rng, 1, 3) }, () => paragraph(w, int(rng, 1, 3)));
    if (chance(rng, 0.15)) {
      data.contacts = [
        { name: `${pick(rng, AREAS)} press office`, phone: pick(rng, PHONES) },
        { name: "Press enquiries", email: "press@example.org", hours: "9am to 5pm, Monday to Friday" },
      ];
    }
    const related = Array.from({ length: int(rng, 0, 2) }, () => ({
      title: capitalise(`${nounPhrase(rng, true)} in ${area(rng)}`),
      ...(chance(rng, 0.8) ? { url: `https://www.example.org/${slugify(noun(rng))}/${int(rng, 100, 999)}` } : {}),
    }));
    if (related.length > 0) data.related = related;
    if (chance(rng, 0.1)) data.updated = [{ date: isoDay(year, day + int(rng, 1, 60)), note: `Corrected the ${noun(rng)} figures.` }];

    const text = `---\n${YAML.stringify(data, { lineWidth: 100 })}---\n${body(w, ref, int(rng, 4700, 5300))}`;
    return { path: `${year}/${ref}-${slug}.md`, text };
  });
}

/** The repository's own releases folder, which fixtures must never be written into. */
export function protectedReleasesDir(repoRoot: string): string {
  return path.join(repoRoot, "src", "releases");
}

function resolveReal(dir: string): string {
  // Resolves symlinks in the part of the path that exists, so a link into src/releases is caught too.
  let existing = path.resolve(dir);
  const rest: string[] = [];
  while (!existsSync(existing)) {
    rest.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(realpathSync(existing), ...rest);
}

/** Throws when `dir` is the repository's releases folder or inside it. */
export function assertFixtureDir(dir: string, repoRoot: string): void {
  const target = resolveReal(dir);
  const releases = resolveReal(protectedReleasesDir(repoRoot));
  if (target === releases || target.startsWith(`${releases}${path.sep}`)) {
    throw new Error(`refusing to write fixtures into ${dir}: that is the site's real content (src/releases). Choose another folder.`);
  }
}

/** The markdown below a fixture's front matter: text every release page shows and Pagefind indexes. */
export function fixtureBody(text: string): string {
  return text.slice(text.indexOf("\n---\n", 4) + 5);
}

/** How many releases' bodies each word appears in: what the benchmark picks its search words from. */
export function countFixtureWords(files: readonly FixtureFile[]): WordCounts {
  return countWords(files.map((f) => fixtureBody(f.text)));
}

/**
 * Writes N releases into `dir`, which must be empty, missing, or a fixture folder written
 * before (it then is emptied first, so a smaller N leaves no stale files behind). Also returns
 * each word's document frequency over the bodies written.
 */
export async function writeFixtures(dir: string, options: FixtureOptions & { repoRoot: string }): Promise<{ files: number; bytes: number; words: WordCounts }> {
  assertFixtureDir(dir, options.repoRoot);
  const entries = existsSync(dir) ? await readdir(dir) : [];
  if (entries.length > 0) {
    if (!entries.includes(MARKER_FILE)) throw new Error(`refusing to empty ${dir}: it is not empty and was not written by generate-fixtures (no ${MARKER_FILE})`);
    await Promise.all(entries.map((entry) => rm(path.join(dir, entry), { recursive: true, force: true })));
  }
  const files = generateFixtures(options);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, MARKER_FILE), `Synthetic releases from scripts/generate-fixtures.ts: n=${options.n} seed=${options.seed ?? DEFAULT_SEED}\n`);
  for (const year of new Set(files.map((f) => path.dirname(f.path)))) await mkdir(path.join(dir, year), { recursive: true });
  let bytes = 0;
  // Batches keep the number of open files modest at N = 10,000.
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(
      files.slice(i, i + 256).map((f) => {
        bytes += Buffer.byteLength(f.text);
        return writeFile(path.join(dir, f.path), f.text);
      }),
    );
  }
  return { files: files.length, bytes, words: countFixtureWords(files) };
}
