/**
 * The components' tests. Every component is kept the same way (see render.ts): its macro, its
 * documentation with one example, and its test, `<name>/test.ts`. The checks here keep each
 * component's documentation true to its macro; then each component's own test is imported and runs
 * in this process. One process rather than one per component (which a `<name>/macro.test.ts` would
 * get from scripts/run-unit-tests.ts): loading Eleventy and the site's config takes about 3 seconds
 * on this project's machine, and 13 components would pay it 13 times, one after another on 2 cores.
 * A component's test also runs alone: `node --import tsx --test _includes/components/<name>/test.ts`.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { componentNames, componentsDir, docs, macroSignature, type Param } from "./render.ts";

const camelCase = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return "array";
  if (value === null) return "null";
  return typeof value;
}

/** What is wrong with example options against the documented parameters, as `field: problem`. */
function problems(value: Record<string, unknown>, params: readonly Param[], at = ""): string[] {
  const found: string[] = [];
  for (const param of params) {
    if (param.required && value[param.name] === undefined) found.push(`${at}${param.name}: required, missing from the example`);
  }
  for (const [key, given] of Object.entries(value)) {
    const param = params.find((p) => p.name === key);
    if (!param) {
      found.push(`${at}${key}: not documented`);
      continue;
    }
    if (typeOf(given) !== param.type) found.push(`${at}${key}: documented as ${param.type}, the example gives ${typeOf(given)}`);
    if (param.params && given && typeof given === "object") {
      const items = Array.isArray(given) ? given : [given];
      items.forEach((item, i) => found.push(...problems(item as Record<string, unknown>, param.params!, `${at}${key}${Array.isArray(given) ? `[${i}]` : ""}.`)));
    }
  }
  return found;
}

test("there are components, each in its own folder", () => {
  assert.ok(componentNames().length >= 13, `found ${componentNames().join(", ")}`);
});

for (const name of componentNames()) {
  describe(`components/${name}`, () => {
    test("has its macro, its documentation and its test", () => {
      for (const file of ["macro.njk", `${name}.yaml`, "test.ts"]) {
        assert.ok(existsSync(path.join(componentsDir, name, file)), `_includes/components/${name}/${file} is missing`);
      }
      assert.doesNotThrow(() => docs(name));
    });

    test("its macro is named for its folder", () => {
      assert.equal(macroSignature(name).macro, camelCase(name));
    });

    test("documents every parameter its macro reads, and no other", () => {
      const { argument } = macroSignature(name);
      const source = readFileSync(path.join(componentsDir, name, "macro.njk"), "utf8").replace(/\{#[\s\S]*?#\}/g, "");
      const read = new Set([...source.matchAll(new RegExp(`\\b${argument}\\.(\\w+)`, "g"))].map((m) => m[1]!));
      assert.deepEqual(docs(name).params.map((p) => p.name).sort(), [...read].sort());
    });

    test("its example gives every required parameter, each of its documented type, and nothing undocumented", () => {
      assert.deepEqual(problems(docs(name).examples[0]!.options, docs(name).params), []);
    });
  });
}

for (const name of componentNames()) await import(`./${name}/test.ts`);
