/**
 * A new release file for a press officer to fill in (`npm run new -- "Headline"`): the next free
 * ref of the year and a URL no other release has, by the rules in release-identity.ts, checked
 * against what the files already in the folder claim (read by the loader's own parser).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DateTime } from "luxon";
import YAML from "yaml";
import { ZONE } from "./dates.ts";
import { type Claim, type Identity, identityClash, nextRef, releaseFile, releaseSlug, releaseUrl, releaseYear } from "./release-identity.ts";
import { readClaims } from "./release-loader.ts";
import { type FrontMatter, RELEASE_TYPES, RESOURCE_KINDS } from "./release-schema.ts";
import { shownPath } from "./shown-path.ts";

/** A refusal to write a release, in words for the press officer. */
export class NewReleaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NewReleaseError";
  }
}

// A YAML scalar as one line: quoted only when YAML needs it (a headline with ": " or a leading
// quote). The `yaml` package writes; reading is the loader's alone.
const scalar = (value: string) => YAML.stringify(value, { lineWidth: 0 }).trimEnd();

/** What a new release starts from: its place, headline and London date. */
export interface Skeleton extends Identity {
  title: string;
  date: string;
}

/** A YAML comment, in lines shorter than 100 columns like the rest of the file. */
function comment(text: string): string {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length < 100) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(`# ${word}`);
  }
  return lines.join("\n");
}

// Every field of the schema, in the order a person writes them, with what it is for; a mapped
// type over FrontMatter so that a new field in the schema cannot be forgotten here.
const FIELDS: { [K in keyof FrontMatter]-?: (r: Skeleton, topicSlugs: readonly string[]) => string } = {
  title: (r) => `${comment("The headline, plain text.")}\ntitle: ${scalar(r.title)}`,
  ref: (r) => `${comment(`Unique across the site; /${r.ref} redirects to the release.`)}\nref: ${r.ref}`,
  date: (r) => `${comment(`Publication date in Europe/London; a time (${r.date}T09:30) or an offset is optional.`)}\ndate: ${r.date}`,
  type: () => `${comment(`One of ${RELEASE_TYPES.join(", ")}.`)}\ntype: press-release`,
  summary: () => `${comment("One or two sentences: the lede, the meta description and the feed summary.")}\nsummary: Replace this with the first paragraph of the release.`,
  topics: (_, topicSlugs) => `${comment(`Topic slugs from _data/topics.ts: ${topicSlugs.join(", ")}.`)}\ntopics: []`,
  areas: () => `${comment("Places the release concerns, such as Cumbria or Merton: a search filter.")}\nareas: []`,
  images: (r) =>
    `${comment(`Photos: files in the folder ${r.ref}/ beside this file, each with alt text (or decorative: true), optional caption, credit and licence, and at most one lead: true (under the headline, on social media). Place one in the text with ![](name.jpg) on a line of its own. Such as`)}\n` +
    `#   - { file: ${r.ref}/photo.jpg, alt: What it shows, credit: Jane Smith, lead: true }\nimages: []`,
  resources: (r) =>
    `${comment(`Associated resources: title, a url or a file beside this file (its format and size are read from it), kind (${RESOURCE_KINDS.join(", ")}), such as`)}\n` +
    `#   - { title: The report, url: https://example.org/report.pdf, format: PDF, size: 1.2 MB }\n#   - { title: The data, file: ${r.ref}/data.csv, kind: data }\nresources: []`,
  notes: () => `${comment("Notes to editors, in order, each in markdown.")}\nnotes: []`,
  contacts: () =>
    `${comment("Media contacts for this release; without them the page shows the press office in _data/pressOffice.ts.")}\n` +
    "# contacts:\n#   - { name: Ofsted Press Office, phone: 020 7421 6899, hours: 9am to 5pm }",
  related: () => `${comment("Related links: title and optional url.")}\nrelated: []`,
  embargo: (r) => `${comment("Before this date and time (Europe/London) the release appears nowhere on the site.")}\n# embargo: ${r.date}T00:01`,
  draft: () => `${comment("true: never published, shown only by the dev server (npm start). Remove it to publish.")}\ndraft: true`,
  updated: (r) => `${comment('Change history; the newest shows as "Last updated". Such as')}\n#   - { date: ${r.date}, note: Corrected a figure. }\nupdated: []`,
  slug: (r) => `${comment(`Overrides the slug made from the title; the page is ${releaseUrl(r)}`)}\n# slug: ${r.slug}`,
  withdrawn: (r) => `${comment("Withdrawn: the page stays, with a notice giving the date and the reason (markdown).")}\n# withdrawn: { date: ${r.date}, explanation: This release is out of date. }`,
  political: () => `${comment("true for political content: once the government changes, the page says which government published it (_data/governments.ts).")}\n# political: true`,
  lang: () => `${comment('The language of the text when it is not English, such as "ar", "ur" or "cy"; Arabic and Urdu read right to left.')}\n# lang: cy`,
  govuk: () => `${comment("Set by npm run import -- --from govuk: the GOV.UK item this release was imported from.")}\n# govuk: { content_id: …, url: https://www.gov.uk/government/news/… }`,
};

const BODY = `Write the release text here, in markdown. The summary above is not repeated.

A quote names its speaker after an em dash:

> The words spoken.
>
> — Name, Role
`;

/** The text of a new draft release: every field present, each with a comment saying what it is for. */
export function newReleaseText(skeleton: Skeleton, topicSlugs: readonly string[]): string {
  const fields = Object.values(FIELDS).map((field) => field(skeleton, topicSlugs));
  return `---\n${fields.join("\n")}\n---\n${BODY}`;
}

/** Plans a new release titled `headline` on `now`'s day in London, or says why it cannot be written. */
export function planNewRelease(headline: string, now: DateTime, existing: readonly Claim[]): Skeleton {
  const title = headline.replace(/\s+/g, " ").trim();
  if (title === "") throw new NewReleaseError('the headline is empty: npm run new -- "Councils should adopt …"');
  const slug = releaseSlug(title);
  if (slug === "") throw new NewReleaseError(`the headline "${title}" has no letters or digits to make a URL from`);
  const today = now.setZone(ZONE);
  const year = releaseYear(today);
  const identity = { ref: nextRef(year, existing.map((claim) => claim.ref)), year, slug };
  const clash = identityClash(existing, identity, undefined, shownPath);
  if (clash) throw new NewReleaseError(`"${title}": ${clash.reason}; choose a different headline`);
  return { ...identity, title, date: today.toISODate()! };
}

/** Writes a new draft release into `dir` and returns its path. Never overwrites a file. */
export async function createRelease(headline: string, dir: string, now: DateTime, topicSlugs: readonly string[]): Promise<string> {
  const plan = planNewRelease(headline, now, await readClaims(dir));
  const file = releaseFile(dir, plan);
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(file, newReleaseText(plan, topicSlugs), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new NewReleaseError(`${shownPath(file)} already exists`);
    throw error;
  }
  return file;
}
