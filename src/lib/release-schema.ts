/**
 * The schema of a release's front matter: the single source of truth for its fields, their types,
 * defaults and error messages. `Release` types everywhere are inferred from it.
 */
import { z } from "zod";
import { isValidPhoneNumber } from "libphonenumber-js";
import { parseDate } from "./dates.ts";
import { isWebUrl } from "./urls.ts";

export const RELEASE_TYPES = ["press-release", "news-story", "statement"] as const;
export const RESOURCE_KINDS = ["report", "data", "statistics", "guidance", "consultation", "correspondence", "other"] as const;

const text = z.string().trim().min(1, "must not be empty");

// A ref becomes a URL (/NR2011-31), a feed id and a file name: letters, digits and single
// hyphens only, with at least one letter and one digit so it can never shadow a site path.
const REF_PATTERN = /^(?=[^-]*[A-Za-z])(?=.*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SIZE_PATTERN = /^\d+(?:\.\d+)? ?(?:KB|MB|GB)$/;

const dateText = (what: string) =>
  z.string().superRefine((value, ctx) => {
    if (parseDate(value) === null) {
      ctx.addIssue({ code: "custom", message: `"${value}" is not ${what} (YYYY-MM-DD, optionally THH:MM and an offset)` });
    }
  });

const webUrl = z.string().superRefine((value, ctx) => {
  if (!isWebUrl(value)) ctx.addIssue({ code: "custom", message: `"${value}" is not an http(s) URL` });
});

const phone = z.string().superRefine((value, ctx) => {
  if (!isValidPhoneNumber(value, "GB")) ctx.addIssue({ code: "custom", message: `"${value}" is not a valid phone number` });
});

export const contactSchema = z
  .strictObject({
    name: text,
    role: text.optional(),
    phone: phone.optional(),
    email: z.email("is not an email address").optional(),
    url: webUrl.optional(),
    hours: text.optional(),
    /** A postal address on one line, as GOV.UK's contact blocks give one. */
    address: text.optional(),
    /** Anything else a journalist should know: "Please email for the quickest response." */
    note: text.optional(),
  })
  .refine((c) => c.phone || c.email || c.url || c.address, { message: "needs a phone, email, url or address" });

/**
 * A file that travels with a release (an image or an attachment): a path relative to the
 * release file's folder, such as `NR2011-31/classroom.jpg`. Never absolute and never through
 * `..`, so a release can only publish files from its own folder, not anything else on the
 * machine that builds it (release-files.ts also checks where a symbolic link really points).
 */
export const localFile = z.string().superRefine((value, ctx) => {
  const parts = value.split(/[\\/]/);
  if (value.trim() === "") ctx.addIssue({ code: "custom", message: "must not be empty" });
  else if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("/") || value.startsWith("\\") || parts.includes("..")) {
    ctx.addIssue({ code: "custom", message: `"${value}" is outside the release's folder: give a path such as NR2011-31/photo.jpg, relative to the release file` });
  } else if (value.includes("\\")) {
    ctx.addIssue({ code: "custom", message: `"${value}" must use / between folders` });
  }
});

export const resourceSchema = z
  .strictObject({
    title: text,
    url: webUrl.optional(),
    /** A file beside the release, published at /media/<ref>/<name>; its format and size are read from it. */
    file: localFile.optional(),
    kind: z.enum(RESOURCE_KINDS).default("report"),
    format: z.string().regex(/^[A-Za-z0-9]{2,8}$/, "must be a short file format such as PDF or CSV").optional(),
    size: z.string().regex(SIZE_PATTERN, 'must be a size such as "1.2 MB"').optional(),
  })
  .superRefine((resource, ctx) => {
    if (resource.file === undefined) return;
    if (resource.url !== undefined) ctx.addIssue({ code: "custom", path: ["file"], message: 'give a "file" or a "url", not both' });
    for (const key of ["format", "size"] as const) {
      if (resource[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: 'is read from the "file" at build time; remove it' });
    }
  });

/**
 * A photo or graphic in a release. `alt` says what it shows for someone who cannot see it; an
 * image that adds nothing to the text says so with `decorative: true` instead
 * (https://www.w3.org/WAI/tutorials/images/decision-tree/). The `lead` image shows under the
 * headline and on social media and in feeds.
 */
export const imageSchema = z
  .strictObject({
    file: localFile,
    alt: text.optional(),
    decorative: z.boolean().default(false),
    caption: text.optional(),
    credit: text.optional(),
    licence: text.optional(),
    lead: z.boolean().default(false),
  })
  .superRefine((image, ctx) => {
    if (image.alt === undefined && !image.decorative) {
      ctx.addIssue({ code: "custom", path: ["alt"], message: "is required: say what the image shows, or set decorative: true if it adds nothing to the text" });
    }
    if (image.alt !== undefined && image.decorative) {
      ctx.addIssue({ code: "custom", path: ["decorative"], message: 'an image with "alt" is not decorative; keep one of them' });
    }
  });

export const linkSchema = z.strictObject({ title: text, url: webUrl.optional() });

export const changeSchema = z.strictObject({ date: dateText("a date"), note: text });

/**
 * A release taken out of use but kept at its URL, as GOV.UK withdraws content
 * (https://github.com/alphagov/govuk-content-publishing-guidance/blob/main/app/writing-to-gov-uk-standards/plan-manage-content/retire-content.md): the page
 * stays, with the date and the reason (markdown) in a notice at the top.
 */
export const withdrawnSchema = z.strictObject({ date: dateText("a date"), explanation: text });

/** Where an imported release came from, so a second import of the same item updates it. */
export const govukSchema = z.strictObject({
  content_id: z.uuid("is not a GOV.UK content_id (a UUID)"),
  url: webUrl,
});

// Languages written right to left: their content gets dir="rtl". GOV.UK translates news into
// both Arabic and Urdu (e2e/fixtures/govuk/); Persian, Hebrew, Pashto, Sindhi, Kurdish (Sorani),
// Uyghur, Yiddish and Dhivehi complete the list of living right-to-left languages GOV.UK uses or
// CLDR marks as such.
export const RTL_LANGUAGES = new Set(["ar", "ur", "fa", "he", "ps", "sd", "ckb", "ug", "yi", "dv"]);

// A BCP 47 language tag as HTML's lang takes it: "ar", "ur", "cy", "zh-Hant", "pt-BR".
const LANG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** "rtl" for a language written right to left, else "ltr". */
export function directionOf(lang: string | undefined): "ltr" | "rtl" {
  return lang !== undefined && RTL_LANGUAGES.has(lang.split("-")[0]!.toLowerCase()) ? "rtl" : "ltr";
}

/**
 * The schema of a release's front matter on a site whose topics are `topics` (the slugs in
 * _data/topics.ts, passed in by release-rules.ts): everything else about a release is the same
 * on every site.
 */
export function releaseSchemaFor(topics: readonly string[]) {
  const topicSlugs = new Set(topics);
  return z
    .strictObject({
      title: text,
      ref: z.string().regex(REF_PATTERN, "must be letters, digits and single hyphens, such as NR2011-31"),
      date: dateText("a date"),
      summary: text,
      type: z.enum(RELEASE_TYPES).default("press-release"),
      topics: z
        .array(
          z.string().superRefine((slug, ctx) => {
            if (!topicSlugs.has(slug)) {
              ctx.addIssue({ code: "custom", message: `"${slug}" is not a topic in _data/topics.ts (${[...topicSlugs].join(", ")})` });
            }
          }),
        )
        .default([]),
      areas: z.array(text).default([]),
      images: z.array(imageSchema).default([]),
      resources: z.array(resourceSchema).default([]),
      notes: z.array(text).default([]),
      contacts: z.array(contactSchema).optional(),
      related: z.array(linkSchema).default([]),
      embargo: dateText("a date and time").optional(),
      draft: z.boolean().default(false),
      updated: z.array(changeSchema).default([]),
      slug: z.string().regex(SLUG_PATTERN, "must be lower-case letters, digits and hyphens").optional(),
      withdrawn: withdrawnSchema.optional(),
      /** Political content: published under a government, shown with a notice once that government has gone (_data/governments.ts). */
      political: z.boolean().default(false),
      /** The language of the release's content when it is not the site's (en-GB), e.g. "ar" or "ur". */
      lang: z
        .string()
        .superRefine((tag, ctx) => {
          let valid = LANG_PATTERN.test(tag);
          try {
            valid &&= new Intl.Locale(tag).language !== undefined;
          } catch {
            valid = false;
          }
          if (!valid) ctx.addIssue({ code: "custom", message: `"${tag}" is not a language tag such as "ar", "ur" or "cy"` });
        })
        .optional(),
      govuk: govukSchema.optional(),
    })
    .superRefine((release, ctx) => {
      const published = parseDate(release.date);
      release.updated.forEach((change, index) => {
        const changed = parseDate(change.date);
        if (published && changed && changed < published) {
          ctx.addIssue({ code: "custom", path: ["updated", index, "date"], message: `"${change.date}" is before the release date ${release.date}` });
        }
      });
      const withdrawn = release.withdrawn ? parseDate(release.withdrawn.date) : null;
      if (published && withdrawn && withdrawn < published) {
        ctx.addIssue({ code: "custom", path: ["withdrawn", "date"], message: `"${release.withdrawn!.date}" is before the release date ${release.date}` });
      }
      let lead: number | undefined;
      release.images.forEach((image, index) => {
        if (!image.lead) return;
        if (lead === undefined) lead = index;
        else ctx.addIssue({ code: "custom", path: ["images", index, "lead"], message: `images[${lead}] is already the lead; a release has at most one` });
      });
      // Every file is published as /media/<ref>/<name>, so two files may not share a name.
      const names = new Map<string, string>();
      const files = [...release.images.map((image, i) => ({ file: image.file, path: ["images", i, "file"] })), ...release.resources.flatMap((r, i) => (r.file ? [{ file: r.file, path: ["resources", i, "file"] }] : []))];
      for (const { file, path } of files) {
        const name = fileName(file).toLowerCase();
        const first = names.get(name);
        if (first !== undefined) ctx.addIssue({ code: "custom", path, message: `"${file}" has the same name as ${first}; rename one` });
        else names.set(name, fieldName(path));
      }
      const seen = new Set<string>();
      release.topics.forEach((slug, index) => {
        if (seen.has(slug)) ctx.addIssue({ code: "custom", path: ["topics", index], message: `"${slug}" is listed twice` });
        seen.add(slug);
      });
    });
}

export type ReleaseSchema = ReturnType<typeof releaseSchemaFor>;
export type FrontMatter = z.output<ReleaseSchema>;
export type Contact = z.output<typeof contactSchema>;
export type Resource = z.output<typeof resourceSchema>;
export type Image = z.output<typeof imageSchema>;
export type Link = z.output<typeof linkSchema>;
export type Change = z.output<typeof changeSchema>;
export type Withdrawn = z.output<typeof withdrawnSchema>;
export type ReleaseType = (typeof RELEASE_TYPES)[number];

/** The last part of a release file path: the name it is published and referred to by. */
export function fileName(file: string): string {
  return file.slice(file.lastIndexOf("/") + 1);
}

/** The smallest width an image may have, by use: a lead is shared as a 1200-pixel social card. */
export const MIN_IMAGE_WIDTH = { lead: 1200, other: 800 } as const;

/** Image formats a release may carry: what every browser and picture desk opens (sharp's names). */
export const IMAGE_FORMATS = { jpeg: "JPEG", png: "PNG", webp: "WebP" } as const;

/**
 * Reasons for the problems found by reading a release's files and body (release-files.ts,
 * markdown.ts), kept here beside the others so every message a press officer sees is in one module.
 */
export const fileMessages = {
  missing: (file: string) => `"${file}" does not exist (paths are relative to the release file's folder)`,
  outside: (file: string) => `"${file}" leads outside the releases folder`,
  notAFile: (file: string) => `"${file}" is a folder, not a file`,
  noExtension: (file: string) => `"${file}" has no file extension (such as .pdf) to tell readers its format`,
  notAnImage: (file: string, format: string | undefined) =>
    `"${file}" is not an image in ${Object.values(IMAGE_FORMATS).join(", ")}${format ? ` (it is ${format.toUpperCase()})` : ""}`,
  tooSmall: (file: string, width: number, lead: boolean) =>
    `"${file}" is ${width} pixels wide; ${lead ? "a lead image" : "an image"} needs at least ${lead ? MIN_IMAGE_WIDTH.lead : MIN_IMAGE_WIDTH.other}`,
  notListed: (name: string) => `the text places "${name}", which is not in "images"; list it there first`,
  notOnOwnLine: (name: string) => `the text places "${name}" inside a paragraph; put it on a line of its own`,
  leadInBody: (name: string) => `the text places "${name}", the lead image, which already shows under the headline`,
  placedTwice: (name: string) => `the text places "${name}" more than once`,
} as const;

/** Names a field path as a press officer reads it: `resources[0].url`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
    .join("");
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  if (typeof value === "string") return JSON.stringify(value);
  return typeof value === "object" ? "a mapping" : `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = data;
  for (const key of path) node = node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  return node;
}

const EXPECTED: Record<string, string> = { string: "text", array: "a list", object: "a mapping", boolean: "true or false" };

/** A problem with one field, in words. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** Validates front matter; returns the release's fields with defaults, or every problem found. */
export function validateFrontMatter(data: unknown, schema: ReleaseSchema): { ok: true; value: FrontMatter } | { ok: false; problems: FieldProblem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const problems: FieldProblem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        problems.push({ field: fieldName([...issue.path, key]), reason: "is not a known field" });
      }
      continue;
    }
    const field = fieldName(issue.path);
    const actual = valueAt(data, issue.path);
    let reason = issue.message;
    if (issue.code === "invalid_type") {
      reason = actual === undefined ? "is required" : `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describe(actual)}`;
    } else if (issue.code === "invalid_value") {
      reason = `${describe(actual)} must be one of ${issue.values.map(String).join(", ")}`;
    } else if (issue.code === "invalid_format" || issue.code === "too_small") {
      reason = `${typeof actual === "string" ? JSON.stringify(actual) + " " : ""}${issue.message}`;
    }
    problems.push({ field: field || "(front matter)", reason });
  }
  return { ok: false, problems };
}
