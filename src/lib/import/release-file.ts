/** An imported release as a release file, and the loader's verdict on it. */
import YAML, { Scalar, visit } from "yaml";
import { readRelease } from "../release-loader.ts";
import type { ReleaseRules } from "../release-rules.ts";
import type { FieldProblem, FrontMatter } from "../release-schema.ts";
import { LINE_WIDTH } from "./markdown-text.ts";
import type { ImportedFrontMatter } from "./warnings.ts";

// The order a person writes the fields in; a Record so that every field of the schema has a place.
const FIELD_ORDER: Record<keyof FrontMatter, true> = {
  title: true,
  ref: true,
  date: true,
  type: true,
  summary: true,
  topics: true,
  areas: true,
  images: true,
  resources: true,
  notes: true,
  contacts: true,
  related: true,
  embargo: true,
  draft: true,
  updated: true,
  slug: true,
  withdrawn: true,
  political: true,
  lang: true,
  govuk: true,
};

// Strings that would not fit on their line beside the key are written as folded blocks (`>-`), as
// the hand-written releases do.
const FOLD_LENGTH = 88;

function yamlField(key: keyof FrontMatter, value: unknown): string {
  const doc = new YAML.Document({ [key]: value });
  if (key !== "title") {
    visit(doc, {
      Scalar(role, node) {
        if (role !== "key" && typeof node.value === "string" && node.value.length > FOLD_LENGTH) node.type = Scalar.BLOCK_FOLDED;
      },
    });
  }
  // A title stays on one line however long, so it reads as the headline it is.
  return doc.toString({ lineWidth: key === "title" ? 0 : LINE_WIDTH });
}

/** The release file: front matter in the usual order (empty lists left out), then the body. */
export function serialiseRelease(release: { frontMatter: ImportedFrontMatter; body: string }): string {
  const fields = (Object.keys(FIELD_ORDER) as (keyof FrontMatter)[]).map((key) => {
    const value = release.frontMatter[key];
    if (key === "topics" && Array.isArray(value) && value.length === 0) {
      return "# Add topic slugs from _data/topics.ts: the importer cannot tell them from the text.\ntopics: []\n";
    }
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return "";
    return yamlField(key, value);
  });
  return `---\n${fields.join("")}---\n${release.body.trim()}\n`;
}

/** Problems the loader would find in a release file's text: its YAML, its fields, an empty body. */
export function checkReleaseText(text: string, rules: Pick<ReleaseRules, "schema">): FieldProblem[] {
  const read = readRelease("(imported)", text, rules);
  return read.ok ? [] : read.problems.map(({ field, reason }) => ({ field, reason }));
}
