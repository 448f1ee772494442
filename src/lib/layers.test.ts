/**
 * The layers run one way (issue #15): _data/ declares the site's data and calls into src/lib;
 * src/lib never imports _data/, so its modules can be tested and reused with any data passed in.
 * Imports are listed by TypeScript's own scanner (ts.preProcessFile), which sees static,
 * type-only, re-exported and dynamic imports alike, rather than by a regular expression.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fg from "fast-glob";
import ts from "typescript";

const lib = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.resolve(lib, "../../_data");

/** The imports of a module's source that resolve into _data/. */
function dataImports(file: string, source: string): string[] {
  const { importedFiles } = ts.preProcessFile(source, true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith(".") && path.resolve(path.dirname(file), name).startsWith(dataDir + path.sep));
}

test("the check sees every kind of import of _data/", () => {
  const file = path.join(lib, "example.ts");
  const source = [
    'import { site } from "../../_data/site.ts";',
    'import type { Topic } from "../../_data/topics.ts";',
    'export { strings } from "../../_data/strings.ts";',
    'const later = await import("../../_data/pressOffice.ts");',
    'import { slugify } from "./urls.ts";',
  ].join("\n");
  assert.deepEqual(dataImports(file, source), ["../../_data/site.ts", "../../_data/topics.ts", "../../_data/strings.ts", "../../_data/pressOffice.ts"]);
});

test("no module in src/lib imports _data/", async () => {
  // One test exists to check the site's own data against GOV.UK's published examples: it reads
  // _data/governments.ts as a test of that data, not as a module the site runs.
  const files = await fg("**/*.ts", { cwd: lib, absolute: true, ignore: ["governments.test.ts"] });
  assert.ok(files.length > 20, `found ${files.length} modules in ${lib}`);
  const found = files.flatMap((file) => dataImports(file, readFileSync(file, "utf8")).map((name) => `${path.relative(lib, file)} imports ${name}`));
  assert.deepEqual(found, [], "pass the data in from _data/ or .eleventy.ts instead");
});
