/**
 * `npm run import -- <file.txt> [--out <folder>] [--force]`: converts a plain-text press release
 * into a release file under `<folder>/<year>/` (RELEASES_DIR or src/releases by default) and prints
 * its path. Warnings about what it could not place go to stderr; a result that would not validate
 * is not written.
 */
import { access, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { londonYear, parseDate } from "../src/lib/dates.ts";
import { findClash, readExistingReleases, releaseFile, shownPath } from "../src/lib/new-release.ts";
import { checkReleaseText, importPlainText, NotAPressReleaseError, serialiseRelease } from "../src/lib/plain-text-import.ts";
import { releasesDir } from "../src/lib/release-loader.ts";
import { slugify } from "../src/lib/urls.ts";

const USAGE = "usage: npm run import -- <file.txt> [--out <folder>] [--force]";

async function main(args: string[]): Promise<number> {
  let options: ReturnType<typeof parse>;
  try {
    options = parse(args);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { input, out, force } = options;
  let source: string;
  try {
    source = await readFile(input, "utf8");
  } catch (error) {
    console.error(`${input}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 1;
  }
  let imported: ReturnType<typeof importPlainText>;
  try {
    imported = importPlainText(source);
  } catch (error) {
    if (!(error instanceof NotAPressReleaseError)) throw error;
    console.error(`${input}: not a press release: ${error.message}`);
    return 1;
  }
  for (const w of imported.warnings) console.error(`${input}${w.line ? `:${w.line}` : ""}: warning: "${w.field}": ${w.message}`);

  const text = serialiseRelease(imported);
  const problems = checkReleaseText(text);
  const { ref, date, title } = imported.frontMatter;
  const published = date ? parseDate(date) : null;
  if (problems.length > 0 || !ref || !title || !published) {
    for (const p of problems) console.error(`${input}: "${p.field}": ${p.reason}`);
    console.error(`${input}: not imported: the release would not validate`);
    return 1;
  }
  const place = { ref, year: londonYear(published), slug: imported.frontMatter.slug ?? slugify(title) };
  const target = releaseFile(out, place);
  const exists = await access(target).then(() => true, () => false);
  if (exists && !force) {
    console.error(`${shownPath(target)} already exists: add --force to replace it`);
    return 1;
  }
  const clash = findClash(await readExistingReleases(out), place, path.resolve(target));
  if (clash) {
    console.error(`${input}: not imported: ${clash}`);
    return 1;
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
  console.log(shownPath(target));
  return 0;
}

function parse(args: string[]): { input: string; out: string; force: boolean } {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: "string" }, force: { type: "boolean", default: false } } });
  if (positionals.length !== 1) throw new Error(positionals.length === 0 ? "no plain-text file given" : `one file at a time, not ${positionals.length}`);
  return { input: positionals[0]!, out: path.resolve(values.out ?? releasesDir()), force: values.force };
}

process.exitCode = await main(process.argv.slice(2));
