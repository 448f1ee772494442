/**
 * What the components' tests share, as govuk-frontend's `getExamples` and `render` do
 * (https://github.com/alphagov/govuk-frontend/blob/main/shared/lib/components.js): each component is
 * a folder, `<name>/macro.njk` (the macro, imported as `components/<name>/macro.njk`),
 * `<name>/<name>.yaml` (what it is, its parameters and one example) and `<name>/test.ts`, its
 * test, run by components.test.ts.
 *
 * A component is rendered by Eleventy's own Nunjucks engine (the RenderManager behind the Render
 * plugin's `renderTemplate`, https://www.11ty.dev/docs/plugins/render/) configured by the site's
 * own `.eleventy.ts`: the same filters, the same template folders and the same environment options
 * (autoescape on) as the build, not a copy of them that could drift. Checked and not used: a bare
 * `new nunjucks.Environment` with the filters registered by hand (a second setup to keep in step).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RenderPlugin } from "@11ty/eleventy";
import * as cheerio from "cheerio";
import jsYaml from "js-yaml";
import { z } from "zod";
import siteConfig, { config as siteDirs } from "../../.eleventy.ts";

export const componentsDir = path.dirname(fileURLToPath(import.meta.url));

// The layouts import components as "components/<name>/macro.njk" from the includes folder; the
// RenderManager looks in Eleventy's default `_includes`, so the two must be the same folder.
const includesDir = path.resolve(siteDirs.dir.input, siteDirs.dir.includes);
if (includesDir !== path.dirname(componentsDir)) {
  throw new Error(`.eleventy.ts: dir.includes is ${includesDir}, not the folder holding ${componentsDir}; the components' tests would render other files`);
}

/** One parameter, as govuk-frontend documents it; `params` describes an object's or a list item's fields. */
export interface Param {
  name: string;
  type: "string" | "number" | "boolean" | "object" | "array";
  required: boolean;
  description: string;
  params?: Param[] | undefined;
}

const paramSchema: z.ZodType<Param> = z.lazy(() =>
  z.strictObject({
    name: z.string().min(1),
    type: z.enum(["string", "number", "boolean", "object", "array"]),
    required: z.boolean(),
    description: z.string().min(1),
    params: z.array(paramSchema).min(1).optional(),
  }),
);

const docsSchema = z.strictObject({
  description: z.string().min(1),
  params: z.array(paramSchema).min(1),
  examples: z
    .array(z.strictObject({ name: z.string().min(1), description: z.string().min(1), options: z.record(z.string(), z.unknown()) }))
    .length(1, "holds one example"),
});

export type ComponentDocs = z.output<typeof docsSchema>;

/** The components: every folder here. */
export function componentNames(): string[] {
  return readdirSync(componentsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** `<name>/<name>.yaml`, parsed with the release loader's YAML parser and checked. */
export function docs(name: string): ComponentDocs {
  const file = path.join(componentsDir, name, `${name}.yaml`);
  const parsed = docsSchema.safeParse(jsYaml.load(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${path.relative(process.cwd(), file)}:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The parameters of the component's one example. */
export function example(name: string): Record<string, unknown> {
  return docs(name).examples[0]!.options;
}

/** The macro `<name>/macro.njk` defines, and the name of its one argument. */
export function macroSignature(name: string): { macro: string; argument: string } {
  const source = readFileSync(path.join(componentsDir, name, "macro.njk"), "utf8");
  const found = /\{%-?\s*macro\s+(\w+)\((\w+)\)\s*-?%\}/.exec(source);
  if (!found) throw new Error(`_includes/components/${name}/macro.njk: no {% macro name(params) %}`);
  return { macro: found[1]!, argument: found[2]! };
}

type Renderer = (data: Record<string, unknown>) => Promise<string>;

let manager: Promise<{ compile(content: string, lang: string): Promise<Renderer> }> | undefined;
const compiled = new Map<string, Promise<Renderer>>();

/** The component's HTML for these parameters, as a layout calling `macro(params)` gets it. */
export async function render(name: string, params: unknown): Promise<string> {
  manager ??= (async () => {
    const renderManager = new RenderPlugin.RenderManager();
    renderManager.config(siteConfig);
    return renderManager;
  })();
  let renderer = compiled.get(name);
  if (!renderer) {
    const { macro } = macroSignature(name);
    renderer = manager.then((m) => m.compile(`{%- from "components/${name}/macro.njk" import ${macro} -%}{{ ${macro}(params) }}`, "njk"));
    compiled.set(name, renderer);
  }
  return (await renderer)({ params });
}

/** Rendered HTML as a fragment to query, as the tests read it (cheerio, as the e2e checks use). */
export function fragment(html: string): cheerio.CheerioAPI {
  return cheerio.load(html, null, false);
}

/** Text as a reader gets it: runs of white space as one space. */
export function words(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
