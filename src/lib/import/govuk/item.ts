/**
 * A GOV.UK Content API item of the `news_article` schema, as much of it as the importer reads.
 * The full schema is GOV.UK's own:
 * https://github.com/alphagov/publishing-api/blob/main/content_schemas/dist/formats/news_article/frontend/schema.json
 * Anything else (another schema, a missing field, JSON that does not parse) is a problem for
 * that item alone, in words.
 */
import { z } from "zod";

/** GOV.UK's document types of the news_article schema, and the release type each becomes. */
export const DOCUMENT_TYPES = {
  press_release: "press-release",
  news_story: "news-story",
  world_news_story: "news-story",
  government_response: "statement",
} as const;

const text = z.string().trim().min(1, "must not be empty");
const link = z.looseObject({ title: z.string(), base_path: z.string().optional(), web_url: z.string().optional() });

const imageSchema = z.looseObject({
  type: z.string().optional(),
  sources: z.record(z.string(), z.string()).optional(),
  url: z.string().optional(),
  caption: z.string().nullish(),
  alt_text: z.string().nullish(),
  credit: z.string().nullish(),
});

export const itemSchema = z.looseObject({
  schema_name: z.literal("news_article", { error: (issue) => issue.input === undefined ? "is missing: is this a GOV.UK Content API item?" : `is ${JSON.stringify(issue.input)}, not "news_article": only news articles can be imported` }),
  content_id: z.uuid("is not a UUID"),
  base_path: z.string().startsWith("/", 'must start with "/"'),
  locale: z.string().default("en"),
  title: text,
  description: text,
  document_type: z.enum(Object.keys(DOCUMENT_TYPES) as [keyof typeof DOCUMENT_TYPES], {
    error: (issue) => issue.input === undefined ? "is missing" : `is ${JSON.stringify(issue.input)}, not one of ${Object.keys(DOCUMENT_TYPES).join(", ")}`,
  }),
  first_published_at: z.string().optional(),
  public_updated_at: z.string().nullish(),
  withdrawn_notice: z.looseObject({ explanation: z.string().optional(), withdrawn_at: z.string().optional() }).nullish(),
  details: z.looseObject({
    body: text,
    first_public_at: z.string().optional(),
    political: z.boolean().optional(),
    government: z.looseObject({ title: z.string().optional(), current: z.boolean().optional() }).nullish(),
    change_history: z.array(z.looseObject({ public_timestamp: z.string(), note: z.string() })).optional(),
    image: imageSchema.nullish(),
    images: z.array(imageSchema).optional(),
  }),
  links: z
    .looseObject({
      organisations: z.array(link).optional(),
      primary_publishing_organisation: z.array(link).optional(),
      world_locations: z.array(link).optional(),
      worldwide_organisations: z.array(link).optional(),
      government: z.array(link).optional(),
    })
    .default({}),
});

export type GovukItem = z.output<typeof itemSchema>;
export type GovukImage = z.output<typeof imageSchema>;

const path = (parts: readonly PropertyKey[]) => parts.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");

/** The item, or each problem as "field: reason". */
export function parseItem(data: unknown): { ok: true; item: GovukItem } | { ok: false; problems: string[] } {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { ok: false, problems: ["(item): is not a JSON object"] };
  const result = itemSchema.safeParse(data);
  if (result.success) return { ok: true, item: result.data };
  // Another schema makes every other message noise: say that alone.
  const schema = result.error.issues.find((i) => i.path[0] === "schema_name");
  const issues = schema ? [schema] : result.error.issues;
  return {
    ok: false,
    problems: issues.map((i) => `${path(i.path) || "(item)"}: ${i.code === "invalid_type" && i.input === undefined ? "is missing" : i.message}`),
  };
}

/** The item's address on GOV.UK. */
export const govukUrl = (item: GovukItem) => new URL(item.base_path, "https://www.gov.uk").href;
