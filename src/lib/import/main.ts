/**
 * `npm run import -- <file.txt> [--out <folder>] [--force] [--ref <REF>] [--date <YYYY-MM-DD>]`
 * converts a plain-text press release into a release file under `<folder>/<year>/` (RELEASES_DIR
 * or src/releases by default) and prints its path.
 *
 * `npm run import -- --from govuk <file-or-folder>... [--prefix GOV] [--out <folder>] [--images <folder>]`
 * converts GOV.UK Content API news articles (JSON; a folder means every .json file in it) into
 * release files, one per item, and prints each path; an item imported before is updated in
 * place. Lead images are downloaded from GOV.UK, or with --images taken from that folder only.
 *
 * The entry point of the importer: scripts/import-release.ts calls main() with what it needs
 * from _data (the site's organisation), so the importer does not reach into _data for it.
 *
 * Warnings about what could not be placed go to stderr, naming the file (and item) and field; a
 * result that would not validate is not written, and the other items still are.
 */
import { access, mkdir, readdir, readFile, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { parseDate } from "../dates.ts";
import { describeProblem, identityClash, releaseFile, releaseSlug, releaseYear } from "../release-identity.ts";
import { readClaims, releasesDir } from "../release-loader.ts";
import type { ReleaseRules } from "../release-rules.ts";
import { shownPath } from "../shown-path.ts";
import { imagesFromFolder, imagesOnline } from "./govuk/image-source.ts";
import { importClaims, planGovukImport, PREFIX_PATTERN, type SourceFile } from "./govuk/import.ts";
import { importPlainText, NotAPressReleaseError } from "./plain-text.ts";
import { checkReleaseText, serialiseRelease } from "./release-file.ts";

const USAGE = [
  "usage: npm run import -- <file.txt> [--out <folder>] [--force] [--ref <REF>] [--date <YYYY-MM-DD>]",
  "       npm run import -- --from govuk <file.json or folder>... [--prefix GOV] [--out <folder>] [--images <folder>]",
].join("\n");

interface Options {
  inputs: string[];
  out: string;
  force: boolean;
  from: "text" | "govuk";
  prefix: string;
  ref: string | undefined;
  date: string | undefined;
  images: string | undefined;
}

/** What the importer needs from the site's data (_data/site.ts), given by its caller. */
export interface Site {
  /** The organisation that publishes the site: GOV.UK organisations other than it become related links. */
  organisation: string;
  /** What the site's data decides about every release (release-rules.ts): topics, contacts, governments. */
  rules: ReleaseRules;
}

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));

/** Runs `npm run import` with the command line's arguments; the exit code. */
export async function main(args: string[], site: Site): Promise<number> {
  let options: Options;
  try {
    options = parse(args);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  return options.from === "govuk" ? importGovuk(options, site) : importText(options, site);
}

/** The JSON files named: a folder stands for the .json files in it, in name order. */
async function sourceFiles(inputs: readonly string[]): Promise<{ files: SourceFile[]; failed: number }> {
  const files: SourceFile[] = [];
  let failed = 0;
  for (const input of inputs) {
    try {
      const names = (await stat(input)).isDirectory()
        ? (await readdir(input)).filter((name) => name.toLowerCase().endsWith(".json")).sort().map((name) => path.join(input, name))
        : [input];
      if (names.length === 0) console.error(`${input}: no .json files in this folder`);
      for (const name of names) files.push({ name, text: await readFile(name, "utf8") });
    } catch (error) {
      console.error(`${input}: cannot read it (${reason(error)})`);
      failed++;
    }
  }
  return { files, failed };
}

async function importGovuk({ inputs, out, prefix, images }: Options, site: Site): Promise<number> {
  const { files, failed } = await sourceFiles(inputs);
  const existing = importClaims(await readClaims(out));
  const source = images ? imagesFromFolder(images) : imagesOnline();
  const outcomes = await planGovukImport(files, existing, { dir: out, prefix, images: source, organisation: site.organisation, rules: site.rules });
  let errors = failed;
  for (const outcome of outcomes) {
    if (!outcome.ok) {
      errors++;
      for (const problem of outcome.problems) console.error(`${outcome.source}: error: ${problem}`);
      console.error(`${outcome.source}: not imported`);
      continue;
    }
    for (const w of outcome.warnings) console.error(`${outcome.source}: warning: "${w.field}": ${w.message}`);
    for (const media of outcome.media) {
      await mkdir(path.dirname(media.file), { recursive: true });
      await writeFile(media.file, media.bytes);
    }
    await mkdir(path.dirname(outcome.file), { recursive: true });
    await writeFile(outcome.file, outcome.text);
    if (outcome.replaces && path.resolve(outcome.replaces) !== outcome.file) await unlink(outcome.replaces).catch(() => undefined);
    const note = outcome.replaces ? ` (updated${path.resolve(outcome.replaces) !== outcome.file ? `; was ${shownPath(outcome.replaces)}` : ""})` : "";
    console.log(`${shownPath(outcome.file)}${note}`);
  }
  const written = outcomes.filter((o) => o.ok).length;
  console.error(`${written} imported, ${errors} not imported`);
  return errors > 0 ? 1 : 0;
}

async function importText({ inputs, out, force, ref: givenRef, date: givenDate }: Options, { rules }: Site): Promise<number> {
  const input = inputs[0]!;
  let source: string;
  try {
    source = await readFile(input, "utf8");
  } catch (error) {
    console.error(`${input}: cannot read the file (${reason(error)})`);
    return 1;
  }
  let imported: ReturnType<typeof importPlainText>;
  try {
    imported = importPlainText(source, { ref: givenRef, date: givenDate }, rules.topicSlugs);
  } catch (error) {
    if (!(error instanceof NotAPressReleaseError)) throw error;
    console.error(`${input}: not a press release: ${error.message}`);
    return 1;
  }
  for (const w of imported.warnings) console.error(`${input}${w.line ? `:${w.line}` : ""}: warning: "${w.field}": ${w.message}`);

  const text = serialiseRelease(imported);
  const problems = checkReleaseText(text, rules);
  const { ref, date, title } = imported.frontMatter;
  const published = date ? parseDate(date) : null;
  if (problems.length > 0 || !ref || !title || !published) {
    for (const p of problems) console.error(`${input}: "${p.field}": ${p.reason}`);
    if (!ref) console.error(`${input}: the text has no ref: give one with --ref, such as --ref NR2014-7`);
    if (!date) console.error(`${input}: the text has no date: give one with --date, such as --date 2014-03-27`);
    console.error(`${input}: not imported: the release would not validate`);
    return 1;
  }
  const identity = { ref, year: releaseYear(published), slug: releaseSlug(title, imported.frontMatter.slug) };
  const target = releaseFile(out, identity);
  const exists = await access(target).then(() => true, () => false);
  if (exists && !force) {
    console.error(`${shownPath(target)} already exists: add --force to replace it`);
    return 1;
  }
  const clash = identityClash(await readClaims(out), identity, path.resolve(target), shownPath);
  if (clash) {
    console.error(`${input}: not imported: ${describeProblem(clash)}`);
    return 1;
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
  console.log(shownPath(target));
  return 0;
}

function parse(args: string[]): Options {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      force: { type: "boolean", default: false },
      from: { type: "string", default: "text" },
      prefix: { type: "string", default: "GOV" },
      ref: { type: "string" },
      date: { type: "string" },
      images: { type: "string" },
    },
  });
  const from = values.from;
  if (from !== "text" && from !== "govuk") throw new Error(`--from ${from}: only "govuk" (or plain text, the default) can be imported`);
  if (!PREFIX_PATTERN.test(values.prefix)) throw new Error(`--prefix ${values.prefix}: letters only, such as GOV or HO`);
  if (positionals.length === 0) throw new Error(from === "govuk" ? "no JSON file or folder given" : "no plain-text file given");
  if (from === "text" && positionals.length !== 1) throw new Error(`one plain-text file at a time, not ${positionals.length}`);
  if (from === "govuk" && (values.ref || values.date)) throw new Error("--ref and --date are for plain text; GOV.UK items get refs by date with --prefix");
  if (from === "text" && values.images) throw new Error("--images is for GOV.UK items' lead images");
  const images = values.images === undefined ? undefined : path.resolve(values.images);
  return { inputs: positionals, out: path.resolve(values.out ?? releasesDir()), force: values.force, from, prefix: values.prefix, ref: values.ref, date: values.date, images };
}
